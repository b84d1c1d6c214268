package org.w3id.legkg.infer;

import java.util.Map;

import org.apache.jena.graph.Graph;

/** The inferred graph and how many triples each kind of inference contributed. */
public record Inferences(Graph graph, Map<String, Long> countsByKind) {}
