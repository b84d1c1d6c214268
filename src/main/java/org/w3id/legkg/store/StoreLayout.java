package org.w3id.legkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * On-disk layout of a store directory:
 * <pre>
 *   STORE/build.lock          held by the process that is building
 *   STORE/builds/ID/tdb2/     one complete TDB2 database per build
 *   STORE/builds/ID/build.properties   written last: a build without it is incomplete
 *   STORE/current -> builds/ID         swapped atomically when a build is complete
 * </pre>
 * Readers resolve {@code current} once, so a swap never changes the files under an open store.
 */
public record StoreLayout(Path dir) {

    private static final DateTimeFormatter ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS").withZone(ZoneOffset.UTC);

    public StoreLayout {
        dir = dir.toAbsolutePath().normalize();
    }

    public Path buildsDir() { return dir.resolve("builds"); }
    public Path currentLink() { return dir.resolve("current"); }
    public Path lockFile() { return dir.resolve("build.lock"); }

    /** A fresh, not yet existing build directory; its name sorts by creation time. */
    public Path newBuildDir() {
        return buildsDir().resolve(ID_TIME.format(Instant.now()) + "-" + ProcessHandle.current().pid());
    }

    public static Path tdbDir(Path buildDir) { return buildDir.resolve("tdb2"); }

    public static Path manifestFile(Path buildDir) { return buildDir.resolve("build.properties"); }

    /** The build {@code current} points to, if there is one and it is complete. */
    public Optional<Path> currentBuild() {
        Path link = currentLink();
        if (!Files.isSymbolicLink(link)) return Optional.empty();
        try {
            // Under this store's own path, like allBuilds(): not the real path, which differs when a parent
            // directory is a symbolic link (and the build cleaner compares the two).
            Path target = link.resolveSibling(Files.readSymbolicLink(link)).normalize();
            return Files.isRegularFile(manifestFile(target)) ? Optional.of(target) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public List<Path> allBuilds() {
        if (!Files.isDirectory(buildsDir())) return List.of();
        try (Stream<Path> s = Files.list(buildsDir())) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
