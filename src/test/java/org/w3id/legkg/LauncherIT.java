package org.w3id.legkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./legkg} launcher as a user runs it, against the packaged jar (hence an integration test, run by
 * failsafe after {@code package}): it works from any directory, passes arguments and exit codes through,
 * records a class-data-sharing archive per command on the first run (also when {@code serve} is stopped
 * with a TERM signal), uses it afterwards, and keeps stdout free of JVM log lines.
 */
class LauncherIT {
    @TempDir Path tmp;
    Path home;
    Path project;

    /** A launcher copy whose target/ links to the jar Maven just built, with sources older than the jar. */
    @BeforeEach
    void install() throws IOException {
        Path buildDir = Path.of(System.getProperty("legkg.buildDir", "target")).toAbsolutePath();
        assertThat(buildDir.resolve("legkg.jar")).as("run by failsafe after package").exists();
        home = tmp.resolve("home");
        Files.createDirectories(home.resolve("target"));
        Files.createDirectories(home.resolve("src/main"));
        Files.copy(Path.of("legkg"), home.resolve("legkg"));
        Files.writeString(home.resolve("pom.xml"), "<project/>");
        Files.createSymbolicLink(home.resolve("target/legkg.jar"), buildDir.resolve("legkg.jar"));
        Files.createSymbolicLink(home.resolve("target/lib"), buildDir.resolve("lib"));
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        for (Path p : List.of(home.resolve("pom.xml"), home.resolve("src/main"))) Files.setLastModifiedTime(p, old);
        project = TestProjects.copyFixture(tmp);
    }

    @Test
    void versionFromAnotherDirectoryRecordsNoArchive() throws Exception {
        Result r = run(Map.of(), "--version");
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).startsWith("legkg ").contains("Apache Jena 5.6.0");
        assertThat(home.resolve("target/cds")).doesNotExist();
    }

    @Test
    void firstRunRecordsTheArchiveLaterRunsUseItAndOutputIsUnchanged() throws Exception {
        Path archive = home.resolve("target/cds/validate.jsa");
        Result first = run(Map.of(), "validate", "--project", project.toString());
        assertThat(first.code).as(first.err).isZero();
        assertThat(archive).isNotEmptyFile();
        assertThat(Files.list(archive.getParent()).map(Path::toString)).noneMatch(n -> n.endsWith(".tmp"));
        FileTime recorded = Files.getLastModifiedTime(archive);

        Result second = run(Map.of(), "validate", "--project", project.toString());
        assertThat(second.code).as(second.err).isZero();
        assertThat(untimed(second.out)).isEqualTo(untimed(first.out));
        assertThat(first.out + first.err + second.out + second.err).doesNotContain("[cds").doesNotContain("[warning]");
        assertThat(Files.getLastModifiedTime(archive)).as("used, not recorded again").isEqualTo(recorded);
    }

    @Test
    void exitCodesPassThroughAndCdsCanBeTurnedOff() throws Exception {
        Result usage = run(Map.of("LEGKG_CDS", "off"), "build", "--no-such-option");
        assertThat(usage.code).isEqualTo(2);
        assertThat(usage.err).contains("--no-such-option");
        Path broken = TestProjects.copyFixture(tmp.resolve("broken"));
        Files.copy(TestProjects.BROKEN.resolve("malformed.ttl"), broken.resolve("data/malformed.ttl"));
        Result parse = run(Map.of(), "validate", "--project", broken.toString());
        assertThat(parse.code).as(parse.out + parse.err).isEqualTo(2);
        assertThat(parse.err + parse.out).contains("malformed.ttl");
        assertThat(home.resolve("target/cds/build.jsa")).doesNotExist();
    }

    @Test
    void serveStoppedWithTermStillLeavesItsArchive() throws Exception {
        Path store = tmp.resolve("store");
        ProcessBuilder pb = command("serve", "--project", project.toString(), "--store", store.toString(), "--port", "0",
                "--no-warm-cache");
        Process serve = pb.redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> seen = new ArrayList<>();
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("LegKG serving")) seen.add(line);
            assertThat(line).as("serve output: %s", seen).isNotNull();
            serve.toHandle().destroy(); // SIGTERM to the launcher, which passes it on to the JVM
            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            serve.destroyForcibly();
        }
        assertThat(home.resolve("target/cds/serve.jsa")).isNotEmptyFile();
        try (Stream<ProcessHandle> children = ProcessHandle.current().descendants()) {
            assertThat(children.filter(p -> p.info().commandLine().orElse("").contains(store.toString())))
                    .as("no JVM left behind").isEmpty();
        }
    }

    /** Progress lines end with their step's time, which differs from run to run. */
    private static String untimed(String out) {
        return out.replaceAll("\\([^()]*\\d+\\.\\d+ s[^()]*\\)", "(t)");
    }

    private record Result(int code, String out, String err) {}

    private Result run(Map<String, String> env, String... args) throws Exception {
        ProcessBuilder pb = command(args);
        pb.environment().putAll(env);
        Path out = tmp.resolve("out.txt"), err = tmp.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** The launcher, started from a directory that is not its own. */
    private ProcessBuilder command(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(home.resolve("legkg").toString()));
        cmd.addAll(List.of(args));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(elsewhere.toFile());
        pb.environment().remove("LEGKG_HOME");
        pb.environment().remove("LEGKG_CDS");
        return pb;
    }
}
