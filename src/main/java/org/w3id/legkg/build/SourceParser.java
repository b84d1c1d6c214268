package org.w3id.legkg.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.legkg.LegkgException;

/**
 * Reads Turtle sources strictly. Warnings (e.g. a bad IRI or language tag) are errors too: a KG that
 * researchers rely on should not carry quietly mangled terms. The first problem stops the parse and is
 * reported with file, line and column.
 */
public final class SourceParser {
    /** Jena's message for a statement without its final '.'. */
    private static final String MISSING_DOT = "Triples not terminated by DOT";

    private final ProjectLayout layout;
    /** The file each Turtle 1.2 annotation (its reifier) was read from, for messages about it. */
    private final Map<Node, String> annotationOrigins = new ConcurrentHashMap<>();

    public SourceParser(ProjectLayout layout) {
        this.layout = layout;
    }

    /** Parses every file into one new graph. */
    public Graph parseAll(List<Path> files) {
        return parseGroups(List.of(files)).get(0);
    }

    /**
     * Parses each group of files into a new graph of its own. Files are parsed on two threads into buffers
     * while this thread adds the buffers to the graphs in file order, so the graphs, their prefixes and the
     * error reported (the first in file order) are the same as parsing one file after the other.
     */
    public List<Graph> parseGroups(List<List<Path>> groups) {
        ExecutorService pool = Executors.newFixedThreadPool(ConcurrentSteps.defaultThreads(), r -> {
            Thread t = new Thread(r, "legkg-parse");
            t.setDaemon(true);
            return t;
        });
        try {
            List<List<Future<ParsedFile>>> parsed = new ArrayList<>();
            for (List<Path> files : groups)
                parsed.add(files.stream().map(f -> pool.submit(() -> parse(f))).toList());
            List<Graph> graphs = new ArrayList<>();
            for (List<Future<ParsedFile>> files : parsed) {
                Graph graph = GraphFactory.createDefaultGraph();
                StreamRDF sink = StreamRDFLib.graph(graph);
                for (Future<ParsedFile> file : files) result(file).replay(sink);
                graphs.add(graph);
            }
            return graphs;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The file an annotation's reifier was read from, or null. */
    public String originOf(Node reifier) {
        return annotationOrigins.get(reifier);
    }

    private ParsedFile parse(Path file) {
        ParsedFile buffer = new ParsedFile(layout.display(file), annotationOrigins);
        parseInto(file, buffer);
        return buffer;
    }

    private static ParsedFile result(Future<ParsedFile> file) {
        try {
            return file.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LegkgException("Interrupted while parsing the sources");
        }
    }

    public void parseInto(Path file, StreamRDF sink) {
        String name = layout.display(file);
        try {
            RDFParser.source(file)
                    .lang(Lang.TURTLE)
                    .errorHandler(new FailFast(name))
                    .checking(true)
                    // Turtle as the grammar has it, as `riot --validate` reads it. Not strict, Jena lets the last
                    // statement end at the end of the file without its '.', and accepts N3's '=' and @prefix
                    // without '.': files that other tools reject.
                    .strict(true)
                    .parse(sink);
        } catch (SourceParseException e) {
            throw atEndOfFile(file, name, e);
        } catch (RiotException e) {
            throw new SourceParseException(name, -1, -1, e.getMessage());
        }
    }

    /**
     * Jena reports a '.' missing after the last statement at the end-of-file token: on the line after the
     * last one, which an editor shows empty. The error is then placed on the last line that has a statement.
     */
    private static SourceParseException atEndOfFile(Path file, String name, SourceParseException e) {
        if (!e.getMessage().endsWith(MISSING_DOT)) return e;
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException | UncheckedIOException ex) {
            return e;
        }
        int last = lines.size();
        while (last > 0 && (lines.get(last - 1).isBlank() || lines.get(last - 1).strip().startsWith("#"))) last--;
        if (last == 0 || e.line() <= last) return e;
        return new SourceParseException(name, last, -1, MISSING_DOT + " (the last statement of the file has no '.')");
    }

    /** One file's triples and prefixes, held until they are added to the graph in file order. */
    private static final class ParsedFile extends StreamRDFBase {
        private final List<Triple> triples = new ArrayList<>();
        private final List<String[]> prefixes = new ArrayList<>();
        private final String name;
        private final Map<Node, String> annotationOrigins;

        ParsedFile(String name, Map<Node, String> annotationOrigins) {
            this.name = name;
            this.annotationOrigins = annotationOrigins;
        }

        @Override public void triple(Triple triple) {
            triples.add(triple);
            if (triple.getPredicate().equals(RDF.reifies.asNode()))
                annotationOrigins.put(triple.getSubject(), name);
        }
        @Override public void prefix(String prefix, String iri) { prefixes.add(new String[] {prefix, iri}); }

        void replay(StreamRDF sink) {
            sink.start();
            for (String[] p : prefixes) sink.prefix(p[0], p[1]);
            for (Triple t : triples) sink.triple(t);
            sink.finish();
        }
    }

    /** Turns the first warning or error into an exception that names where it is. */
    private record FailFast(String file) implements ErrorHandler {
        @Override public void warning(String message, long line, long col) { throw new SourceParseException(file, line, col, message); }
        @Override public void error(String message, long line, long col) { throw new SourceParseException(file, line, col, message); }
        @Override public void fatal(String message, long line, long col) { throw new SourceParseException(file, line, col, message); }
    }
}
