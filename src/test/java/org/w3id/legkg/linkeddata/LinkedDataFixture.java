package org.w3id.legkg.linkeddata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.legkg.Namespaces;
import org.w3id.legkg.TestHttp;
import org.w3id.legkg.TestProjects;
import org.w3id.legkg.server.LegkgServer;
import org.w3id.legkg.store.BuildCleaner;
import org.w3id.legkg.store.OpenStore;

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
        store = OpenStore.openCurrent(TestProjects.build(project, dir.resolve("store")));
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

    /** GET with optional headers given as name, value, name, value ... */
    HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, headers);
    }

    HttpResponse<String> send(String method, String path, String... headers) {
        return TestHttp.send(HttpRequest.newBuilder(URI.create(base + path)).method(method, HttpRequest.BodyPublishers.noBody()), headers);
    }

    HttpResponse<byte[]> getBytes(String path) {
        return TestHttp.send(HttpRequest.newBuilder(URI.create(base + path)), HttpResponse.BodyHandlers.ofByteArray());
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
