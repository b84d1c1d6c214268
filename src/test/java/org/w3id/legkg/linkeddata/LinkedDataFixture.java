package org.w3id.legkg.linkeddata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.legkg.Namespaces;
import org.w3id.legkg.TestProjects;
import org.w3id.legkg.server.LegkgServer;
import org.w3id.legkg.store.BuildCleaner;
import org.w3id.legkg.store.OpenStore;
import org.w3id.legkg.store.StoreLayout;

/**
 * One real build of the linked-data fixture project (src/test/resources/linkeddata/project) and one server
 * on a free port, shared by the linked-data test classes of a test run: building takes seconds, and
 * nothing here writes to the store. Closed and deleted when the JVM exits.
 */
final class LinkedDataFixture {
    static final Path PROJECT = Path.of("src/test/resources/linkeddata/project");

    private static LinkedDataFixture instance;

    final Path dir;
    final OpenStore store;
    final LegkgServer server;
    /** http://127.0.0.1:PORT (no trailing slash): append paths such as /id/VitaminB12. */
    final String base;

    private LinkedDataFixture() throws IOException {
        dir = Files.createTempDirectory("legkg-linkeddata-");
        Path project = dir.resolve("project");
        TestProjects.copyTree(PROJECT, project);
        Path storeDir = dir.resolve("store");
        TestProjects.Run build = TestProjects.cli(project, storeDir, "build");
        if (build.exitCode() != 0)
            throw new IllegalStateException("Building the linked-data fixture failed (exit " + build.exitCode() + "):\n" + build.out() + build.err());
        store = OpenStore.openCurrent(new StoreLayout(storeDir));
        server = LegkgServer.create(store).port(0).host("127.0.0.1").build().start();
        base = "http://127.0.0.1:" + server.port();
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "linkeddata-fixture-cleanup"));
    }

    static synchronized LinkedDataFixture get() {
        if (instance == null) {
            try {
                instance = new LinkedDataFixture();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    DatasetGraph dataset() { return store.dataset(); }

    <T> T read(Supplier<T> action) { return Txn.calculateRead(store.dataset(), action); }

    static Node lkd(String name) { return NodeFactory.createURI(Namespaces.LKD + name); }

    static Node lk(String name) { return NodeFactory.createURI(Namespaces.LK + name); }

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** GET with optional headers given as name, value, name, value ... */
    HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, headers);
    }

    HttpResponse<String> send(String method, String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> getBytes(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void close() {
        try {
            server.close();
        } catch (RuntimeException ignored) {
            // the JVM is exiting; the temp dir goes anyway
        }
        try {
            BuildCleaner.deleteTree(dir);
        } catch (UncheckedIOException ignored) {
            // best effort at exit
        }
    }
}
