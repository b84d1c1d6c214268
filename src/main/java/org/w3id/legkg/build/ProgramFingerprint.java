package org.w3id.legkg.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.w3id.legkg.Version;

/**
 * SHA-256 of the program's content: the name and bytes of every class and resource of the LegKG code (the jar,
 * or the classes folder when run from a build tree), the release version and the dependency jars the manifest
 * names. Re-packaging unchanged code gives the same fingerprint (the compile time is left out), so a store is
 * rebuilt only when the code that makes it changed, not after every {@code mvn package}.
 */
public final class ProgramFingerprint {
    /** Entries that change with every packaging and say nothing about what the program does. */
    private static final Set<String> LEFT_OUT = Set.of("META-INF/MANIFEST.MF", "org/w3id/legkg/version.properties");

    private static volatile String cached;

    private ProgramFingerprint() {}

    /** The fingerprint of the running program (computed once). */
    public static String current() {
        String f = cached;
        if (f == null) {
            try {
                f = of(Path.of(Version.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (URISyntaxException e) {
                throw new IllegalStateException("Cannot locate the program's code", e);
            }
            cached = f;
        }
        return f;
    }

    /** The fingerprint of the code at a jar or a classes folder. */
    public static String of(Path code) {
        TreeMap<String, byte[]> entries = new TreeMap<>();
        String classPath = "";
        try {
            if (Files.isDirectory(code)) {
                try (Stream<Path> s = Files.walk(code)) {
                    for (Path p : s.filter(Files::isRegularFile).toList()) {
                        String name = code.relativize(p).toString().replace('\\', '/');
                        if (!LEFT_OUT.contains(name)) entries.put(name, Files.readAllBytes(p));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(code.toFile())) {
                    if (jar.getManifest() != null)
                        classPath = String.valueOf(jar.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH));
                    for (JarEntry e : jar.stream().toList()) {
                        if (e.isDirectory() || LEFT_OUT.contains(e.getName())) continue;
                        try (InputStream in = jar.getInputStream(e)) {
                            entries.put(e.getName(), in.readAllBytes());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the program's code at " + code, e);
        }
        MessageDigest sha = sha256();
        update(sha, "version\0" + Version.version() + "\0classpath\0" + classPath + "\0");
        entries.forEach((name, bytes) -> {
            update(sha, name + "\0");
            sha.update(bytes);
            update(sha, "\0");
        });
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
