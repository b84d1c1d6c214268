package org.w3id.legkg.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code data/coverage-exclusions.tsv}: the article lines that state no fact, each with a reason from a fixed
 * list. Columns: article number (000), line, reason, note. Lines starting with # are comments.
 */
final class CoverageExclusions {
    /** Why a line carries no claim. A line that states no fact must say why in the note. */
    static final Set<String> REASONS = Set.of("navigation", "reading-time", "table-of-contents", "table-separator",
            "references", "disclaimer", "further-reading", "no-fact");

    private final Map<String, Map<Integer, String>> byArticle = new TreeMap<>();

    static CoverageExclusions read(Path file, List<String> problems) {
        CoverageExclusions ex = new CoverageExclusions();
        if (!Files.isRegularFile(file)) return ex;
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        String name = "data/" + file.getFileName();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String at = name + ":" + (i + 1) + ": ";
            String[] cols = line.split("\t", -1);
            if (cols.length != 4) {
                problems.add(at + "expected 4 tab-separated columns (article, line, reason, note), found " + cols.length);
                continue;
            }
            String article = cols[0].strip(), reason = cols[2].strip(), note = cols[3].strip();
            if (!article.matches("\\d{3}")) {
                problems.add(at + "article '" + article + "' is not a three-digit article number such as 000");
                continue;
            }
            int n;
            try {
                n = Integer.parseInt(cols[1].strip());
            } catch (NumberFormatException e) {
                problems.add(at + "line '" + cols[1] + "' is not a number");
                continue;
            }
            if (n < 1) {
                problems.add(at + "line " + n + " is not a 1-based line number");
                continue;
            }
            if (!REASONS.contains(reason)) {
                problems.add(at + "reason '" + reason + "' is not one of " + new java.util.TreeSet<>(REASONS));
                continue;
            }
            if (reason.equals("no-fact") && note.isEmpty()) {
                problems.add(at + "a 'no-fact' exclusion says in its note why the line states no fact");
                continue;
            }
            String previous = ex.byArticle.computeIfAbsent(article, a -> new TreeMap<>()).put(n, reason);
            if (previous != null) problems.add(at + "article " + article + " line " + n + " is excluded twice");
        }
        return ex;
    }

    Map<Integer, String> forArticle(String number) {
        return byArticle.getOrDefault(number, Map.of());
    }

    Set<String> articles() {
        return byArticle.keySet();
    }
}
