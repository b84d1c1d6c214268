package org.w3id.legkg.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.legkg.Namespaces;

/**
 * Checks that the data say everything the articles say, line by line: every content (non-blank) line of every
 * article file is the anchor of at least one claim ({@code lk:statedIn} the article, {@code lk:sourceLine} the
 * line), the line of one of its section headings or comparison-table headers, or is excluded with a reason in
 * {@code data/coverage-exclusions.tsv}; no anchor points at a blank, excluded or missing line; and every
 * article file still has the SHA-256 its {@code lk:sourceSha256} records, so the line numbers mean what they
 * meant when the claims were written.
 */
public final class ArticleCoverage {
    private static final String LK = Namespaces.LK;
    private static final Node SOURCE_ARTICLE = NodeFactory.createURI(LK + "SourceArticle");
    private static final Node CLAIM = NodeFactory.createURI(LK + "Claim");
    private static final Node STATED_IN = NodeFactory.createURI(LK + "statedIn");
    private static final Node SOURCE_LINE = NodeFactory.createURI(LK + "sourceLine");
    private static final Node SOURCE_SHA256 = NodeFactory.createURI(LK + "sourceSha256");
    private static final Node HAS_SECTION = NodeFactory.createURI(LK + "hasSection");
    private static final Node HAS_TABLE = NodeFactory.createURI(LK + "hasTable");

    private ArticleCoverage() {}

    /**
     * @param data the data graph after the parse stage (claims in the lk:Claim form)
     * @param articlesDir the folder holding the article files ({@code <dcterms:identifier>.txt})
     * @param exclusions the exclusions file; a missing file means no exclusions
     */
    public static CoverageReport check(Graph data, Path articlesDir, Path exclusions) {
        List<String> problems = new ArrayList<>();
        CoverageExclusions excluded = CoverageExclusions.read(exclusions, problems);
        Map<String, Node> articlesByNumber = new TreeMap<>();
        for (Node article : data.find(Node.ANY, RDF.type.asNode(), SOURCE_ARTICLE).mapWith(Triple::getSubject).toList()) {
            String number = number(article);
            if (number == null) problems.add(Namespaces.shortForm(article) + ": a source article is named lkd:ArticleNNN");
            else articlesByNumber.put(number, article);
        }
        Map<Node, Anchors> anchors = anchors(data);

        List<CoverageReport.ArticleLines> reports = new ArrayList<>();
        Set<String> described = new TreeSet<>();
        for (Map.Entry<String, Node> e : articlesByNumber.entrySet()) {
            String number = e.getKey();
            Node article = e.getValue();
            Node id = first(data, article, DCTerms.identifier.asNode());
            if (id == null || !id.isLiteral()) {
                problems.add("article " + number + ": no dcterms:identifier, so its file cannot be found");
                continue;
            }
            Path file = articlesDir.resolve(id.getLiteralLexicalForm() + ".txt");
            described.add(file.getFileName().toString());
            if (!Files.isRegularFile(file)) {
                problems.add("article " + number + ": " + file + " does not exist");
                continue;
            }
            reports.add(checkArticle(number, article, file, data, anchors.getOrDefault(article, new Anchors()),
                    excluded.forArticle(number), problems));
        }
        for (String file : articleFiles(articlesDir))
            if (!described.contains(file))
                problems.add(articlesDir.resolve(file) + ": no lk:SourceArticle has this file's name as dcterms:identifier, so none of its lines is covered");
        for (String number : excluded.articles())
            if (!articlesByNumber.containsKey(number))
                problems.add(exclusions.getFileName() + ": excludes lines of article " + number + ", which the data do not describe");
        return new CoverageReport(reports, problems);
    }

    private static CoverageReport.ArticleLines checkArticle(String number, Node article, Path file, Graph data,
            Anchors anchors, Map<Integer, String> excluded, List<String> problems) {
        byte[] bytes = read(file);
        String sha = sha256(bytes);
        Node recorded = first(data, article, SOURCE_SHA256);
        String where = "article " + number + " (" + file.getFileName() + ")";
        if (recorded == null)
            problems.add(where + ": no lk:sourceSha256; record " + sha + " in data/articles.ttl");
        else if (!recorded.getLiteralLexicalForm().equals(sha))
            problems.add(where + ": the file's SHA-256 is " + sha + " but lk:sourceSha256 records "
                    + recorded.getLiteralLexicalForm() + ": the article changed, so every line number must be checked again");

        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n", -1);
        int count = lines.length > 0 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        int content = 0, byClaims = 0, byStructure = 0, byExclusion = 0;
        List<Integer> uncovered = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            boolean blank = lines[n - 1].isBlank();
            boolean claimed = anchors.claimLines.containsKey(n);
            boolean structural = anchors.structureLines.contains(n);
            String reason = excluded.get(n);
            if (blank) {
                if (claimed) problems.add(where + " line " + n + " is blank, but " + anchors.claimLines.get(n).size() + " claim(s) are anchored to it, e.g. " + Namespaces.shortForm(anchors.claimLines.get(n).get(0)));
                if (structural) problems.add(where + " line " + n + " is blank, but a section or table header is anchored to it");
                if (reason != null) problems.add("coverage-exclusions.tsv: " + where + " line " + n + " is blank: blank lines need no exclusion");
                continue;
            }
            content++;
            if (reason != null && (claimed || structural))
                problems.add(where + " line " + n + " is excluded (" + reason + ") but " + (claimed
                        ? anchors.claimLines.get(n).size() + " claim(s) are anchored to it, e.g. " + Namespaces.shortForm(anchors.claimLines.get(n).get(0))
                        : "a section or table header is anchored to it") + ": keep one");
            if (claimed) byClaims++;
            else if (structural) byStructure++;
            else if (reason != null) byExclusion++;
            else uncovered.add(n);
        }
        for (Map.Entry<Integer, List<Node>> e : anchors.claimLines.entrySet())
            if (e.getKey() > count)
                problems.add(where + " has " + count + " lines, but " + Namespaces.shortForm(e.getValue().get(0)) + " is anchored to line " + e.getKey());
        for (int n : anchors.structureLines)
            if (n > count) problems.add(where + " has " + count + " lines, but a section or table header is anchored to line " + n);
        for (int n : excluded.keySet())
            if (n > count) problems.add("coverage-exclusions.tsv: " + where + " has " + count + " lines, line " + n + " cannot be excluded");
        if (!uncovered.isEmpty())
            problems.add(where + ": " + uncovered.size() + " content line(s) with no claim and no exclusion: " + uncovered);
        return new CoverageReport.ArticleLines(number, file.getFileName().toString(), count, content, byClaims, byStructure,
                byExclusion, anchors.claims.size(), uncovered);
    }

    /** Per article: the lines claims are anchored to, and the lines of its section headings and table headers. */
    private static Map<Node, Anchors> anchors(Graph data) {
        Map<Node, Anchors> byArticle = new HashMap<>();
        for (Node claim : data.find(Node.ANY, RDF.type.asNode(), CLAIM).mapWith(Triple::getSubject).toList()) {
            for (Node article : data.find(claim, STATED_IN, Node.ANY).mapWith(Triple::getObject).toList()) {
                Anchors a = byArticle.computeIfAbsent(article, x -> new Anchors());
                a.claims.add(claim);
                for (Node line : data.find(claim, SOURCE_LINE, Node.ANY).mapWith(Triple::getObject).toList()) {
                    Integer n = integer(line);
                    if (n != null) a.claimLines.computeIfAbsent(n, x -> new ArrayList<>()).add(claim);
                }
            }
        }
        for (Node p : List.of(HAS_SECTION, HAS_TABLE))
            for (Triple t : data.find(Node.ANY, p, Node.ANY).toList()) {
                Integer n = integer(first(data, t.getObject(), SOURCE_LINE));
                if (n != null) byArticle.computeIfAbsent(t.getSubject(), x -> new Anchors()).structureLines.add(n);
            }
        return byArticle;
    }

    private static final class Anchors {
        final Set<Node> claims = new java.util.HashSet<>();
        final TreeMap<Integer, List<Node>> claimLines = new TreeMap<>();
        final TreeSet<Integer> structureLines = new TreeSet<>();
    }

    private static List<String> articleFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Integer integer(Node n) {
        return n != null && n.isLiteral() && n.getLiteralValue() instanceof Number v ? v.intValue() : null;
    }

    private static Node first(Graph g, Node s, Node p) {
        List<Node> v = g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
        return v.isEmpty() ? null : v.get(0);
    }

    private static String number(Node article) {
        String uri = article.isURI() ? article.getURI() : "";
        String local = uri.startsWith(Namespaces.LKD) ? uri.substring(Namespaces.LKD.length()) : "";
        return local.matches("Article\\d{3}") ? local.substring("Article".length()) : null;
    }

}
