package org.w3id.legkg.infer;

import org.apache.jena.graph.Graph;

/** Infer stage: computes what the ontology's axioms entail for the instance data. */
public interface Materialiser {
    /**
     * @param ontology the TBox
     * @param data the asserted instance data (never modified)
     * @return only the new triples about instances: nothing asserted, no blank nodes, no schema triples
     */
    Inferences materialise(Graph ontology, Graph data);
}
