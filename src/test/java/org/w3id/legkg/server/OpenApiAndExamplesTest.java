package org.w3id.legkg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.legkg.api.CannedQuery;
import org.w3id.legkg.api.ParameterType;
import org.w3id.legkg.api.QueryParameter;
import org.w3id.legkg.api.SparqlExamples;

/**
 * GET /api is an OpenAPI 3 document that says exactly what the query headers say; /.well-known/sparql-examples
 * is the same catalogue in SIB's sparql-examples form, and every example in it runs at /sparql with the
 * same answer as the API.
 */
class OpenApiAndExamplesTest {
    static ServerFixture fx;
    static JsonObject openApi;
    static Graph examples;

    @BeforeAll
    static void load() {
        fx = ServerFixture.get();
        HttpResponse<String> r = fx.get("api");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        openApi = JSON.parse(r.body());
        HttpResponse<String> ex = fx.get(".well-known/sparql-examples");
        assertThat(ex.statusCode()).isEqualTo(200);
        examples = SparqlEndpointTest.parse(ex.body(), Lang.TURTLE);
    }

    static List<String> names() {
        return ServerFixture.cannedQueryNames();
    }

    static CannedQuery header(String name) {
        return CannedQuery.load(ServerFixture.PROJECT.resolve("queries").resolve(name + ".rq"));
    }

    @Test
    void theDocumentIsOpenApi3WithOnePathPerQuery() {
        assertThat(openApi.get("openapi").getAsString().value()).startsWith("3.");
        assertThat(openApi.get("info").getAsObject().get("title").getAsString().value()).isNotBlank();
        JsonObject paths = openApi.get("paths").getAsObject();
        List<String> apiPaths = new ArrayList<>();
        for (String k : paths.keys()) if (k.startsWith("/api/")) apiPaths.add(k.substring(5));
        assertThat(apiPaths).containsExactlyInAnyOrderElementsOf(names());
        assertThat(paths.hasKey("/sparql")).isTrue();
        // every $ref resolves
        JsonObject schemas = openApi.get("components").getAsObject().get("schemas").getAsObject();
        for (String ref : refs(openApi, new ArrayList<>()))
            assertThat(schemas.hasKey(ref.substring("#/components/schemas/".length()))).as(ref).isTrue();
        // revalidation works for the document too
        String etag = fx.get("api").headers().firstValue("ETag").orElseThrow();
        assertThat(fx.get("api", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(fx.get("api", "Accept", OpenApiDocument.MEDIA_TYPE).headers().firstValue("Content-Type").orElse(""))
                .startsWith(OpenApiDocument.MEDIA_TYPE);
    }

    @ParameterizedTest
    @MethodSource("names")
    void eachOperationSaysWhatTheHeaderSays(String name) {
        CannedQuery q = header(name);
        JsonObject op = openApi.get("paths").getAsObject().get("/api/" + name).getAsObject().get("get").getAsObject();
        assertThat(op.get("operationId").getAsString().value()).isEqualTo(name);
        assertThat(op.get("summary").getAsString().value()).isEqualTo(q.summary());
        assertThat(op.get("description").getAsString().value()).contains(q.description(), "```sparql");
        JsonArray params = op.get("parameters").getAsArray();
        assertThat(params.size()).isEqualTo(q.parameters().size());
        for (int i = 0; i < params.size(); i++) {
            JsonObject p = params.get(i).getAsObject();
            QueryParameter h = q.parameters().get(i);
            assertThat(p.get("name").getAsString().value()).isEqualTo(h.name());
            assertThat(p.get("in").getAsString().value()).isEqualTo("query");
            assertThat(p.get("required").getAsBoolean().value()).isEqualTo(h.required());
            JsonObject schema = p.get("schema").getAsObject();
            assertThat(schema.get("type").getAsString().value()).isEqualTo(h.type().openApiType());
            if (h.type() == ParameterType.LIST) assertThat(schema.get("items").getAsObject().hasKey("type")).isTrue();
            if (h.defaultValue() != null) assertThat(schema.get("default").toString().replace("\"", "")).isEqualTo(h.defaultValue());
            if (h.example() != null) assertThat(p.hasKey("example")).isTrue();
            if (h.valueType() == ParameterType.INTEGER && h.minimum() != null)
                assertThat(schema.get("minimum").getAsNumber().value().longValue()).isEqualTo(h.minimum());
        }
        JsonObject content = op.get("responses").getAsObject().get("200").getAsObject().get("content").getAsObject();
        assertThat(content.keys()).contains("application/sparql-results+json", "text/csv", "text/tab-separated-values");
        assertThat(op.get("responses").getAsObject().keys()).contains("304", "400", "404", "406", "503");
    }

    /** The queries about deficiencies and symptoms: each has the switch for the strict reading. */
    static List<String> deficiencySymptomQueries() {
        return List.of("symptoms-for-deficiency", "deficiencies-for-symptom", "differential", "symptom-chains", "mechanism-chains",
                "food-sources-for-symptom", "risk-factor-symptoms", "risk-factor-predispositions", "consensus");
    }

    @ParameterizedTest
    @MethodSource("deficiencySymptomQueries")
    void eachDeficiencySymptomQueryHasTheStatedSwitchLenientByDefault(String name) {
        QueryParameter stated = header(name).parameter("stated");
        assertThat(stated).as(name + " declares stated").isNotNull();
        assertThat(stated.type()).isEqualTo(ParameterType.STRING);
        assertThat(stated.allowed()).containsExactly("true", "false");
        assertThat(stated.defaultValue()).isEqualTo("false");
        assertThat(stated.required()).isFalse();
        JsonObject schema = null;
        for (JsonValue p : openApi.get("paths").getAsObject().get("/api/" + name).getAsObject().get("get").getAsObject().get("parameters").getAsArray())
            if (p.getAsObject().get("name").getAsString().value().equals("stated")) schema = p.getAsObject().get("schema").getAsObject();
        assertThat(schema).as(name + ": stated in the OpenAPI document").isNotNull();
        assertThat(schema.get("enum").toString()).contains("\"true\"", "\"false\"");
        // the default is the lenient reading: the same answer as stated=false
        HttpResponse<String> byDefault = fx.get("api/" + name + CannedQueryApiTest.exampleQueryString(name));
        String explicit = CannedQueryApiTest.exampleQueryString(name);
        HttpResponse<String> lenient = fx.get("api/" + name + explicit + (explicit.isEmpty() ? "?" : "&") + "stated=false");
        assertThat(ServerFixture.rows(lenient.body())).isEqualTo(ServerFixture.rows(byDefault.body()));
    }

    @ParameterizedTest
    @MethodSource("names")
    void eachQueryIsASparqlExampleThatRunsWithTheApisAnswer(String name) {
        String sh = SparqlExamples.SH, schema = SparqlExamples.SCHEMA;
        Node ex = SparqlExamples.exampleIri(name);
        CannedQuery q = header(name);
        assertThat(examples.contains(ex, RDF.type.asNode(), node(sh + "SPARQLExecutable"))).isTrue();
        String form = q.form().charAt(0) + q.form().substring(1).toLowerCase(java.util.Locale.ROOT);
        if (!form.equals("Describe"))
            assertThat(examples.contains(ex, RDF.type.asNode(), node(sh + "SPARQL" + form + "Executable"))).isTrue();
        assertThat(examples.contains(ex, node(schema + "target"), SparqlExamples.TARGET)).isTrue();
        Triple comment = examples.find(ex, RDFS.comment.asNode(), Node.ANY).next();
        assertThat(comment.getObject().getLiteralLexicalForm()).contains(q.summary());
        for (String tag : q.tags())
            assertThat(examples.contains(ex, node(schema + "keywords"), NodeFactory.createLiteralString(tag))).isTrue();
        assertThat(examples.find(ex, node(sh + "parameter"), Node.ANY).toList()).hasSize(q.parameters().size());

        String select = examples.find(ex, node(sh + form.toLowerCase(java.util.Locale.ROOT)), Node.ANY).next().getObject().getLiteralLexicalForm();
        QueryFactory.create(select); // parses as it is
        HttpResponse<String> viaSparql = fx.get("sparql" + ServerFixture.qs("query", select), "Accept", "application/sparql-results+json");
        assertThat(viaSparql.statusCode()).as(viaSparql.body()).isEqualTo(200);
        HttpResponse<String> viaApi = fx.get("api/" + name + CannedQueryApiTest.exampleQueryString(name));
        List<Map<String, String>> rows = ServerFixture.rows(viaSparql.body());
        assertThat(rows).isNotEmpty().isEqualTo(ServerFixture.rows(viaApi.body()));
    }

    @Test
    void theExamplesAreAlsoJsonLdAndCarryPrefixDeclarations() {
        HttpResponse<String> jsonld = fx.get(".well-known/sparql-examples", "Accept", "application/ld+json");
        assertThat(jsonld.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        assertThat(SparqlEndpointTest.parse(jsonld.body(), Lang.JSONLD).isIsomorphicWith(examples)).isTrue();
        Node prefixes = examples.find(SparqlExamples.exampleIri("search"), node(SparqlExamples.SH + "prefixes"), Node.ANY).next().getObject();
        assertThat(examples.find(prefixes, node(SparqlExamples.SH + "declare"), Node.ANY).toList().size()).isGreaterThanOrEqualTo(3);
    }

    private static Node node(String iri) { return NodeFactory.createURI(iri); }

    private static List<String> refs(JsonValue v, List<String> out) {
        if (v.isObject()) {
            JsonObject o = v.getAsObject();
            for (String k : o.keys()) {
                if (k.equals("$ref")) out.add(o.get(k).getAsString().value());
                else refs(o.get(k), out);
            }
        } else if (v.isArray()) {
            v.getAsArray().forEach(x -> refs(x, out));
        }
        return out;
    }
}
