package org.w3id.legkg.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.legkg.TestProjects;

/**
 * The build materialises with {@link RuleMaterialiser} by default (only it classifies into defined classes)
 * and reports what it asserted and inferred.
 */
class InferStepTest {
    @TempDir Path tmp;

    @Test
    void buildPrintsAssertedAndInferredCountsByKind() {
        Path project = TestProjects.copyFixture(tmp);
        TestProjects.Run run = TestProjects.cli(project, tmp.resolve("store"), "build");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String infer = run.out().lines().filter(l -> l.startsWith("infer")).findFirst().orElseThrow();
        // The fixture: B12 deficiency of a vitamin is a VitaminDeficiency (defined class),
        // Tingling and Numbness are SensorySymptoms and Symptoms, B12 a Nutrient (subclass: 5),
        // causesSymptom ⊑ mayCause (subproperty: 2).
        assertThat(infer).containsPattern("asserted [0-9,]+ \\(ontology [0-9,]+, data [0-9,]+\\)")
                .contains("inferred 8 (subclass 5, defined-class 1, subproperty 2)")
                .containsPattern("\\([0-9.]+ s\\)$");
    }

    @Test
    void anUnsupportedAxiomFailsTheBuildNamingIt() throws Exception {
        Path project = TestProjects.copyFixture(tmp);
        java.nio.file.Files.writeString(project.resolve("ontology/fixture.ttl"),
                "\nlk:deficiencyOf a owl:FunctionalProperty .\n", java.nio.file.StandardOpenOption.APPEND);
        TestProjects.Run run = TestProjects.cli(project, tmp.resolve("store"), "build");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("Unsupported axiom for materialisation: lk:deficiencyOf rdf:type owl:FunctionalProperty")
                .contains("equality reasoning is not supported");
        assertThat(run.out()).doesNotContain("swap");
    }
}
