package org.w3id.legkg.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over the program's fingerprint ({@link ProgramFingerprint}) and the name and bytes of every input file.
 * Equal fingerprints mean the store would be rebuilt identically, so {@code build} and {@code serve} can skip the
 * work.
 */
public final class InputFingerprint {
    private InputFingerprint() {}

    public static String of(ProjectLayout layout, String program) {
        MessageDigest sha = sha256();
        update(sha, "program\0" + program + "\0");
        for (Path file : layout.allInputs()) {
            update(sha, "file\0" + layout.root().relativize(file).toString().replace('\\', '/') + "\0");
            try {
                sha.update(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + layout.display(file), e);
            }
            update(sha, "\0");
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
