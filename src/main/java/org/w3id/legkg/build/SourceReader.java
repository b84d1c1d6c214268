package org.w3id.legkg.build;

import java.util.List;

import org.apache.jena.graph.Graph;

/**
 * Parse stage: reads ontology/, data/ and shapes/ into their graphs, and expands the claims the data files
 * author as Turtle 1.2 annotations into the lk:Claim form ({@link ClaimAnnotations}).
 */
public final class SourceReader {
    private final ProjectLayout layout;
    private final SourceParser parser;

    public SourceReader(ProjectLayout layout) {
        this.layout = layout;
        this.parser = new SourceParser(layout);
    }

    public SourceGraphs read() {
        layout.requireSourceFolders();
        List<Graph> graphs = parser.parseGroups(List.of(layout.turtleFiles(layout.ontologyDir()),
                layout.turtleFiles(layout.dataDir()), layout.turtleFiles(layout.shapesDir())));
        ClaimAnnotations.expand(graphs.get(0), graphs.get(1), parser::originOf);
        return new SourceGraphs(graphs.get(0), graphs.get(1), graphs.get(2));
    }
}
