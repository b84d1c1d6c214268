package org.w3id.legkg.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.w3id.legkg.build.Progress;

/** What the dump artifacts ({@link NQuadsDump}, {@link TurtleDump}) share. */
final class DumpFiles {
    private DumpFiles() {}

    /**
     * Gzip with a 64 KiB buffer (the default 512 bytes makes a deflate call per small write).
     * GZIPOutputStream writes a zero timestamp in its header, so equal content gives equal bytes.
     */
    static GZIPOutputStream gzip(OutputStream out) throws IOException {
        return new GZIPOutputStream(out, 1 << 16);
    }

    static String kib(Path file) {
        try {
            return Progress.count(Math.max(1, Files.size(file) / 1024)) + " KiB";
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the size of " + file, e);
        }
    }
}
