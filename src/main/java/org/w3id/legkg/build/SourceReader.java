package org.w3id.legkg.build;

import java.util.List;

import org.apache.jena.graph.Graph;

/** Parse stage: reads ontology/, data/ and shapes/ into their graphs. */
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
        return new SourceGraphs(graphs.get(0), graphs.get(1), graphs.get(2));
    }
}
