package org.w3id.legkg.server;

import java.io.IOException;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.legkg.api.SparqlExamples;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /.well-known/sparql-examples}: the canned queries as SIB sparql-examples RDF, the same graph
 * the build loaded as {@code <https://w3id.org/legkg/graph/examples>} (so SPARQL users can query it too).
 */
final class ExamplesServlet extends ReadOnlyServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/.well-known/sparql-examples";

    private final transient Supplier<Graph> examples;
    private final String buildKey;

    /** @param examples the graph, as {@link #copy} reads it from the store */
    ExamplesServlet(Supplier<Graph> examples, String buildKey) {
        this.examples = examples;
        this.buildKey = buildKey;
    }

    /** The examples graph in memory, with the prefixes a reader of its Turtle expects. */
    static Graph copy(DatasetGraph dataset) {
        Graph copy = GraphFactory.createDefaultGraph();
        Txn.executeRead(dataset, () -> {
            Graph stored = dataset.getGraph(SparqlExamples.GRAPH);
            stored.find().forEachRemaining(copy::add);
            copy.getPrefixMapping().setNsPrefixes(stored.getPrefixMapping());
        });
        copy.getPrefixMapping().setNsPrefix("sh", SparqlExamples.SH).setNsPrefix("schema", SparqlExamples.SCHEMA)
                .setNsPrefix("ex", SparqlExamples.EXAMPLE_BASE).setNsPrefix("rdfs", org.apache.jena.vocabulary.RDFS.getURI())
                .setNsPrefix("skos", org.apache.jena.vocabulary.SKOS.uri).setNsPrefix("dcterms", org.apache.jena.vocabulary.DCTerms.NS)
                .setNsPrefix("lk", org.w3id.legkg.Namespaces.LK).setNsPrefix("owl", org.apache.jena.vocabulary.OWL.getURI())
                .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        return copy;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        RdfResponse.send(req, resp, examples.get(), buildKey + "\nsparql-examples");
    }
}
