package org.w3id.legkg.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/** What a build was made from and what it holds; its presence marks the build complete. */
public record BuildManifest(String fingerprint, String programVersion, Instant created, Map<String, Long> counts) {

    public void writeTo(Path buildDir) {
        Properties p = new Properties();
        p.setProperty("fingerprint", fingerprint);
        p.setProperty("program", programVersion);
        p.setProperty("created", created.toString());
        new TreeMap<>(counts).forEach((k, v) -> p.setProperty("count." + k, Long.toString(v)));
        Path file = StoreLayout.manifestFile(buildDir);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "LegKG build");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    public static Optional<BuildManifest> readFrom(Path buildDir) {
        Path file = StoreLayout.manifestFile(buildDir);
        if (!Files.isRegularFile(file)) return Optional.empty();
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            return Optional.empty();
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String key : p.stringPropertyNames())
            if (key.startsWith("count.")) counts.put(key.substring(6), Long.parseLong(p.getProperty(key)));
        return Optional.of(new BuildManifest(p.getProperty("fingerprint", ""), p.getProperty("program", ""),
                Instant.parse(p.getProperty("created", Instant.EPOCH.toString())), counts));
    }
}
