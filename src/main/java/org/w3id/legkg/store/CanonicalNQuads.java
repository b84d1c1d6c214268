package org.w3id.legkg.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/**
 * Sorted N-Quads with blank-node labels derived from their neighbourhood (a few rounds of hashing over
 * incoming and outgoing edges), so two builds of the same sources give byte-identical output even though
 * the parser allocates blank nodes afresh each time.
 */
public final class CanonicalNQuads {
    private static final int ROUNDS = 4;

    private CanonicalNQuads() {}

    public static List<String> lines(List<Quad> quads) {
        Map<Node, String> labels = blankLabels(quads);
        // Every term is formatted once: predicates and graph names recur on every line, subjects on several.
        Map<Node, String> formatted = new HashMap<>();
        labels.forEach((n, l) -> formatted.put(n, "_:c" + l));
        List<String> out = new ArrayList<>(quads.size());
        StringBuilder sb = new StringBuilder(256);
        for (Quad q : quads) {
            sb.setLength(0);
            sb.append(term(q.getSubject(), formatted)).append(' ')
              .append(term(q.getPredicate(), formatted)).append(' ')
              .append(term(q.getObject(), formatted));
            if (!q.isDefaultGraph()) sb.append(' ').append(term(q.getGraph(), formatted));
            sb.append(" .");
            out.add(sb.toString());
        }
        out.sort(null);
        // Identical lines can only come from blank nodes that are indistinguishable: keep one.
        List<String> dedup = new ArrayList<>(out.size());
        for (String s : out) if (dedup.isEmpty() || !dedup.get(dedup.size() - 1).equals(s)) dedup.add(s);
        return dedup;
    }

    private static String term(Node n, Map<Node, String> formatted) {
        return formatted.computeIfAbsent(n, NodeFmtLib::strNT);
    }

    static Map<Node, String> blankLabels(List<Quad> allQuads) {
        Map<Node, String> label = new HashMap<>();
        // Only quads that touch a blank node take part in labelling: usually a few ontology axioms among
        // a million data quads.
        List<Quad> quads = new ArrayList<>();
        for (Quad q : allQuads) {
            boolean blank = false;
            for (Node n : new Node[] {q.getSubject(), q.getObject(), q.getGraph()})
                if (n != null && n.isBlank()) {
                    label.put(n, "");
                    blank = true;
                }
            if (blank) quads.add(q);
        }
        if (label.isEmpty()) return label;
        Map<Node, List<String>> edges = new HashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            edges.clear();
            for (Quad q : quads) {
                String g = q.isDefaultGraph() ? "" : str(q.getGraph(), label);
                if (q.getSubject().isBlank())
                    edges.computeIfAbsent(q.getSubject(), k -> new ArrayList<>())
                         .add("out " + g + " " + NodeFmtLib.strNT(q.getPredicate()) + " " + str(q.getObject(), label));
                if (q.getObject().isBlank())
                    edges.computeIfAbsent(q.getObject(), k -> new ArrayList<>())
                         .add("in " + g + " " + str(q.getSubject(), label) + " " + NodeFmtLib.strNT(q.getPredicate()));
            }
            Map<Node, String> next = new HashMap<>();
            for (Map.Entry<Node, String> e : label.entrySet()) {
                List<String> es = edges.getOrDefault(e.getKey(), new ArrayList<>());
                es.sort(null);
                next.put(e.getKey(), sha(e.getValue() + "|" + String.join("|", es)));
            }
            label.clear();
            label.putAll(next);
        }
        label.replaceAll((n, l) -> l.substring(0, 24));
        return label;
    }

    private static String str(Node n, Map<Node, String> label) {
        return n.isBlank() ? "_:" + label.get(n) : NodeFmtLib.strNT(n);
    }

    private static String sha(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
