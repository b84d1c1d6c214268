package org.w3id.legkg.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.legkg.build.ProjectLayout;
import org.w3id.legkg.build.SourceReader;

/**
 * Line coverage: the real data cover every content line of the five articles (or the lines are excluded with a
 * reason), and the check fails on each kind of gap or inconsistency.
 */
class ArticleCoverageTest {
    private static final ProjectLayout PROJECT = new ProjectLayout(Path.of(""));

    @Test
    void everyContentLineOfEveryArticleIsClaimedAHeadingOrExcluded() {
        Path articles = PROJECT.articlesDir();
        Assumptions.assumeTrue(Files.isDirectory(articles),
                "SKIPPED: the source articles are not at " + articles + " (set LEGKG_ARTICLES): line coverage cannot be checked");
        CoverageReport report = ArticleCoverage.check(new SourceReader(PROJECT).read().data(), articles, PROJECT.coverageExclusions());
        System.out.print(report.format());
        assertThat(report.problems()).as(report.format()).isEmpty();
        assertThat(report.articles()).hasSize(5);
        assertThat(report.articles()).allSatisfy(a -> assertThat(a.claims()).isPositive());
    }

    // ---- the check itself, on a small article

    private static final String ARTICLE = "Title line\n\nFirst fact.\nSecond fact.\n\nNavigation\nThird fact.\n";
    private static final String DATA = """
            @prefix lk:      <https://w3id.org/legkg/ontology#> .
            @prefix lkd:     <https://w3id.org/legkg/id/> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            lkd:Article007 a lk:SourceArticle ; dcterms:identifier "007_test" ; lk:sourceSha256 "%s" ;
                lk:hasSection lkd:Article007-Section-1 .
            lkd:Article007-Section-1 lk:sourceLine 1 .
            lkd:Claim-007-3-A a lk:Claim ; lk:statedIn lkd:Article007 ; lk:sourceLine 3 .
            lkd:Claim-007-4-A a lk:Claim ; lk:statedIn lkd:Article007 ; lk:sourceLine 4 , 7 .
            %s
            """;

    @TempDir Path dir;
    Path articles, exclusions;
    String sha;

    @BeforeEach
    void writeArticle() throws IOException {
        articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("007_test.txt"), ARTICLE, StandardCharsets.UTF_8);
        sha = ArticleCoverage.sha256(ARTICLE.getBytes(StandardCharsets.UTF_8));
        exclusions = dir.resolve("coverage-exclusions.tsv");
        Files.writeString(exclusions, "# article\tline\treason\tnote\n007\t6\tnavigation\tsite menu\n");
    }

    private CoverageReport check(String sha, String moreData) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(DATA.formatted(sha, moreData), Lang.TURTLE).parse(g);
        return ArticleCoverage.check(g, articles, exclusions);
    }

    @Test
    void aFullyCoveredArticlePasses() {
        CoverageReport report = check(sha, "");
        assertThat(report.problems()).isEmpty();
        CoverageReport.ArticleLines a = report.articles().get(0);
        assertThat(a.lines()).isEqualTo(7);
        assertThat(a.contentLines()).isEqualTo(5);
        assertThat(a.claimLines()).isEqualTo(3);
        assertThat(a.headingLines()).isEqualTo(1);
        assertThat(a.excludedLines()).isEqualTo(1);
        assertThat(a.claims()).isEqualTo(2);
    }

    @Test
    void anUncoveredLineIsReported() throws IOException {
        Files.writeString(exclusions, "");
        assertThat(check(sha, "").problems()).containsExactly(
                "article 007 (007_test.txt): 1 content line(s) with no claim and no exclusion: [6]");
    }

    @Test
    void anAnchorOnABlankExcludedOrMissingLineIsReported() {
        assertThat(check(sha, "lkd:Claim-007-2-B a lk:Claim ; lk:statedIn lkd:Article007 ; lk:sourceLine 2 , 6 , 12 .").problems())
                .anySatisfy(p -> assertThat(p).startsWith("article 007 (007_test.txt) line 2 is blank, but 1 claim(s) are anchored to it"))
                .anySatisfy(p -> assertThat(p).startsWith("article 007 (007_test.txt) line 6 is excluded (navigation) but 1 claim(s)"))
                .anySatisfy(p -> assertThat(p).startsWith("article 007 (007_test.txt) has 7 lines, but lkd:Claim-007-2-B is anchored to line 12"));
    }

    @Test
    void aChangedArticleFileIsReported() {
        assertThat(check("0".repeat(64), "").problems()).singleElement().asString()
                .contains("the file's SHA-256 is " + sha + " but lk:sourceSha256 records " + "0".repeat(64));
    }

    @Test
    void badExclusionsAreReportedWithTheirLine() throws IOException {
        Files.writeString(exclusions, "007\t6\tnavigation\tmenu\n007\t2\tnavigation\tblank\n007\tsix\tnavigation\tx\n"
                + "007\t6\tboring\tx\n007\t5\tno-fact\t\n008\t1\tnavigation\tx\n");
        assertThat(check(sha, "").problems()).contains(
                "data/coverage-exclusions.tsv:3: line 'six' is not a number",
                "data/coverage-exclusions.tsv:5: a 'no-fact' exclusion says in its note why the line states no fact",
                "coverage-exclusions.tsv: article 007 (007_test.txt) line 2 is blank: blank lines need no exclusion",
                "coverage-exclusions.tsv: excludes lines of article 008, which the data do not describe")
                .anySatisfy(p -> assertThat(p).startsWith("data/coverage-exclusions.tsv:4: reason 'boring' is not one of"));
    }

    @Test
    void anArticleFileNoArticleDescribesIsReported() throws IOException {
        Files.writeString(articles.resolve("008_other.txt"), "text\n");
        assertThat(check(sha, "").problems()).singleElement().asString()
                .endsWith("008_other.txt: no lk:SourceArticle has this file's name as dcterms:identifier, so none of its lines is covered");
    }
}
