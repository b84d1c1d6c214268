package org.w3id.legkg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.legkg.server.ServerFixture.qs;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.legkg.api.SparqlExamples;

/** /sparql: query over GET and POST in every result format, the Service Description, and nothing that writes. */
class SparqlEndpointTest {
    static ServerFixture fx;
    static final String SYMPTOMS = """
            PREFIX lk: <https://w3id.org/legkg/ontology#>
            PREFIX lkd: <https://w3id.org/legkg/id/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?s ?label WHERE { lkd:VitaminB12Deficiency lk:causesSymptom ?s . ?s rdfs:label ?label } ORDER BY ?label""";

    @BeforeAll
    static void start() {
        fx = ServerFixture.get();
    }

    @ParameterizedTest
    @CsvSource({
            "application/sparql-results+json, application/sparql-results+json, \"bindings\"",
            "application/sparql-results+xml, application/sparql-results+xml, <sparql",
            "text/csv, text/csv, 's,label'",
            "text/tab-separated-values, text/tab-separated-values, ?s\t?label"})
    void selectOverGetInEveryResultFormat(String accept, String contentType, String marker) {
        HttpResponse<String> r = fx.get("sparql" + qs("query", SYMPTOMS), "Accept", accept);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(contentType);
        assertThat(r.body()).contains(marker, "https://w3id.org/legkg/id/Tingling", "tingling");
    }

    @Test
    void selectOverPostFormAndSparqlQueryBodiesAnswerTheSame() {
        HttpResponse<String> get = fx.get("sparql" + qs("query", SYMPTOMS), "Accept", "application/sparql-results+json");
        HttpResponse<String> form = fx.post("sparql", "application/x-www-form-urlencoded", qs("query", SYMPTOMS).substring(1),
                "Accept", "application/sparql-results+json");
        HttpResponse<String> direct = fx.post("sparql", "application/sparql-query", SYMPTOMS, "Accept", "application/sparql-results+json");
        List<Map<String, String>> expected = ServerFixture.rows(get.body());
        assertThat(expected).isNotEmpty();
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(direct.statusCode()).isEqualTo(200);
        assertThat(ServerFixture.rows(form.body())).isEqualTo(expected);
        assertThat(ServerFixture.rows(direct.body())).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, TURTLE", "application/ld+json, JSONLD", "application/n-triples, NTRIPLES"})
    void constructAndDescribeInRdfFormats(String accept, String lang) {
        String construct = "PREFIX lk: <https://w3id.org/legkg/ontology#> CONSTRUCT { ?d lk:causesSymptom ?s } "
                + "WHERE { ?d lk:causesSymptom ?s . FILTER(?s = <https://w3id.org/legkg/id/Tingling>) }";
        HttpResponse<String> r = fx.get("sparql" + qs("query", construct), "Accept", accept);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(accept);
        Graph g = parse(r.body(), langOf(lang));
        assertThat(g.contains(lkd("VitaminB12Deficiency"), lk("causesSymptom"), lkd("Tingling"))).isTrue();

        HttpResponse<String> describe = fx.get("sparql" + qs("query", "DESCRIBE <https://w3id.org/legkg/id/Tingling>"), "Accept", accept);
        assertThat(describe.statusCode()).isEqualTo(200);
        assertThat(parse(describe.body(), langOf(lang)).contains(lkd("Tingling"), RDF.type.asNode(), lk("Tingling"))).isTrue();
    }

    @Test
    void getWithoutAQueryIsTheServiceDescription() {
        HttpResponse<String> r = fx.get("sparql");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
        Graph sd = parse(r.body(), Lang.TURTLE);
        String SD = "http://www.w3.org/ns/sparql-service-description#";
        Node service = sd.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(SD + "Service")).next().getSubject();
        assertThat(sd.contains(service, NodeFactory.createURI(SD + "endpoint"), NodeFactory.createURI(fx.base + "sparql"))).isTrue();
        assertThat(sd.contains(service, NodeFactory.createURI(SD + "supportedLanguage"), NodeFactory.createURI(SD + "SPARQL11Query"))).isTrue();
        assertThat(sd.contains(service, NodeFactory.createURI(SD + "supportedLanguage"), NodeFactory.createURI(SD + "SPARQL11Update"))).isFalse();
        assertThat(sd.contains(service, NodeFactory.createURI(SD + "feature"), NodeFactory.createURI(SD + "UnionDefaultGraph"))).isTrue();
        for (String g : List.of("ontology", "data", "inferred", "support", "examples"))
            assertThat(sd.contains(Node.ANY, NodeFactory.createURI(SD + "name"), NodeFactory.createURI("https://w3id.org/legkg/graph/" + g))).as(g).isTrue();

        HttpResponse<String> jsonld = fx.get("sparql", "Accept", "application/ld+json");
        assertThat(jsonld.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        assertThat(parse(jsonld.body(), Lang.JSONLD).isIsomorphicWith(sd)).isTrue();
    }

    @Test
    void malformedSparqlIs400WithTheParsersLineAndColumn() {
        HttpResponse<String> r = fx.get("sparql" + qs("query", "SELECT ?s WHERE {\n  ?s ?p ?o \n"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).containsPattern("line \\d+, column \\d+");
        HttpResponse<String> posted = fx.post("sparql", "application/sparql-query", "SELEKT * { ?s ?p ?o }");
        assertThat(posted.statusCode()).isEqualTo(400);
        assertThat(posted.body()).contains("line 1, column", "SELEKT");
    }

    @Test
    void nothingWritesAndEveryWriteAttemptIs4xx() {
        long before = count();
        String insert = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }";
        List<HttpResponse<String>> attempts = List.of(
                fx.post("sparql", "application/sparql-update", "DROP ALL"),
                fx.post("sparql", "application/sparql-update", insert),
                fx.post("sparql", "application/x-www-form-urlencoded", "update=" + ServerFixture.enc("DROP ALL")),
                fx.get("sparql" + qs("update", "DROP ALL")),
                fx.post("sparql", "application/sparql-query", "DROP ALL"),
                fx.post("sparql/update", "application/sparql-update", "DROP ALL"),
                fx.post("sparql/data?default", "text/turtle", "<urn:x:a> <urn:x:b> <urn:x:c> ."),
                fx.post("sparql/upload", "text/turtle", "<urn:x:a> <urn:x:b> <urn:x:c> ."),
                fx.post("sparql/shacl?graph=default", "text/turtle", "<urn:x:a> <urn:x:b> <urn:x:c> ."),
                fx.post("$/datasets", "application/x-www-form-urlencoded", "dbName=evil&dbType=mem"),
                fx.post("$/compact/sparql?deleteOld=true", "text/plain", ""),
                fx.post("$/backup/sparql", "text/plain", ""),
                ServerFixture.send(HttpRequest.newBuilder(URI.create(fx.base + "sparql?default")).header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> <urn:x:c> ."))),
                ServerFixture.send(HttpRequest.newBuilder(URI.create(fx.base + "sparql?graph=https://w3id.org/legkg/graph/data")).DELETE()),
                ServerFixture.send(HttpRequest.newBuilder(URI.create(fx.base + "sparql")).method("PATCH",
                        HttpRequest.BodyPublishers.ofString("A <urn:x:a> <urn:x:b> <urn:x:c> ."))));
        for (HttpResponse<String> r : attempts)
            assertThat(r.statusCode()).as(r.request().method() + " " + r.request().uri() + ": " + r.body()).isBetween(400, 499);
        for (String admin : List.of("$/datasets", "$/tasks", "$/compact/sparql", "$/backup/sparql"))
            assertThat(fx.get(admin).statusCode()).as(admin).isBetween(400, 499);
        assertThat(count()).isEqualTo(before);
        assertThat(fx.select("SELECT * WHERE { <urn:x:a> ?p ?o }")).isEmpty();
    }

    @Test
    void serviceCannotCallOut() {
        HttpResponse<String> r = fx.get("sparql" + qs("query", "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"));
        assertThat(r.statusCode()).isBetween(400, 499);
        assertThat(r.body()).contains("SERVICE");
    }

    @Test
    void theExamplesGraphAndTheTextIndexAnswerAtSparql() {
        List<Map<String, String>> examples = fx.select("""
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                SELECT ?ex WHERE { GRAPH <%s> { ?ex a sh:SPARQLExecutable } }""".formatted(SparqlExamples.GRAPH.getURI()));
        assertThat(examples).extracting(m -> m.get("ex"))
                .contains(SparqlExamples.EXAMPLE_BASE + "differential", SparqlExamples.EXAMPLE_BASE + "search")
                .hasSize(ServerFixture.cannedQueryNames().size());
        List<Map<String, String>> hits = fx.select("""
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?s ?lit WHERE { (?s ?score ?lit) text:query (skos:altLabel '"pins and needles"' 10) }""");
        assertThat(hits).extracting(m -> m.get("s")).contains("https://w3id.org/legkg/id/Tingling");
    }

    private long count() {
        return Long.parseLong(fx.select("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").get(0).get("n"));
    }

    static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }

    static Lang langOf(String name) {
        return switch (name) {
            case "JSONLD" -> Lang.JSONLD;
            case "NTRIPLES" -> Lang.NTRIPLES;
            default -> Lang.TURTLE;
        };
    }

    static Node lkd(String name) { return NodeFactory.createURI("https://w3id.org/legkg/id/" + name); }

    static Node lk(String name) { return NodeFactory.createURI("https://w3id.org/legkg/ontology#" + name); }
}
