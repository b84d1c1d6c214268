package org.w3id.legkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.legkg.server.LegkgServer;
import org.w3id.legkg.store.OpenStore;
import org.w3id.legkg.store.StoreLayout;

/** The read-only SPARQL endpoint over the union of the graphs. */
class ServerTest {
    @TempDir Path tmp;
    LegkgServer server;
    String base;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        Path project = TestProjects.copyFixture(tmp);
        Path store = tmp.resolve("store");
        assertThat(TestProjects.cli(project, store, "build").exitCode()).isZero();
        server = LegkgServer.create(OpenStore.openCurrent(new StoreLayout(store))).port(0).host("127.0.0.1").build().start();
        base = server.baseUrl("127.0.0.1");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void answersQueriesOverTheUnionIncludingInferences() throws Exception {
        String q = "PREFIX lk: <https://w3id.org/legkg/ontology#> SELECT ?s { ?d lk:mayCause ?s . ?s a lk:Symptom }";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Tingling", "Numbness");
    }

    @Test
    void refusesUpdatesAndGraphStoreWrites() throws Exception {
        HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(base + "sparql"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(update.statusCode()).isBetween(400, 499);
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=DROP%20ALL")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isBetween(400, 499);
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(base + "sparql?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<a:b> <a:c> <a:d> .")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isBetween(400, 499);

        // the data is still all there
        String count = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "sparql?query=" + URLEncoder.encode(count, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.body().lines().skip(1).findFirst().map(s -> Integer.parseInt(s.trim()))).get().matches(n -> n > 20);
    }

    @Test
    void pingAnswers() throws Exception {
        assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "$/ping")).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }
}
