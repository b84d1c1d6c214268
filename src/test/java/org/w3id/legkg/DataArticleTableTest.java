package org.w3id.legkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.legkg.api.BoundQuery;
import org.w3id.legkg.api.CannedQuery;
import org.w3id.legkg.api.LabelIndex;
import org.w3id.legkg.api.ParameterBinder;

/**
 * queries/article-table.rq rebuilds each article's comparison table from the graph. The expected cells
 * are written by hand from the articles (src/test/resources/article-tables/ARTICLE.tsv: headers, then one
 * line per table row, items separated by " | ": what the cell names, in the vocabulary's labels, with the
 * body locations and qualifiers it gives); every item must come back in its cell. A claim may carry two
 * lk:inColumn values (one fact stated in two cells; a table co-location of a mechanism cell and a symptom
 * cell), so the mechanism cell must hold the mechanism and not the symptoms of its row.
 */
class DataArticleTableTest {
    @ParameterizedTest
    @ValueSource(strings = {"000_d49dca91c071e4c3", "001_2485732227a15f94", "002_a15c15a6fe72b26b",
            "003_38045139196c968a", "004_844252e0b4b0a487"})
    void reproducesEveryCellOfTheArticlesTable(String identifier) throws Exception {
        List<String> fixture = Files.readAllLines(Path.of("src/test/resources/article-tables/" + identifier + ".tsv"))
                .stream().filter(l -> !l.isBlank()).toList();
        String[] headerCells = fixture.get(0).split("\t");
        String expectedHeaders = String.join(" | ", headerCells);

        DatasetGraph dsg = RealProject.store().dataset();
        CannedQuery canned = CannedQuery.load(Path.of("queries/article-table.rq"));
        String article = articleIri(dsg, identifier);
        BoundQuery bound = new ParameterBinder(dsg, LabelIndex.build(dsg))
                .bind(canned, Map.of("article", List.of(article)));

        List<List<String>> rows = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        Txn.executeRead(dsg, () -> {
            RowSet rs = QueryExec.dataset(dsg).query(bound.toQuery()).select();
            rs.forEachRemaining(b -> {
                headers.add(b.get("headers").getLiteralLexicalForm());
                List<String> cells = new ArrayList<>();
                for (int c = 1; c <= 5; c++) {
                    Node n = b.get("col" + c);
                    cells.add(n == null ? "" : n.getLiteralLexicalForm());
                }
                rows.add(cells);
            });
        });

        assertThat(rows).as("table rows of " + identifier).hasSize(fixture.size() - 1);
        assertThat(headers).allMatch(expectedHeaders::equals, "headers " + expectedHeaders);
        List<String> missing = new ArrayList<>();
        for (int r = 1; r < fixture.size(); r++) {
            String[] expectedCells = fixture.get(r).split("\t", -1);
            for (int c = 0; c < expectedCells.length; c++) {
                Set<String> actual = items(rows.get(r - 1).get(c));
                for (String item : items(expectedCells[c]))
                    if (!actual.contains(item))
                        missing.add("row " + r + " column " + (c + 1) + ": '" + item + "'");
                // A mechanism cell is linked to the symptom cells of its row by table co-location claims (two
                // lk:inColumn values): it holds the mechanisms and no symptom of the row.
                if (headerCells[c].equals("Key Mechanism"))
                    assertThat(actual).as("row " + r + " " + headerCells[c]).isEqualTo(items(expectedCells[c]));
            }
        }
        assertThat(missing).as("fixture items missing from the rebuilt table of " + identifier + " (rows: " + rows + ")").isEmpty();
    }

    private static Set<String> items(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String articleIri(DatasetGraph dsg, String identifier) {
        return Txn.calculateRead(dsg, () -> {
            RowSet rs = QueryExec.dataset(dsg).query("""
                    PREFIX dcterms: <http://purl.org/dc/terms/>
                    PREFIX lk: <https://w3id.org/legkg/ontology#>
                    SELECT ?a { ?a a lk:SourceArticle ; dcterms:identifier ?id FILTER(str(?id) = "%s") }"""
                    .formatted(identifier)).select();
            assertThat(rs.hasNext()).as("a lk:SourceArticle with dcterms:identifier " + identifier).isTrue();
            return rs.next().get("a").getURI();
        });
    }
}
