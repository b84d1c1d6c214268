package org.w3id.legkg.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.legkg.Namespaces;
import org.w3id.legkg.TestProjects;

/**
 * `legkg validate` on a private copy of the real project (ontology/, data/, shapes/): clean it exits 0; broken
 * it prints the report by focus node and exits 1; with only a warning it prints the warning and exits 0.
 */
class ValidateCommandTest {
    static final String PREFIXES = """
            @prefix lk:   <https://w3id.org/legkg/ontology#> .
            @prefix lkd:  <https://w3id.org/legkg/id/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix obo:  <http://purl.obolibrary.org/obo/> .
            """;

    @TempDir Path tmp;
    Path project;

    @BeforeEach
    void copyRealProject() {
        project = tmp.resolve("project");
        for (String dir : new String[] {"ontology", "data", "shapes"})
            TestProjects.copyTree(Path.of(dir), project.resolve(dir));
    }

    @Test
    void theRealProjectValidates() {
        TestProjects.Run run = TestProjects.cli(project, null, "validate");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("0 violations, 0 warnings, 0 infos", "OK: the data conforms to the shapes");
    }

    @Test
    void coverageOfTheRealArticlesIsCompleteAndAChangedArticleFailsIt() throws Exception {
        Path articles = new org.w3id.legkg.build.ProjectLayout(Path.of("")).articlesDir();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(articles),
                "SKIPPED: the source articles are not at " + articles + ": coverage cannot be checked");
        TestProjects.Run run = TestProjects.cli(project, null, "validate", "--coverage", "--articles", articles.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("000     000_d49dca91c071e4c3.txt", "Coverage complete");

        // A copy of the articles in which article 002 gained a line: its hash no longer matches and the line is uncovered.
        Path changed = tmp.resolve("articles");
        TestProjects.copyTree(articles, changed);
        Path file = changed.resolve("002_a15c15a6fe72b26b.txt");
        file.toFile().setWritable(true);
        Files.writeString(file, Files.readString(file) + "\nA sentence added after the claims were written.\n");
        run = TestProjects.cli(project, null, "validate", "--coverage", "--articles", changed.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out()).contains("article 002 (002_a15c15a6fe72b26b.txt): the file's SHA-256 is",
                "article 002 (002_a15c15a6fe72b26b.txt): 1 content line(s) with no claim and no exclusion: [53]");
    }

    @Test
    void coverageWithoutTheArticlesSaysWhereItLooked() {
        TestProjects.Run run = TestProjects.cli(project, null, "validate", "--coverage", "--articles", tmp.resolve("nowhere").toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("--coverage: the article folder", "nowhere", "does not exist");
    }

    @Test
    void aBrokenCopyPrintsTheReportAndExits1() throws Exception {
        // A claim-backed triple between two real individuals that no article states (so no claim backs it) ...
        Model data = RDFDataMgr.loadModel(project.resolve("data/deficiencies.ttl").toString());
        RDFDataMgr.read(data, project.resolve("data/symptoms.ttl").toString());
        for (int i = 0; i < 5; i++) RDFDataMgr.read(data, project.resolve("data/article-00" + i + ".ttl").toString());
        String[] unstated = firstUnstatedDeficiencySymptomPair(data);
        String deficiency = "lkd:" + unstated[0], symptom = "lkd:" + unstated[1];
        // ... and a new symptom without a definition.
        Files.writeString(project.resolve("data/zz-broken.ttl"), PREFIXES + """
                %s lk:causesSymptom %s .
                lkd:KneeBuckling a lk:MotorSymptom ;
                    rdfs:label "knee buckling"@en .
                """.formatted(deficiency, symptom));

        TestProjects.Run run = TestProjects.cli(project, null, "validate");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out())
                .contains("2 violations")
                .contains(deficiency + "\n  VIOLATION  path: lk:causesSymptom  value: " + symptom + "\n")
                .contains("Claim backing rule: the triple " + deficiency + " lk:causesSymptom " + symptom
                        + " uses a claim-backed property")
                .contains("lkd:KneeBuckling\n  VIOLATION  path: obo:IAO_0000115\n")
                .contains("Definition rule: every described individual has exactly one definition")
                .doesNotContain("OK: the data conforms");
        assertThat(run.err()).contains("legkg validate: validation failed: 2 SHACL violation(s)");
    }

    @Test
    void aWarningIsPrintedButDoesNotFailValidation() throws Exception {
        Files.writeString(project.resolve("data/zz-warning.ttl"), PREFIXES + """
                lkd:Mild a lk:SeverityQualifier ;
                    rdfs:label "mild"@en ;
                    obo:IAO_0000115 "The article ties the statement to mild cases."@en .
                """);

        TestProjects.Run run = TestProjects.cli(project, null, "validate");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out())
                .contains("0 violations, 1 warnings")
                .contains("lkd:Mild\n  WARNING  path: -")
                .contains("Controlled qualifier rule: this qualifier is not in the reviewed list.")
                .contains("OK: the data conforms to the shapes");
    }

    /** The first (deficiency, symptom) pair, by IRI, with no lk:causesSymptom triple between them. */
    private static String[] firstUnstatedDeficiencySymptomPair(Model data) {
        String query = """
                PREFIX lk: <%s>
                SELECT ?d ?s WHERE {
                    ?d lk:deficiencyOf ?n .
                    ?s a ?symptomClass .
                    FILTER (STRSTARTS(STR(?symptomClass), STR(lk:)))
                    FILTER EXISTS { ?anyDeficiency lk:causesSymptom ?s }
                    FILTER NOT EXISTS { ?d lk:causesSymptom ?s }
                } ORDER BY STR(?d) STR(?s) LIMIT 1""".formatted(Namespaces.LK);
        try (QueryExecution qe = QueryExecution.create(query, data)) {
            QuerySolution row = qe.execSelect().next();
            return new String[] {row.getResource("d").getLocalName(), row.getResource("s").getLocalName()};
        }
    }
}
