package org.w3id.legkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.legkg.store.BuildLock;
import org.w3id.legkg.store.OpenStore;
import org.w3id.legkg.store.StoreLayout;

/** A second process that tries to build into a store being built gets a clear error and changes nothing. */
class ConcurrentBuildTest {
    @TempDir Path tmp;

    @Test
    void secondProcessIsRefusedWhileABuildHoldsTheLock() throws Exception {
        Path project = TestProjects.copyFixture(tmp);
        Path store = tmp.resolve("store");
        assertThat(TestProjects.cli(project, store, "build").exitCode()).isZero();
        StoreLayout layout = new StoreLayout(store);
        Path before = layout.currentBuild().orElseThrow();

        try (BuildLock held = BuildLock.acquire(layout)) {
            Process child = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    "org.w3id.legkg.cli.Main", "build", "--force", "--project", project.toString(), "--store", store.toString()))
                    .redirectErrorStream(true).start();
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.exitValue()).as(output).isEqualTo(3);
            assertThat(output).contains("is being built by another process (pid " + ProcessHandle.current().pid() + ")");
        }
        assertThat(layout.currentBuild()).contains(before);
        assertThat(layout.allBuilds()).containsExactly(before);
        try (OpenStore s = OpenStore.openCurrent(layout)) {
            assertThat(s.manifest().counts().get("quads")).isPositive();
        }
    }
}
