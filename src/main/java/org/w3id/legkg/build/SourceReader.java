package org.w3id.legkg.build;

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
        return new SourceGraphs(
                parser.parseAll(layout.turtleFiles(layout.ontologyDir())),
                parser.parseAll(layout.turtleFiles(layout.dataDir())),
                parser.parseAll(layout.turtleFiles(layout.shapesDir())));
    }
}
