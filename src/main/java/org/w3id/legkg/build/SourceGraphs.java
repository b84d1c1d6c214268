package org.w3id.legkg.build;

import org.apache.jena.graph.Graph;

/** The parsed inputs of a build: the TBox, the ABox and the SHACL shapes, each its own graph. */
public record SourceGraphs(Graph ontology, Graph data, Graph shapes) {}
