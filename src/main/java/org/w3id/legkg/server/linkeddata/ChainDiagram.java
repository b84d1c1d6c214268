package org.w3id.legkg.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.legkg.Namespaces;

/**
 * The causal chains through one resource, laid out for an SVG drawn on the server: five columns, nutrient
 * → physiological function → deficiency → mechanism → symptom.
 * <p>
 * A chain belongs to one deficiency: its nutrients ({@code deficiencyOf}), the functions it impairs
 * ({@code impairs}, or {@code mayImpair} when inferred) linked to the nutrient that has them
 * ({@code hasFunction}; a nutrient with none of those functions links straight to the deficiency), the
 * mechanisms it acts through ({@code actsThrough}), their symptoms ({@code manifestsAs}), and the symptoms
 * stated without a mechanism ({@code causesSymptom}). The diagram shows, for every deficiency whose chain
 * contains the resource, the part of that chain that runs through the resource; so a symptom's page shows
 * only the mechanisms that manifest as that symptom, not the deficiency's other mechanisms. Inverse
 * properties are read too, so the drawing does not depend on which direction the data states.
 */
final class ChainDiagram {
    enum Column {
        NUTRIENT("Nutrient", "Nutrient"), FUNCTION("Function", "PhysiologicalFunction"),
        DEFICIENCY("Deficiency", "NutrientDeficiency"), MECHANISM("Mechanism", "Mechanism"), SYMPTOM("Symptom", "Symptom");

        final String title;
        final Node type;
        Column(String title, String local) {
            this.title = title;
            this.type = lk(local);
        }
    }

    /** A relation drawn left to right, as stated in the store: {@code subject predicate object}. */
    record Edge(Node from, Node to, Node subject, Node predicate, Node object) {}

    static final int MAX_PER_COLUMN = 24;
    static final int NODE_W = 172, NODE_H = 30, COL_GAP = 52, ROW_GAP = 12, TOP = 34, LEFT = 6, MAX_CHARS = 24;

    private static final Node DEFICIENCY_OF = lk("deficiencyOf"), HAS_DEFICIENCY = lk("hasDeficiency"),
            HAS_FUNCTION = lk("hasFunction"), FUNCTION_OF = lk("functionOf"),
            IMPAIRS = lk("impairs"), IMPAIRED_BY = lk("impairedBy"), MAY_IMPAIR = lk("mayImpair"),
            ACTS_THROUGH = lk("actsThrough"), MECHANISM_OF = lk("mechanismOf"),
            MANIFESTS_AS = lk("manifestsAs"), MANIFESTATION_OF = lk("manifestationOf"),
            CAUSES_SYMPTOM = lk("causesSymptom"), SYMPTOM_OF = lk("symptomOf");

    private static Node lk(String local) { return NodeFactory.createURI(Namespaces.LK + local); }

    private final StoreTerms terms;

    ChainDiagram(StoreTerms terms) {
        this.terms = terms;
    }

    /** The template model of the diagram, or empty when the resource is on no chain (not one of the five kinds). */
    Optional<Map<String, Object>> build(Node r) {
        Optional<Column> col = column(r);
        if (col.isEmpty()) return Optional.empty();
        Set<Node> deficiencies = new LinkedHashSet<>();
        Map<Node, Column> columns = new HashMap<>();
        // Edges of the resource that no deficiency's chain may hold: a nutrient's functions, a function's
        // nutrients, a mechanism's symptoms, a symptom's mechanisms.
        List<Edge> own = new ArrayList<>();
        switch (col.get()) {
            case DEFICIENCY -> deficiencies.add(r);
            case NUTRIENT -> {
                deficiencies.addAll(related(r, HAS_DEFICIENCY, DEFICIENCY_OF));
                for (Node f : related(r, HAS_FUNCTION, FUNCTION_OF)) {
                    columns.put(f, Column.FUNCTION);
                    own.add(new Edge(r, f, r, HAS_FUNCTION, f));
                }
            }
            case FUNCTION -> {
                deficiencies.addAll(related(r, IMPAIRED_BY, IMPAIRS));
                deficiencies.addAll(terms.subjects(MAY_IMPAIR, r));
                for (Node n : related(r, FUNCTION_OF, HAS_FUNCTION)) {
                    columns.put(n, Column.NUTRIENT);
                    own.add(new Edge(n, r, n, HAS_FUNCTION, r));
                }
            }
            case MECHANISM -> {
                deficiencies.addAll(related(r, MECHANISM_OF, ACTS_THROUGH));
                for (Node s : related(r, MANIFESTS_AS, MANIFESTATION_OF)) {
                    columns.put(s, Column.SYMPTOM);
                    own.add(new Edge(r, s, r, MANIFESTS_AS, s));
                }
            }
            case SYMPTOM -> {
                deficiencies.addAll(related(r, SYMPTOM_OF, CAUSES_SYMPTOM));
                for (Node m : related(r, MANIFESTATION_OF, MANIFESTS_AS)) {
                    columns.put(m, Column.MECHANISM);
                    own.add(new Edge(m, r, m, MANIFESTS_AS, r));
                    deficiencies.addAll(related(m, MECHANISM_OF, ACTS_THROUGH));
                }
            }
        }
        Set<Edge> edges = new LinkedHashSet<>(own);
        for (Node d : deficiencies) edges.addAll(throughResource(chainOf(d, columns), r));
        columns.put(r, col.get());
        return Optional.of(layout(r, columns, new ArrayList<>(edges)));
    }

    /** The most specific of the five kinds the resource has (a deficiency is never also drawn as a symptom). */
    private Optional<Column> column(Node r) {
        for (Column c : List.of(Column.DEFICIENCY, Column.MECHANISM, Column.SYMPTOM, Column.FUNCTION, Column.NUTRIENT))
            if (terms.hasType(r, c.type)) return Optional.of(c);
        return Optional.empty();
    }

    /** Values of {@code p} on {@code s} plus subjects of the inverse {@code inv} pointing at {@code s}. */
    private List<Node> related(Node s, Node p, Node inv) {
        Set<Node> out = new LinkedHashSet<>(terms.objects(s, p));
        out.addAll(terms.subjects(inv, s));
        return out.stream().filter(Node::isURI).toList();
    }

    /** One deficiency's whole chain, every node assigned its column. */
    private List<Edge> chainOf(Node d, Map<Node, Column> columns) {
        List<Edge> edges = new ArrayList<>();
        columns.put(d, Column.DEFICIENCY);
        List<Node> nutrients = related(d, DEFICIENCY_OF, HAS_DEFICIENCY);
        Set<Node> functions = new LinkedHashSet<>(related(d, IMPAIRS, IMPAIRED_BY));
        Set<Node> stated = new LinkedHashSet<>(functions);
        functions.addAll(terms.objects(d, MAY_IMPAIR).stream().filter(Node::isURI).toList());
        for (Node f : functions) {
            columns.put(f, Column.FUNCTION);
            edges.add(new Edge(f, d, d, stated.contains(f) ? IMPAIRS : MAY_IMPAIR, f));
        }
        for (Node n : nutrients) {
            columns.put(n, Column.NUTRIENT);
            boolean viaFunction = false;
            for (Node f : related(n, HAS_FUNCTION, FUNCTION_OF))
                if (functions.contains(f)) {
                    edges.add(new Edge(n, f, n, HAS_FUNCTION, f));
                    viaFunction = true;
                }
            if (!viaFunction) edges.add(new Edge(n, d, d, DEFICIENCY_OF, n));
        }
        for (Node m : related(d, ACTS_THROUGH, MECHANISM_OF)) {
            columns.put(m, Column.MECHANISM);
            edges.add(new Edge(d, m, d, ACTS_THROUGH, m));
            for (Node s : related(m, MANIFESTS_AS, MANIFESTATION_OF)) {
                columns.put(s, Column.SYMPTOM);
                edges.add(new Edge(m, s, m, MANIFESTS_AS, s));
            }
        }
        for (Node s : related(d, CAUSES_SYMPTOM, SYMPTOM_OF)) {
            columns.put(s, Column.SYMPTOM);
            edges.add(new Edge(d, s, d, CAUSES_SYMPTOM, s));
        }
        return edges;
    }

    /** The edges of a chain that lie on a path through r: between r's ancestors, or between r's descendants. */
    static List<Edge> throughResource(List<Edge> chain, Node r) {
        Set<Node> up = closure(chain, r, false), down = closure(chain, r, true);
        if (up.isEmpty() && down.isEmpty()) return List.of();
        up.add(r);
        down.add(r);
        return chain.stream().filter(e -> (up.contains(e.from()) && up.contains(e.to()))
                || (down.contains(e.from()) && down.contains(e.to()))).toList();
    }

    private static Set<Node> closure(List<Edge> edges, Node start, boolean forward) {
        Set<Node> seen = new LinkedHashSet<>();
        List<Node> todo = new ArrayList<>(List.of(start));
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            for (Edge e : edges) {
                Node next = forward ? (e.from().equals(n) ? e.to() : null) : (e.to().equals(n) ? e.from() : null);
                if (next != null && !next.equals(start) && seen.add(next)) todo.add(next);
            }
        }
        return seen;
    }

    private Map<String, Object> layout(Node r, Map<Node, Column> columns, List<Edge> edges) {
        Map<Column, List<Node>> byColumn = new EnumMap<>(Column.class);
        for (Column c : Column.values()) byColumn.put(c, new ArrayList<>());
        Set<Node> onDiagram = new LinkedHashSet<>();
        onDiagram.add(r);
        for (Edge e : edges) {
            onDiagram.add(e.from());
            onDiagram.add(e.to());
        }
        for (Node n : onDiagram) byColumn.get(columns.get(n)).add(n);
        // Order: by label, then each column after the first by the mean row of its neighbours on the left,
        // which keeps most lines from crossing.
        Map<Node, Integer> row = new HashMap<>();
        Map<Column, Integer> hidden = new EnumMap<>(Column.class);
        for (Column c : Column.values()) {
            List<Node> nodes = byColumn.get(c);
            nodes.sort(terms.byLabel());
            if (c.ordinal() > 0) {
                Map<Node, Double> centre = new HashMap<>();
                for (Node n : nodes) {
                    double sum = 0;
                    int k = 0;
                    for (Edge e : edges)
                        if (e.to().equals(n) && row.containsKey(e.from())) {
                            sum += row.get(e.from());
                            k++;
                        }
                    centre.put(n, k == 0 ? Double.MAX_VALUE : sum / k);
                }
                nodes.sort(Comparator.comparingDouble(centre::get));
            }
            if (nodes.size() > MAX_PER_COLUMN) {
                // Keep the resource itself visible; say how many were left out.
                List<Node> kept = new ArrayList<>(nodes.subList(0, MAX_PER_COLUMN));
                if (nodes.contains(r) && !kept.contains(r)) kept.set(MAX_PER_COLUMN - 1, r);
                hidden.put(c, nodes.size() - kept.size());
                nodes.retainAll(kept);
            }
            for (int i = 0; i < nodes.size(); i++) row.put(nodes.get(i), i);
        }
        int rows = Math.max(1, byColumn.values().stream().mapToInt(List::size).max().orElse(1));
        // Room below the last row for "+ N more" and for a skip arc drawn under the boxes.
        int height = TOP + rows * (NODE_H + ROW_GAP) + NODE_H + ROW_GAP;
        int width = LEFT * 2 + Column.values().length * NODE_W + (Column.values().length - 1) * COL_GAP;

        Map<Node, int[]> pos = new HashMap<>();
        List<Map<String, Object>> nodes = new ArrayList<>(), cols = new ArrayList<>();
        for (Column c : Column.values()) {
            List<Node> ns = byColumn.get(c);
            int x = LEFT + c.ordinal() * (NODE_W + COL_GAP);
            // Centre each column vertically so short columns sit beside the middle of long ones.
            int offset = (rows - ns.size()) * (NODE_H + ROW_GAP) / 2;
            Map<String, Object> colModel = new LinkedHashMap<>();
            colModel.put("x", x + NODE_W / 2);
            colModel.put("title", c.title);
            colModel.put("empty", ns.isEmpty());
            colModel.put("hidden", hidden.getOrDefault(c, 0));
            colModel.put("footY", TOP + offset + ns.size() * (NODE_H + ROW_GAP) + 12);
            cols.add(colModel);
            for (int i = 0; i < ns.size(); i++) {
                Node n = ns.get(i);
                int y = TOP + offset + i * (NODE_H + ROW_GAP);
                pos.put(n, new int[] {x, y});
                String label = terms.label(n);
                Map<String, Object> nm = new LinkedHashMap<>();
                nm.put("x", x);
                nm.put("y", y);
                nm.put("w", NODE_W);
                nm.put("h", NODE_H);
                nm.put("textX", x + NODE_W / 2);
                nm.put("textY", y + NODE_H / 2 + 4);
                nm.put("text", label.length() > MAX_CHARS ? label.substring(0, MAX_CHARS - 1) + "\u2026" : label);
                nm.put("label", label);
                nm.put("href", StoreTerms.href(n.getURI()));
                nm.put("current", n.equals(r));
                nm.put("column", c.name().toLowerCase(Locale.ROOT));
                nodes.add(nm);
            }
        }
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Edge e : edges) {
            int[] a = pos.get(e.from()), b = pos.get(e.to());
            if (a == null || b == null) continue; // one end was left out of a crowded column
            int x1 = a[0] + NODE_W, y1 = a[1] + NODE_H / 2, x2 = b[0] - 2, y2 = b[1] + NODE_H / 2;
            boolean skip = columns.get(e.to()).ordinal() - columns.get(e.from()).ordinal() > 1;
            String d;
            if (skip) {
                // Arc over (or, at the top, under) the column it skips, so it does not run through its boxes.
                int over = Math.min(y1, y2) - NODE_H - ROW_GAP;
                int ctrlY = over >= TOP - ROW_GAP ? over : Math.max(y1, y2) + NODE_H + ROW_GAP;
                d = "M" + x1 + "," + y1 + " C" + (x1 + COL_GAP) + "," + ctrlY + " " + (x2 - COL_GAP) + "," + ctrlY + " " + x2 + "," + y2;
            } else {
                int mid = (x1 + x2) / 2;
                d = "M" + x1 + "," + y1 + " C" + mid + "," + y1 + " " + mid + "," + y2 + " " + x2 + "," + y2;
            }
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("d", d);
            em.put("title", terms.label(e.subject()) + " \u2014 " + terms.label(e.predicate()) + " \u2192 " + terms.label(e.object()));
            em.put("kind", e.predicate().getURI().substring(Namespaces.LK.length()));
            em.put("skip", skip);
            lines.add(em);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("width", width);
        m.put("height", height);
        m.put("columns", cols);
        m.put("nodes", nodes);
        m.put("edges", lines);
        m.put("title", "Chains through " + terms.label(r) + ": nutrient, function, deficiency, mechanism, symptom");
        return m;
    }
}
