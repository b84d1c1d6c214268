package org.w3id.legkg;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The IRIs fixed by DESIGN.md: vocabulary and instance namespaces and the named graphs of the store. */
public final class Namespaces {
    public static final String BASE = "https://w3id.org/legkg/";
    /** Ontology (hash namespace), prefix {@code lk:}. */
    public static final String LK = BASE + "ontology#";
    /** Instances (slash namespace), prefix {@code lkd:}. */
    public static final String LKD = BASE + "id/";
    public static final String ONTOLOGY_IRI = BASE + "ontology";

    public static final Node GRAPH_ONTOLOGY = NodeFactory.createURI(BASE + "graph/ontology");
    public static final Node GRAPH_DATA = NodeFactory.createURI(BASE + "graph/data");
    public static final Node GRAPH_INFERRED = NodeFactory.createURI(BASE + "graph/inferred");

    private Namespaces() {}
}
