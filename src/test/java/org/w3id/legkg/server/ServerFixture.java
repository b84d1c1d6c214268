package org.w3id.legkg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.w3id.legkg.TestHttp;
import org.w3id.legkg.TestProjects;
import org.w3id.legkg.store.BuildCleaner;
import org.w3id.legkg.store.OpenStore;
import org.w3id.legkg.store.StoreLayout;

/**
 * The real project (ontology/, data/, shapes/, queries/ of this checkout) built once into a temporary store
 * and served on a free loopback port, shared by the server test classes of a run: building takes seconds
 * and nothing here writes to the store. A second server, over a copy of the same build, has a one-second
 * timeout and one extra, deliberately slow canned query, for the timeout tests. Both are stopped and
 * deleted when the JVM exits.
 */
final class ServerFixture {
    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final long SHORT_TIMEOUT_MS = 1000;
    static final long MAX_REQUEST_BYTES = 256 * 1024;
    /** A canned query that runs far longer than a second: a four-way cross product of the store, counted. */
    static final String SLOW_QUERY = """
            #+ summary: Deliberately slow (test only)
            #+ params:
            #+   - name: n
            #+     type: integer
            #+     default: "1"
            SELECT (COUNT(*) AS ?c) WHERE { ?a ?b ?c1 . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . FILTER(?__n_integer > 0) }
            """;

    private static ServerFixture instance;

    final Path dir;
    final LegkgServer server;
    final LegkgServer shortTimeout;
    /** http://127.0.0.1:PORT/ with a trailing slash: append paths such as api/search. */
    final String base;
    final String shortBase;
    final Path buildDir;

    private ServerFixture() throws IOException {
        dir = Files.createTempDirectory("legkg-server-test-");
        StoreLayout layout = TestProjects.build(PROJECT, dir.resolve("store"));
        buildDir = layout.currentBuild().orElseThrow();
        server = LegkgServer.create(OpenStore.openCurrent(layout)).port(0).host("127.0.0.1")
                .maxRequestBytes(MAX_REQUEST_BYTES).build().start();
        base = server.baseUrl("127.0.0.1");

        // A copy of the build is a separate TDB2 location, so the second server has its own store.
        Path copy = dir.resolve("copy").resolve(buildDir.getFileName().toString());
        TestProjects.copyTree(buildDir, copy);
        Files.writeString(copy.resolve("queries").resolve("slow-test.rq"), SLOW_QUERY);
        shortTimeout = LegkgServer.create(OpenStore.open(copy)).port(0).host("127.0.0.1")
                .queryTimeoutMillis(SHORT_TIMEOUT_MS).build().start();
        shortBase = shortTimeout.baseUrl("127.0.0.1");
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "server-fixture-cleanup"));
    }

    static synchronized ServerFixture get() {
        if (instance == null) {
            try {
                instance = new ServerFixture();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** The canned query files of the project, by name. */
    static List<String> cannedQueryNames() {
        try (Stream<Path> s = Files.list(PROJECT.resolve("queries"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final HttpClient HTTP = TestHttp.HTTP;

    HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
    }

    HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    static HttpResponse<String> send(HttpRequest.Builder b, String... headers) {
        return TestHttp.send(b, headers);
    }

    /** A query string from name, value pairs, URL-encoded. */
    static String qs(String... nameValues) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < nameValues.length; i += 2)
            sb.append(sb.length() == 0 ? "?" : "&").append(enc(nameValues[i])).append('=').append(enc(nameValues[i + 1]));
        return sb.toString();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Rows of a SPARQL JSON results body, each as variable -> lexical form (IRIs as strings). */
    static List<Map<String, String>> rows(String json) {
        ResultSet rs = ResultSetMgr.read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<Map<String, String>> out = new ArrayList<>();
        ResultSet copy = ResultSetFactory.copyResults(rs);
        while (copy.hasNext()) {
            QuerySolution s = copy.next();
            Map<String, String> row = new LinkedHashMap<>();
            s.varNames().forEachRemaining(v -> {
                var n = s.get(v).asNode();
                row.put(v, n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
            });
            out.add(row);
        }
        return out;
    }

    /** Rows of a SELECT run at /sparql. */
    List<Map<String, String>> select(String sparql) {
        HttpResponse<String> r = get("sparql" + qs("query", sparql), "Accept", "application/sparql-results+json");
        if (r.statusCode() != 200) throw new IllegalStateException("SPARQL failed " + r.statusCode() + ": " + r.body());
        return rows(r.body());
    }

    private void close() {
        try {
            shortTimeout.close();
        } catch (RuntimeException ignored) {
            // best effort at JVM exit
        }
        try {
            server.close();
        } catch (RuntimeException ignored) {
            // best effort at JVM exit
        }
        try {
            BuildCleaner.deleteTree(dir);
        } catch (UncheckedIOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
