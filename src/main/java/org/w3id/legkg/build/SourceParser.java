package org.w3id.legkg.build;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Reads Turtle sources strictly. Warnings (e.g. a bad IRI or language tag) are errors too: a KG that
 * researchers rely on should not carry quietly mangled terms. The first problem stops the parse and is
 * reported with file, line and column.
 */
public final class SourceParser {
    private final ProjectLayout layout;

    public SourceParser(ProjectLayout layout) {
        this.layout = layout;
    }

    /** Parses every file into one new graph. */
    public Graph parseAll(List<Path> files) {
        Graph graph = GraphFactory.createDefaultGraph();
        StreamRDF sink = StreamRDFLib.graph(graph);
        for (Path file : files) parseInto(file, sink);
        return graph;
    }

    public void parseInto(Path file, StreamRDF sink) {
        String name = layout.display(file);
        try {
            RDFParser.source(file)
                    .lang(Lang.TURTLE)
                    .errorHandler(new FailFast(name))
                    .checking(true)
                    .parse(sink);
        } catch (SourceParseException e) {
            throw e;
        } catch (RiotException e) {
            throw new SourceParseException(name, -1, -1, e.getMessage());
        }
    }

    /** Turns the first warning or error into an exception that names where it is. */
    private record FailFast(String file) implements ErrorHandler {
        @Override public void warning(String message, long line, long col) { throw new SourceParseException(file, line, col, message); }
        @Override public void error(String message, long line, long col) { throw new SourceParseException(file, line, col, message); }
        @Override public void fatal(String message, long line, long col) { throw new SourceParseException(file, line, col, message); }
    }
}
