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
        List<String> out = new ArrayList<>(quads.size());
        for (Quad q : quads) {
            StringBuilder sb = new StringBuilder();
            sb.append(term(q.getSubject(), labels)).append(' ')
              .append(term(q.getPredicate(), labels)).append(' ')
              .append(term(q.getObject(), labels));
            if (!q.isDefaultGraph()) sb.append(' ').append(term(q.getGraph(), labels));
            sb.append(" .");
            out.add(sb.toString());
        }
        out.sort(null);
        // Identical lines can only come from blank nodes that are indistinguishable: keep one.
        List<String> dedup = new ArrayList<>(out.size());
        for (String s : out) if (dedup.isEmpty() || !dedup.get(dedup.size() - 1).equals(s)) dedup.add(s);
        return dedup;
    }

    private static String term(Node n, Map<Node, String> labels) {
        return n.isBlank() ? "_:c" + labels.get(n) : NodeFmtLib.strNT(n);
    }

    static Map<Node, String> blankLabels(List<Quad> quads) {
        Map<Node, String> label = new HashMap<>();
        for (Quad q : quads)
            for (Node n : new Node[] {q.getSubject(), q.getObject(), q.getGraph()})
                if (n != null && n.isBlank()) label.put(n, "");
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
