package org.w3id.legkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.w3id.legkg.build.BuildPipeline;
import org.w3id.legkg.build.ProjectLayout;
import org.w3id.legkg.store.OpenStore;
import org.w3id.legkg.store.StoreLayout;

/**
 * The repository's own ontology, data, shapes and queries, built once per test JVM into a temporary
 * store and kept open for every test that reads it (TDB2 shares one dataset per location in a JVM, so
 * tests must not close it).
 */
public final class RealProject {
    public static final ProjectLayout LAYOUT = new ProjectLayout(Path.of("."));
    private static OpenStore store;

    private RealProject() {}

    public static synchronized OpenStore store() {
        if (store == null) {
            try {
                Path dir = Files.createTempDirectory("legkg-real-store");
                StoreLayout layout = new StoreLayout(dir);
                BuildPipeline.create(LAYOUT).store(layout).build().run();
                store = OpenStore.openCurrent(layout);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }
}
