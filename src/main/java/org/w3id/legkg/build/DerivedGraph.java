package org.w3id.legkg.build;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** A named graph the build makes from the project's sources (not asserted data, not inferences). */
public interface DerivedGraph {
    Node graphName();

    Graph derive(ProjectLayout project, SourceGraphs sources);
}
