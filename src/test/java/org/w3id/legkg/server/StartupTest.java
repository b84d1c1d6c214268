package org.w3id.legkg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.legkg.LegkgException;
import org.w3id.legkg.TestProjects;
import org.w3id.legkg.api.CannedQuery;
import org.w3id.legkg.api.CannedQueryArtifact;
import org.w3id.legkg.api.QueryCatalog;
import org.w3id.legkg.api.QueryParameter;
import org.w3id.legkg.store.OpenStore;

/**
 * Start-up: what /sparql does not need is prepared in the background (Deferred), and `legkg serve` warms the
 * result cache with every canned query's example, so the first calls from /queries and /api are hits.
 */
class StartupTest {
    @TempDir Path tmp;

    @Test
    void warmedServerAnswersEveryExampleFromTheCache() throws Exception {
        Path build = tmp.resolve(ServerFixture.get().buildDir.getFileName().toString());
        TestProjects.copyTree(ServerFixture.get().buildDir, build);
        try (LegkgServer server = LegkgServer.create(OpenStore.open(build)).port(0).warmCache(true).build().start()) {
            server.ready().get(120, TimeUnit.SECONDS);
            String base = server.baseUrl("127.0.0.1");
            List<String> warmed = new ArrayList<>();
            for (CannedQuery q : QueryCatalog.load(CannedQueryArtifact.dir(build)).all()) {
                List<String> qs = new ArrayList<>();
                for (QueryParameter p : q.parameters())
                    if (p.example() != null) { qs.add(p.name()); qs.add(p.example()); }
                HttpResponse<String> r = ServerFixture.send(HttpRequest.newBuilder(
                        URI.create(base + "api/" + q.name() + ServerFixture.qs(qs.toArray(String[]::new)))).GET());
                assertThat(r.statusCode()).as(q.name() + ": " + r.body()).isEqualTo(200);
                assertThat(r.headers().firstValue("X-Cache")).as(q.name()).contains("HIT");
                warmed.add(q.name());
            }
            assertThat(warmed).containsExactlyInAnyOrderElementsOf(ServerFixture.cannedQueryNames());
            assertThat(server.cachedAnswers()).isEqualTo(warmed.size());
        }
    }

    @Test
    void deferredValueIsComputedOnceAndRequestsWaitForIt() throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch release = new CountDownLatch(1);
            AtomicInteger runs = new AtomicInteger();
            Deferred<String> value = Deferred.start("a slow value", () -> {
                runs.incrementAndGet();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return "ready";
            }, background);
            ExecutorService requests = Executors.newFixedThreadPool(4);
            var answers = List.of(requests.submit(value::get), requests.submit(value::get), requests.submit(value::get));
            Thread.sleep(100);
            assertThat(answers).noneMatch(java.util.concurrent.Future::isDone);
            release.countDown();
            for (var a : answers) assertThat(a.get(10, TimeUnit.SECONDS)).isEqualTo("ready");
            assertThat(value.get()).isEqualTo("ready");
            assertThat(runs).hasValue(1);
            requests.shutdown();
        } finally {
            background.shutdownNow();
        }
    }

    @Test
    void aFailureReachesEveryRequestNamedByWhatWasComputed() {
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            Deferred<String> unchecked = Deferred.start("the label index", () -> {
                throw new LegkgException("store is gone");
            }, background);
            assertThatThrownBy(unchecked::get).isInstanceOf(LegkgException.class).hasMessage("store is gone");
            assertThatThrownBy(unchecked::get).hasMessage("store is gone");
            Deferred<String> error = Deferred.start("the query list page", () -> {
                throw new java.io.UncheckedIOException(new IOException("disk full"));
            }, background);
            assertThatThrownBy(error::get).isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("disk full");
            Deferred<String> fatal = Deferred.start("the OpenAPI document", () -> {
                throw new StackOverflowError();
            }, background);
            assertThatThrownBy(fatal::get).isInstanceOf(LegkgException.class).hasMessageContaining("the OpenAPI document");
        } finally {
            background.shutdownNow();
        }
    }
}
