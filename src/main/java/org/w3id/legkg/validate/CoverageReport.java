package org.w3id.legkg.validate;

import java.util.List;
import java.util.Locale;

/** What {@link ArticleCoverage} found: per article, how its lines are covered, and every problem. */
public record CoverageReport(List<ArticleLines> articles, List<String> problems) {

    /** One article's lines: content lines are covered by claims, by a heading/table header, or excluded. */
    public record ArticleLines(String article, String file, int lines, int contentLines, int claimLines,
            int headingLines, int excludedLines, int claims, List<Integer> uncovered) {}

    public boolean complete() {
        return problems.isEmpty();
    }

    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-7s %-26s %5s %7s %7s %8s %8s %6s %9s%n", "article", "file", "lines",
                "content", "claimed", "headings", "excluded", "claims", "uncovered"));
        for (ArticleLines a : articles)
            out.append(String.format(Locale.ROOT, "%-7s %-26s %5d %7d %7d %8d %8d %6d %9d%n", a.article(), a.file(),
                    a.lines(), a.contentLines(), a.claimLines(), a.headingLines(), a.excludedLines(), a.claims(), a.uncovered().size()));
        if (problems.isEmpty()) out.append("Coverage complete: every content line is claimed, a heading, or excluded with a reason.\n");
        else {
            out.append(problems.size()).append(" coverage problem(s):\n");
            for (String p : problems) out.append("  - ").append(p).append('\n');
        }
        return out.toString();
    }
}
