package org.w3id.legkg.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Labels and synonyms of every resource, for turning "pins and needles" into lkd:Tingling and for
 * suggesting the closest labels when a value matches nothing. Built once per store: the store never
 * changes while it is open.
 */
public final class LabelIndex {
    /** Preferred labels win over synonyms when both match. */
    private final Map<String, Set<Node>> byLabel = new HashMap<>();
    private final Map<String, Set<Node>> bySynonym = new HashMap<>();
    private final Map<Node, String> preferred = new HashMap<>();

    private LabelIndex() {}

    public static LabelIndex build(DatasetGraph dsg) {
        LabelIndex idx = new LabelIndex();
        Txn.executeRead(dsg, () -> {
            Node union = org.apache.jena.sparql.core.Quad.unionGraph;
            // Records (claims, sections, tables, supports) have headings or sentences as labels, not names.
            Set<Node> records = new java.util.HashSet<>();
            for (Node c : org.w3id.legkg.Records.CLASSES)
                dsg.find(union, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), c).forEachRemaining(q -> records.add(q.getSubject()));
            dsg.find(union, Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(q -> {
                if (q.getSubject().isURI() && q.getObject().isLiteral() && !records.contains(q.getSubject())) {
                    idx.byLabel.computeIfAbsent(key(q.getObject().getLiteralLexicalForm()), k -> new LinkedHashSet<>()).add(q.getSubject());
                    idx.preferred.merge(q.getSubject(), q.getObject().getLiteralLexicalForm(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            });
            dsg.find(union, Node.ANY, SKOS.altLabel.asNode(), Node.ANY).forEachRemaining(q -> {
                if (q.getSubject().isURI() && q.getObject().isLiteral() && !records.contains(q.getSubject()))
                    idx.bySynonym.computeIfAbsent(key(q.getObject().getLiteralLexicalForm()), k -> new LinkedHashSet<>()).add(q.getSubject());
            });
        });
        return idx;
    }

    /** Resources whose label (else synonym) equals the text, ignoring case and surrounding space. */
    public List<Node> lookup(String text) {
        return lookup(text, n -> true);
    }

    /**
     * As {@link #lookup(String)}, among the allowed resources only: a class that shares its label with an
     * individual ("tingling") must not hide the individual's synonyms.
     */
    public List<Node> lookup(String text, java.util.function.Predicate<Node> allowed) {
        List<Node> hits = byLabel.getOrDefault(key(text), Set.of()).stream().filter(allowed).toList();
        if (hits.isEmpty()) hits = bySynonym.getOrDefault(key(text), Set.of()).stream().filter(allowed).toList();
        return new ArrayList<>(hits);
    }

    public String labelOf(Node resource) {
        return preferred.get(resource);
    }

    public boolean isKnown(Node resource) {
        return preferred.containsKey(resource);
    }

    /** The labels and synonyms closest to the text (edit distance on lower case), best first. */
    public List<String> closest(String text, int max, java.util.function.Predicate<Node> allowed) {
        String k = key(text);
        Map<String, Integer> best = new TreeMap<>();
        for (Map<String, Set<Node>> m : List.of(byLabel, bySynonym))
            m.forEach((label, nodes) -> {
                if (nodes.stream().anyMatch(allowed)) best.merge(label, distance(k, label), Math::min);
            });
        return best.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue()).thenComparing(Map.Entry::getKey))
                .limit(max).map(Map.Entry::getKey).toList();
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /** Levenshtein distance, with a containment bonus so "cramp" finds "muscle cramp". */
    static int distance(String a, String b) {
        if (b.contains(a) || a.contains(b)) return Math.abs(a.length() - b.length()) / 4;
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
