package org.w3id.legkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.legkg.store.StoreLayout;

/**
 * TDB2 lets one process open a store. While `legkg serve` has it, `query` and `export` used to say only
 * "unexpected error (DBOpEnvException): Failed to get a lock"; they name the server's PID and what to do.
 */
class StoreInUseTest {
    @TempDir Path tmp;

    @Test
    void queryAndExportNameTheServerThatHoldsTheStore() throws Exception {
        Path project = TestProjects.copyFixture(tmp);
        Path store = tmp.resolve("store");
        Path build = TestProjects.build(project, store).currentBuild().orElseThrow();

        Process server = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.w3id.legkg.cli.Main",
                "serve", "--project", project.toString(), "--store", store.toString(), "--port", "0", "--no-warm-cache"))
                .redirectErrorStream(true).start();
        try {
            String started = serving(server);
            assertThat(started).as("serve's output").contains("LegKG serving " + build);
            long pid = server.pid();

            TestProjects.Run query = TestProjects.cli(project, store, "query", "symptoms-of", "-p", "deficiency=lkd:VitaminB12Deficiency");
            assertThat(query.exitCode()).isEqualTo(3);
            assertThat(query.err().strip()).isEqualTo("legkg query: error: the store " + build + " is used by `legkg serve` (PID "
                    + pid + "): stop it (kill " + pid + "), or let that server answer with `legkg query --endpoint URL`");

            TestProjects.Run export = TestProjects.cli(project, store, "export", "--out", tmp.resolve("x.nq").toString());
            assertThat(export.exitCode()).isEqualTo(3);
            assertThat(export.err()).contains("is used by `legkg serve` (PID " + pid + ")", "`legkg export --endpoint URL`");
            assertThat(tmp.resolve("x.nq")).doesNotExist();
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        // once the server is gone the store opens again
        assertThat(TestProjects.cli(project, store, "export", "--out", tmp.resolve("x.nq").toString()).exitCode()).isZero();
        assertThat(new StoreLayout(store).currentBuild()).contains(build);
    }

    /** serve's output up to the line that says it listens (or all of it, if it ended first); the rest is drained. */
    private static String serving(Process server) throws Exception {
        CompletableFuture<String> started = new CompletableFuture<>();
        Thread drain = new Thread(() -> {
            StringBuilder seen = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    seen.append(line).append('\n');
                    if (line.startsWith("LegKG serving ")) started.complete(seen.toString());
                }
            } catch (java.io.IOException e) {
                seen.append(e);
            }
            started.complete(seen.toString());
        }, "serve-output");
        drain.setDaemon(true);
        drain.start();
        return started.get(120, TimeUnit.SECONDS);
    }
}
