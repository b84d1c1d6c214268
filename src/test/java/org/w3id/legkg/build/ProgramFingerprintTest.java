package org.w3id.legkg.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-packaging unchanged code keeps the program's fingerprint (so no store rebuild); changed code changes it. */
class ProgramFingerprintTest {
    @TempDir Path dir;

    private Path classes(String name, byte[] classBytes, String built) throws IOException {
        Path root = dir.resolve(name);
        Files.createDirectories(root.resolve("org/w3id/legkg/build"));
        Path cls = Files.write(root.resolve("org/w3id/legkg/build/Step.class"), classBytes);
        Files.writeString(root.resolve("org/w3id/legkg/version.properties"), "version=2.0.0\nbuilt=" + built + "\n");
        Files.setLastModifiedTime(cls, FileTime.fromMillis(System.currentTimeMillis() - built.hashCode()));
        return root;
    }

    private Path jar(String name, byte[] classBytes, String built, String classPath) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        m.getMainAttributes().putValue("Build-Time", built);
        Path jar = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), m)) {
            out.putNextEntry(new JarEntry("org/w3id/legkg/build/Step.class"));
            out.write(classBytes);
            out.putNextEntry(new JarEntry("org/w3id/legkg/version.properties"));
            out.write(("version=2.0.0\nbuilt=" + built + "\n").getBytes());
        }
        return jar;
    }

    @Test
    void repackagingTheSameCodeKeepsTheFingerprint() throws IOException {
        byte[] code = {(byte) 0xCA, (byte) 0xFE, 1, 2, 3};
        assertThat(ProgramFingerprint.of(classes("a", code, "2026-12-08T01:00:00Z")))
                .isEqualTo(ProgramFingerprint.of(classes("b", code, "2026-12-08T02:30:00Z")));
        assertThat(ProgramFingerprint.of(jar("a.jar", code, "01:00", "lib/jena-arq-5.6.0.jar")))
                .isEqualTo(ProgramFingerprint.of(jar("b.jar", code, "02:30", "lib/jena-arq-5.6.0.jar")));
    }

    @Test
    void changedCodeOrDependenciesChangeIt() throws IOException {
        assertThat(ProgramFingerprint.of(classes("a", new byte[] {1, 2, 3}, "t")))
                .isNotEqualTo(ProgramFingerprint.of(classes("b", new byte[] {1, 2, 4}, "t")));
        assertThat(ProgramFingerprint.of(jar("a.jar", new byte[] {1}, "t", "lib/jena-arq-5.6.0.jar")))
                .isNotEqualTo(ProgramFingerprint.of(jar("b.jar", new byte[] {1}, "t", "lib/jena-arq-5.6.1.jar")));
    }
}
