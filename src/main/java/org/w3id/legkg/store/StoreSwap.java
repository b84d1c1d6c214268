package org.w3id.legkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Points {@code current} at a complete build in one atomic rename. */
public final class StoreSwap {
    private StoreSwap() {}

    public static void makeCurrent(StoreLayout store, Path buildDir) {
        Path link = store.currentLink();
        Path tmp = link.resolveSibling("current.tmp-" + ProcessHandle.current().pid());
        try {
            Files.deleteIfExists(tmp);
            // Relative target: the store directory can be moved or mounted elsewhere.
            Files.createSymbolicLink(tmp, link.getParent().relativize(buildDir));
            Files.move(tmp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot switch " + link + " to " + buildDir, e);
        }
    }
}
