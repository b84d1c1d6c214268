package org.w3id.legkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Removes builds nobody needs: not current, and not open in a live process (a server started before the
 * last swap keeps serving its build until it restarts). Runs under the build lock.
 */
public final class BuildCleaner {
    private BuildCleaner() {}

    public static int removeUnused(StoreLayout store) {
        Optional<Path> current = store.currentBuild();
        int removed = 0;
        for (Path build : store.allBuilds()) {
            if (current.isPresent() && sameFile(current.get(), build)) continue;
            if (inUse(build)) continue;
            deleteTree(build);
            removed++;
        }
        return removed;
    }

    /** Never deletes a build it cannot tell apart from the current one. */
    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return true;
        }
    }

    /** A live process that opened the TDB2 database holds an OS lock on its tdb.lock. */
    static boolean inUse(Path build) {
        Path lock = StoreLayout.tdbDir(build).resolve("tdb.lock");
        if (!Files.isRegularFile(lock)) return false;
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock held = ch.tryLock();
            if (held == null) return true;
            held.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // open in this JVM
        } catch (IOException e) {
            return true; // unsure: keep it
        }
    }

    /** Deletes one build directory (never the current one: callers check). */
    public static void deleteBuild(Path dir) {
        deleteTree(dir);
    }

    /** Deletes a directory and everything below it; nothing happens if it does not exist. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }
                @Override public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + dir, e);
        }
    }
}
