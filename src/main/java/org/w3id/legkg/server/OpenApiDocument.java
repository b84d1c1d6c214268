package org.w3id.legkg.server;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.w3id.legkg.Version;
import org.w3id.legkg.api.CannedQuery;
import org.w3id.legkg.api.ParameterBinder;
import org.w3id.legkg.api.ParameterType;
import org.w3id.legkg.api.QueryCatalog;
import org.w3id.legkg.api.QueryParameter;
import org.w3id.legkg.api.ResultFormat;

/**
 * The OpenAPI 3 description of the canned-query API, generated from the {@code #+} headers of queries/:
 * one GET operation per query with its summary, description (and the SPARQL itself), tags and typed
 * parameters, the result media types, and the error answers. Also describes {@code /sparql}.
 */
final class OpenApiDocument {
    static final String MEDIA_TYPE = "application/vnd.oai.openapi+json";

    private OpenApiDocument() {}

    static byte[] render(QueryCatalog catalog) {
        JsonObject doc = new JsonObject();
        doc.put("openapi", "3.0.3");
        JsonObject info = new JsonObject();
        info.put("title", "LegKG canned queries");
        info.put("version", Version.version());
        info.put("description", """
                Canned SPARQL queries over LegKG, a knowledge graph of the nutrient deficiencies that cause leg \
                symptoms, with provenance. Each operation runs one query from queries/ with typed parameters \
                bound by Jena's substitution (never spliced into the query text). A resource parameter takes a \
                full IRI, an lk:/lkd: name (lkd:Tingling) or a label or synonym, case-insensitive ("pins and \
                needles"). A list parameter takes comma-separated values or the parameter repeated. Results by \
                Accept header or by suffix: /api/NAME.json, .csv, .tsv, .xml. Answers carry an ETag and may be \
                revalidated with If-None-Match (304). Errors are RFC 9457 problem details naming the parameter \
                and, for unknown values, the closest labels. The same queries are published as SPARQL examples \
                (SHACL sh:SPARQLExecutable) at /.well-known/sparql-examples.""");
        JsonObject license = new JsonObject();
        license.put("name", "CC BY 4.0");
        license.put("url", "https://creativecommons.org/licenses/by/4.0/");
        info.put("license", license);
        doc.put("info", info);
        JsonArray servers = new JsonArray();
        JsonObject server = new JsonObject();
        server.put("url", "/");
        server.put("description", "this server");
        servers.add(server);
        doc.put("servers", servers);

        Set<String> tags = new LinkedHashSet<>();
        JsonObject paths = new JsonObject();
        for (CannedQuery q : catalog.all()) {
            tags.addAll(q.tags());
            JsonObject item = new JsonObject();
            item.put("get", operation(q));
            paths.put("/api/" + q.name(), item);
        }
        paths.put("/sparql", sparqlPath());
        doc.put("paths", paths);
        JsonArray tagList = new JsonArray();
        for (String t : tags) {
            JsonObject tag = new JsonObject();
            tag.put("name", t);
            tagList.add(tag);
        }
        doc.put("tags", tagList);
        doc.put("components", components());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(out, doc);
        out.write('\n');
        return out.toByteArray();
    }

    private static JsonObject operation(CannedQuery q) {
        JsonObject op = new JsonObject();
        op.put("operationId", q.name());
        op.put("summary", q.summary());
        op.put("description", q.description() + "\n\nThe query (`" + q.form() + "`):\n\n```sparql\n" + q.sparql() + "```\n");
        JsonArray tags = new JsonArray();
        q.tags().forEach(t -> tags.add(new JsonString(t)));
        op.put("tags", tags);
        JsonArray params = new JsonArray();
        for (QueryParameter p : q.parameters()) params.add(parameter(p));
        op.put("parameters", params);
        JsonObject responses = new JsonObject();
        JsonObject ok = new JsonObject();
        ok.put("description", q.returnsGraph() ? "The answer graph." : "The result table, one row per answer.");
        JsonObject headers = new JsonObject();
        headers.put("ETag", header("Identifies this answer for this build; send it back in If-None-Match."));
        ok.put("headers", headers);
        JsonObject content = new JsonObject();
        for (ResultFormat f : ResultFormat.values()) {
            if (f == ResultFormat.TABLE || !f.fits(q.returnsGraph())) continue;
            JsonObject mt = new JsonObject();
            mt.put("schema", f == ResultFormat.JSON ? ref("SparqlResults") : stringSchema());
            content.put(f.mediaType, mt);
        }
        ok.put("content", content);
        responses.put("200", ok);
        responses.put("304", description("Not modified: the If-None-Match ETag is current."));
        responses.put("400", problemResponse("A parameter is missing, unknown, or has a value that is not valid or names nothing in LegKG."));
        responses.put("404", problemResponse("No canned query by that name, or an unknown suffix."));
        responses.put("406", problemResponse("None of the Accept header's media types can carry the answer."));
        responses.put("503", problemResponse("The query ran longer than the server's timeout."));
        op.put("responses", responses);
        return op;
    }

    private static JsonObject parameter(QueryParameter p) {
        JsonObject o = new JsonObject();
        o.put("name", p.name());
        o.put("in", "query");
        o.put("required", p.required());
        StringBuilder d = new StringBuilder(p.description());
        if (p.valueType() == ParameterType.IRI) {
            if (d.length() > 0) d.append(' ');
            d.append("Accepts a full IRI, an lk:/lkd: name, or a label or synonym (case-insensitive)");
            if (!p.classes().isEmpty()) d.append(" of a ").append(String.join(" or ", p.classes()));
            d.append('.');
        }
        if (p.valueType() == ParameterType.TEXT) d.append(d.length() > 0 ? " " : "").append("Free text; only its words are searched.");
        o.put("description", d.toString());
        JsonObject schema = new JsonObject();
        if (p.type() == ParameterType.LIST) {
            schema.put("type", "array");
            schema.put("items", scalarSchema(p));
            schema.put("maxItems", ParameterBinder.MAX_LIST_ITEMS);
            o.put("style", "form");
            o.put("explode", false);
        } else {
            schema = scalarSchema(p);
        }
        if (p.defaultValue() != null)
            schema.put("default", p.valueType() == ParameterType.INTEGER && p.type() != ParameterType.LIST
                    ? JsonNumber.valueInteger(p.defaultValue()) : new JsonString(p.defaultValue()));
        o.put("schema", schema);
        if (p.example() != null) {
            JsonValue ex = p.type() == ParameterType.LIST ? list(p.example())
                    : p.valueType() == ParameterType.INTEGER ? JsonNumber.valueInteger(p.example()) : new JsonString(p.example());
            o.put("example", ex);
        }
        o.put("x-sparql-variable", "?" + p.variable());
        if (!p.classes().isEmpty()) {
            JsonArray classes = new JsonArray();
            p.classes().forEach(c -> classes.add(new JsonString(c)));
            o.put("x-rdf-class", classes);
        }
        return o;
    }

    private static JsonArray list(String commaSeparated) {
        JsonArray a = new JsonArray();
        for (String s : commaSeparated.split(",")) if (!s.isBlank()) a.add(new JsonString(s.strip()));
        return a;
    }

    private static JsonObject scalarSchema(QueryParameter p) {
        JsonObject s = new JsonObject();
        switch (p.valueType()) {
            case INTEGER -> {
                s.put("type", "integer");
                if (p.minimum() != null) s.put("minimum", p.minimum());
                if (p.maximum() != null) s.put("maximum", p.maximum());
            }
            case IRI -> {
                s.put("type", "string");
                s.put("maxLength", ParameterBinder.MAX_VALUE_LENGTH);
            }
            default -> {
                s.put("type", "string");
                s.put("maxLength", ParameterBinder.MAX_VALUE_LENGTH);
                if (!p.allowed().isEmpty()) {
                    JsonArray e = new JsonArray();
                    p.allowed().forEach(v -> e.add(new JsonString(v)));
                    s.put("enum", e);
                }
            }
        }
        return s;
    }

    private static JsonObject sparqlPath() {
        JsonObject item = new JsonObject();
        JsonObject get = new JsonObject();
        get.put("operationId", "sparql");
        get.put("summary", "SPARQL 1.1 query endpoint (read-only)");
        get.put("description", "Any SPARQL 1.1 query over the union of the named graphs (ontology, data, inferred, "
                + "examples). Also POST with application/sparql-query or a form. Without a query, answers with a "
                + "SPARQL Service Description. Updates are refused.");
        JsonArray tags = new JsonArray();
        tags.add(new JsonString("sparql"));
        get.put("tags", tags);
        JsonArray params = new JsonArray();
        JsonObject query = new JsonObject();
        query.put("name", "query");
        query.put("in", "query");
        query.put("required", false);
        query.put("schema", stringSchema());
        query.put("example", "SELECT * WHERE { ?s ?p ?o } LIMIT 10");
        params.add(query);
        get.put("parameters", params);
        JsonObject responses = new JsonObject();
        responses.put("200", description("Results (JSON, XML, CSV, TSV) or RDF (Turtle, JSON-LD, N-Triples), by Accept."));
        responses.put("400", description("The query does not parse; the message gives line and column."));
        responses.put("503", description("The query ran longer than the server's timeout."));
        get.put("responses", responses);
        item.put("get", get);
        return item;
    }

    private static JsonObject components() {
        JsonObject schemas = new JsonObject();
        JsonObject results = new JsonObject();
        results.put("type", "object");
        results.put("description", "SPARQL 1.1 Query Results JSON Format (https://www.w3.org/TR/sparql11-results-json/).");
        JsonObject props = new JsonObject();
        JsonObject head = new JsonObject();
        head.put("type", "object");
        props.put("head", head);
        JsonObject res = new JsonObject();
        res.put("type", "object");
        props.put("results", res);
        results.put("properties", props);
        schemas.put("SparqlResults", results);
        JsonObject problem = new JsonObject();
        problem.put("type", "object");
        problem.put("description", "RFC 9457 problem details.");
        JsonObject pp = new JsonObject();
        for (String f : List.of("type", "title", "detail", "parameter")) pp.put(f, stringSchema());
        JsonObject status = new JsonObject();
        status.put("type", "integer");
        pp.put("status", status);
        JsonObject arr = new JsonObject();
        arr.put("type", "array");
        arr.put("items", stringSchema());
        pp.put("suggestions", arr);
        pp.put("available", arr);
        problem.put("properties", pp);
        schemas.put("Problem", problem);
        JsonObject c = new JsonObject();
        c.put("schemas", schemas);
        return c;
    }

    private static JsonObject problemResponse(String text) {
        JsonObject r = description(text);
        JsonObject content = new JsonObject();
        JsonObject mt = new JsonObject();
        mt.put("schema", ref("Problem"));
        content.put(Problem.MEDIA_TYPE, mt);
        r.put("content", content);
        return r;
    }

    private static JsonObject description(String text) {
        JsonObject r = new JsonObject();
        r.put("description", text);
        return r;
    }

    private static JsonObject header(String text) {
        JsonObject h = new JsonObject();
        h.put("description", text);
        h.put("schema", stringSchema());
        return h;
    }

    private static JsonObject ref(String schema) {
        JsonObject r = new JsonObject();
        r.put("$ref", "#/components/schemas/" + schema);
        return r;
    }

    private static JsonObject stringSchema() {
        JsonObject s = new JsonObject();
        s.put("type", "string");
        return s;
    }
}
