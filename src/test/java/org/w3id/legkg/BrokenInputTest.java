package org.w3id.legkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.legkg.store.OpenStore;
import org.w3id.legkg.store.StoreLayout;

/** Malformed Turtle and SHACL violations stop the build with a clear report and leave the store as it was. */
class BrokenInputTest {
    @TempDir Path tmp;
    Path project;
    Path store;
    Path goodBuild;

    @BeforeEach
    void buildGoodStore() {
        project = TestProjects.copyFixture(tmp);
        store = tmp.resolve("store");
        assertThat(TestProjects.cli(project, store, "build").exitCode()).isZero();
        goodBuild = new StoreLayout(store).currentBuild().orElseThrow();
    }

    @Test
    void malformedTurtleExits2NamingFileLineAndColumn() throws Exception {
        Files.copy(TestProjects.BROKEN.resolve("malformed.ttl"), project.resolve("data/zz-malformed.ttl"));
        TestProjects.Run run = TestProjects.cli(project, store, "build");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).containsPattern("data/zz-malformed\\.ttl:5:\\d+: ");
        assertUntouched();

        TestProjects.Run validate = TestProjects.cli(project, null, "validate");
        assertThat(validate.exitCode()).isEqualTo(2);
        assertThat(validate.err()).contains("data/zz-malformed.ttl:5:");
    }

    @Test
    void aLastStatementWithoutItsDotIsAParseErrorOnItsLine() throws Exception {
        // Jena reads Turtle leniently unless told to be strict: it used to accept this file (riot --validate does not)
        Files.copy(TestProjects.BROKEN.resolve("no-final-dot.ttl"), project.resolve("data/zz-no-final-dot.ttl"));
        TestProjects.Run validate = TestProjects.cli(project, null, "validate");
        assertThat(validate.exitCode()).isEqualTo(2);
        assertThat(validate.err().strip()).isEqualTo("legkg validate: parse error: data/zz-no-final-dot.ttl:5: "
                + "Triples not terminated by DOT (the last statement of the file has no '.')");

        TestProjects.Run build = TestProjects.cli(project, store, "build");
        assertThat(build.exitCode()).isEqualTo(2);
        assertThat(build.err()).contains("data/zz-no-final-dot.ttl:5: Triples not terminated by DOT");
        assertUntouched();
    }

    @Test
    void shaclViolationExits1WithAReportByFocusNode() throws Exception {
        Files.copy(TestProjects.BROKEN.resolve("violating.ttl"), project.resolve("data/zz-violating.ttl"));
        TestProjects.Run run = TestProjects.cli(project, store, "build", "--force");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("lkd:Cramp", "path: rdfs:label", "Every symptom needs an English rdfs:label")
                .contains("lkd:IronDeficiency", "path: lk:causesSymptom", "value: lkd:VitaminB12",
                        "lk:causesSymptom must point at a lk:Symptom");
        assertThat(run.err()).contains("2 SHACL violation(s)");
        assertUntouched();

        TestProjects.Run validate = TestProjects.cli(project, null, "validate");
        assertThat(validate.exitCode()).isEqualTo(1);
        assertThat(validate.out()).contains("lkd:Cramp");
    }

    @Test
    void validateWritesNothing() {
        Path otherStore = project.resolve("store");
        TestProjects.Run run = TestProjects.cli(project, null, "validate");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("OK");
        assertThat(otherStore).doesNotExist();
    }

    private void assertUntouched() {
        StoreLayout layout = new StoreLayout(store);
        assertThat(layout.currentBuild()).contains(goodBuild);
        assertThat(layout.allBuilds()).containsExactly(goodBuild);
        try (OpenStore s = OpenStore.openCurrent(layout)) {
            assertThat(s.manifest().counts().get("data")).isPositive();
        }
    }
}
