package org.w3id.legkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds of the same sources export byte-identical sorted N-Quads, blank nodes included. */
class DeterminismTest {
    @TempDir Path tmp;

    @Test
    void twoBuildsExportIdenticalNQuads() throws Exception {
        Path project = TestProjects.copyFixture(tmp);
        Path a = tmp.resolve("a.nq"), b = tmp.resolve("b.nq");
        assertThat(TestProjects.cli(project, tmp.resolve("s1"), "build").exitCode()).isZero();
        assertThat(TestProjects.cli(project, tmp.resolve("s2"), "build").exitCode()).isZero();
        assertThat(TestProjects.cli(project, tmp.resolve("s1"), "export", "--out", a.toString()).exitCode()).isZero();
        assertThat(TestProjects.cli(project, tmp.resolve("s2"), "export", "--out", b.toString()).exitCode()).isZero();

        String first = Files.readString(a), second = Files.readString(b);
        assertThat(first).contains("_:c"); // the fixture's restriction has blank nodes
        assertThat(first.lines()).isSorted();
        assertThat(second).isEqualTo(first);
    }
}
