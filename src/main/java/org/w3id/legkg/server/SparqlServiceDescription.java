package org.w3id.legkg.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.legkg.Namespaces;

/**
 * The SPARQL 1.1 Service Description of {@code /sparql} (https://www.w3.org/TR/sparql11-service-description/):
 * what the endpoint speaks (SPARQL 1.1 Query only), in which result formats, its union default graph and
 * named graphs with their sizes, and the text:query property function. Graph sizes are counted once: a
 * served build never changes.
 */
final class SparqlServiceDescription {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    static final String VOID = "http://rdfs.org/ns/void#";

    private final Map<Node, Long> graphSizes;
    private final long unionSize;

    SparqlServiceDescription(DatasetGraph dataset) {
        Map<Node, Long> sizes = new LinkedHashMap<>();
        long[] union = new long[1];
        Txn.executeRead(dataset, () -> {
            dataset.listGraphNodes().forEachRemaining(g -> sizes.put(g, (long) dataset.getGraph(g).size()));
            union[0] = dataset.getUnionGraph().size();
        });
        this.graphSizes = sizes;
        this.unionSize = union[0];
    }

    /** The description, with the endpoint IRI as the client reached it. */
    Graph describe(String endpointUrl) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("sd", SD).setNsPrefix("formats", FORMATS).setNsPrefix("void", VOID)
                .setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("lkg", Namespaces.BASE + "graph/");
        Node service = NodeFactory.createBlankNode();
        Node endpoint = NodeFactory.createURI(endpointUrl);
        add(g, service, RDF.type.asNode(), sd("Service"));
        add(g, service, sd("endpoint"), endpoint);
        add(g, service, DCTerms.title.asNode(), NodeFactory.createLiteralLang("LegKG SPARQL endpoint (read-only)", "en"));
        add(g, service, DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                "Nutrient deficiencies that cause leg symptoms, with provenance. The default graph is the union of "
                + "the named graphs (asserted and materialised inferences together); GRAPH tells them apart. "
                + "Canned queries: /api (OpenAPI), /.well-known/sparql-examples.", "en"));
        add(g, service, sd("supportedLanguage"), sd("SPARQL11Query"));
        for (String f : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "JSON-LD", "N-Triples", "RDF_XML"))
            add(g, service, sd("resultFormat"), NodeFactory.createURI(FORMATS + f));
        add(g, service, sd("feature"), sd("UnionDefaultGraph"));
        add(g, service, sd("propertyFeature"), NodeFactory.createURI("http://jena.apache.org/text#query"));

        Node dataset = NodeFactory.createBlankNode();
        add(g, service, sd("defaultDataset"), dataset);
        add(g, dataset, RDF.type.asNode(), sd("Dataset"));
        Node defaultGraph = NodeFactory.createBlankNode();
        add(g, dataset, sd("defaultGraph"), defaultGraph);
        add(g, defaultGraph, RDF.type.asNode(), sd("Graph"));
        add(g, defaultGraph, NodeFactory.createURI(VOID + "triples"), integer(unionSize));
        graphSizes.forEach((name, size) -> {
            Node named = NodeFactory.createBlankNode();
            add(g, dataset, sd("namedGraph"), named);
            add(g, named, RDF.type.asNode(), sd("NamedGraph"));
            add(g, named, sd("name"), name);
            Node graph = NodeFactory.createBlankNode();
            add(g, named, sd("graph"), graph);
            add(g, graph, RDF.type.asNode(), sd("Graph"));
            add(g, graph, NodeFactory.createURI(VOID + "triples"), integer(size));
        });
        return g;
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node sd(String local) { return NodeFactory.createURI(SD + local); }

    private static void add(Graph g, Node s, Node p, Node o) { g.add(Triple.create(s, p, o)); }
}
