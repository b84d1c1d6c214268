package org.w3id.legkg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.legkg.server.ServerFixture.qs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Operations: liveness and metrics, CORS, gzip, request-size limit, timeouts that free their thread, load. */
class OperationsTest {
    static ServerFixture fx;
    /** Counts every quad four times over: never finishes within a second on the real store. */
    static final String ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @BeforeAll
    static void start() {
        fx = ServerFixture.get();
    }

    @Test
    void pingStatsAndPrometheusMetrics() {
        HttpResponse<String> ping = fx.get("$/ping");
        assertThat(ping.statusCode()).isEqualTo(200);
        assertThat(ping.body()).isNotBlank();
        assertThat(fx.get("$/stats").statusCode()).isEqualTo(200);
        assertThat(fx.get("api/search" + qs("text", "cramp")).statusCode()).isEqualTo(200);
        HttpResponse<String> metrics = fx.get("$/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("legkg_api_requests_total", "query=\"search\"", "legkg_api_cache_entries",
                "fuseki_requests");
    }

    @Test
    void responseBuffersAreReusedFromJettysPoolNotAllocatedPerRequest() {
        // Fuseki's 5 MB response buffer is larger than any pooled size: each request then allocated one
        // outside the pool's buckets, about 20 ms of CPU per request.
        ArrayByteBufferPool pool = (ArrayByteBufferPool) fx.server.jetty().getConnectors()[0].getByteBufferPool();
        pool.setStatisticsEnabled(true);
        try {
            for (int i = 0; i < 10; i++) {
                assertThat(fx.get("$/ping").statusCode()).isEqualTo(200);
                assertThat(fx.get("sparql" + qs("query", "SELECT * WHERE { ?s ?p ?o } LIMIT " + (10 + i)),
                        "Accept", "application/sparql-results+json").statusCode()).isEqualTo(200);
                assertThat(fx.get("api/search" + qs("text", "cramp")).statusCode()).isEqualTo(200);
            }
            assertThat(pool.getNoBucketDirectAcquires()).as("direct buffers allocated outside the pool, by size").isEmpty();
            assertThat(pool.getNoBucketHeapAcquires()).as("heap buffers allocated outside the pool, by size").isEmpty();
        } finally {
            pool.setStatisticsEnabled(false);
        }
    }

    @Test
    void corsOnReadRoutes() {
        for (String path : List.of("sparql" + qs("query", "ASK {}"), "api/search" + qs("text", "cramp"), "api",
                ".well-known/sparql-examples", "$/ping")) {
            HttpResponse<String> r = fx.get(path, "Origin", "https://example.org");
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(path).isPresent();
        }
        HttpResponse<String> api = fx.get("api/search" + qs("text", "cramp"), "Origin", "https://example.org");
        assertThat(api.headers().firstValue("Access-Control-Expose-Headers").orElse("")).contains("ETag");
        HttpResponse<String> preflight = ServerFixture.send(HttpRequest.newBuilder(URI.create(fx.base + "sparql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()),
                "Origin", "https://example.org", "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "Content-Type");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("POST").doesNotContain("PUT", "DELETE");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials").orElse("false")).isEqualTo("false");
    }

    @Test
    void responsesAreGzippedWhenAsked() throws Exception {
        for (String path : List.of("sparql" + qs("query", "SELECT * { ?s ?p ?o } LIMIT 500"), "api/consensus", "api", "static/" + uiScript())) {
            HttpResponse<byte[]> r = ServerFixture.HTTP.send(HttpRequest.newBuilder(URI.create(fx.base + path))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
            byte[] plain = new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes();
            assertThat(plain.length).as(path).isGreaterThan(r.body().length);
        }
        // an ETag received with a gzipped answer revalidates too
        HttpResponse<byte[]> zipped = ServerFixture.HTTP.send(HttpRequest.newBuilder(URI.create(fx.base + "api/consensus"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        String etag = zipped.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = ServerFixture.HTTP.send(HttpRequest.newBuilder(URI.create(fx.base + "api/consensus"))
                .header("Accept-Encoding", "gzip").header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void oversizedRequestBodiesAre413() {
        String big = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat((int) ServerFixture.MAX_REQUEST_BYTES);
        assertThat(fx.post("sparql", "application/sparql-query", big).statusCode()).isEqualTo(413);
        assertThat(fx.post("sparql", "application/x-www-form-urlencoded", "query=" + ServerFixture.enc(big)).statusCode()).isEqualTo(413);
        assertThat(fx.post("api/search", "text/plain", big).statusCode()).isEqualTo(413);
        // just under the limit is fine
        String fits = "SELECT * WHERE { ?s ?p ?o } LIMIT 1 #" + "x".repeat(1000);
        assertThat(fx.post("sparql", "application/sparql-query", fits).statusCode()).isEqualTo(200);
    }

    @Test
    void slowQueriesAre503AtTheTimeoutAndGiveTheirThreadBack() throws Exception {
        LegkgServer server = fx.shortTimeout;
        long t0 = System.nanoTime();
        HttpResponse<String> sparql = ServerFixture.send(HttpRequest.newBuilder(URI.create(fx.shortBase + "sparql" + qs("query", ENDLESS))));
        long sparqlMillis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(sparql.statusCode()).as(sparql.body()).isEqualTo(503);
        assertThat(sparqlMillis).isGreaterThanOrEqualTo(ServerFixture.SHORT_TIMEOUT_MS - 50).isLessThan(20_000);

        t0 = System.nanoTime();
        HttpResponse<String> canned = ServerFixture.send(HttpRequest.newBuilder(URI.create(fx.shortBase + "api/slow-test")));
        assertThat(canned.statusCode()).as(canned.body()).isEqualTo(503);
        assertThat(canned.body()).contains("timeout of " + ServerFixture.SHORT_TIMEOUT_MS + " ms");
        assertThat(canned.headers().firstValue("ETag")).isEmpty();
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(20_000);

        // eight at once: all stopped, and every worker thread comes back
        int idle = waitForIdle(server, -1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String path = i % 2 == 0 ? "sparql" + qs("query", ENDLESS + " #" + i) : "api/slow-test" + qs("n", Integer.toString(i + 1));
                futures.add(pool.submit(() -> ServerFixture.send(HttpRequest.newBuilder(URI.create(fx.shortBase + path)))));
            }
            for (Future<HttpResponse<String>> f : futures) assertThat(f.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(503);
        } finally {
            pool.shutdownNow();
        }
        assertThat(waitForIdle(server, idle)).as("busy threads after the timeouts").isLessThanOrEqualTo(idle);
        // and the server still answers at once
        HttpResponse<String> after = ServerFixture.send(HttpRequest.newBuilder(URI.create(fx.shortBase + "api/search" + qs("text", "cramp"))));
        assertThat(after.statusCode()).isEqualTo(200);
    }

    /** Busy threads once they stop falling (at most 10 s); with a target, returns as soon as it is reached. */
    private static int waitForIdle(LegkgServer server, int target) throws InterruptedException {
        int busy = server.busyThreads();
        for (int i = 0; i < 100 && (target < 0 ? i < 5 : busy > target); i++) {
            Thread.sleep(100);
            busy = server.busyThreads();
        }
        return busy;
    }

    @Test
    void staysUpAndCorrectUnder64ConcurrentClients() throws Exception {
        // the answers each client must get, fetched alone first
        List<String> paths = List.of(
                "api/deficiencies-for-symptom" + qs("symptom", "pins and needles"),
                "api/differential" + qs("symptoms", "tingling, numbness, muscle weakness"),
                "api/search" + qs("text", "cramps"),
                "api/symptoms-for-deficiency.csv" + qs("deficiency", "vitamin D deficiency"),
                "sparql" + qs("query", SparqlEndpointTest.SYMPTOMS),
                "sparql" + qs("query", "SELECT ?d (COUNT(?s) AS ?n) { ?d <https://w3id.org/legkg/ontology#mayCause> ?s } GROUP BY ?d ORDER BY ?d"));
        List<String> expected = new ArrayList<>();
        for (String p : paths) expected.add(fx.get(p, "Accept", "application/sparql-results+json").body());

        int clients = 64, rounds = 6;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        try {
            List<Callable<List<String>>> tasks = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                tasks.add(() -> {
                    List<String> problems = new ArrayList<>();
                    for (int r = 0; r < rounds; r++) {
                        int i = (client + r) % paths.size();
                        HttpResponse<String> resp = fx.get(paths.get(i), "Accept", "application/sparql-results+json");
                        if (resp.statusCode() != 200) problems.add(paths.get(i) + " -> " + resp.statusCode());
                        else if (!resp.body().equals(expected.get(i))) problems.add(paths.get(i) + " -> different answer");
                    }
                    return problems;
                });
            }
            List<String> problems = new ArrayList<>();
            for (Future<List<String>> f : pool.invokeAll(tasks, 120, TimeUnit.SECONDS)) problems.addAll(f.get());
            assertThat(problems).isEmpty();
        } finally {
            pool.shutdownNow();
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("64 clients x %d requests: %d ms (%.0f requests/s)%n", rounds, millis, clients * rounds * 1000.0 / Math.max(millis, 1));
        assertThat(fx.get("$/ping").statusCode()).isEqualTo(200);
    }

    /** The name of one of the editor's script files (hashed names change with the Fuseki UI version). */
    private static String uiScript() throws IOException {
        String index = fx.get("index.html").body();
        int at = index.indexOf("./static/");
        assertThat(at).isPositive();
        return index.substring(at + "./static/".length(), index.indexOf('"', at));
    }
}
