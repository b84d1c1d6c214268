package org.w3id.legkg.infer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.w3id.legkg.Namespaces;

/**
 * What each article supports of the deficiency → symptom links: a link {@code d → s} is supported by article A
 * when A has a claim that {@code d lk:causesSymptom s}, or claims for every step of a chain
 * {@code d lk:actsThrough m1 (lk:leadsTo m)* lk:manifestsAs s} (mechanisms are contextual, so a chain of one
 * article's claims stays inside one deficiency). Computed from the claims alone, independently of the
 * materialiser: the build checks that every inferred {@code lk:mayCause} has a support ({@link SourceSoundness})
 * and publishes the supports for the queries that credit articles ({@link SupportGraph}).
 */
public final class ArticleSupport {
    static final Node CLAIM_SUBJECT = lk("claimSubject");
    static final Node CLAIM_PREDICATE = lk("claimPredicate");
    static final Node CLAIM_OBJECT = lk("claimObject");
    static final Node STATED_IN = lk("statedIn");
    static final Node BASIS = lk("basis");
    static final Node CAUSES_SYMPTOM = lk("causesSymptom");
    static final Node ACTS_THROUGH = lk("actsThrough");
    static final Node LEADS_TO = lk("leadsTo");
    static final Node MANIFESTS_AS = lk("manifestsAs");
    /** Strongest first. A chain is as strong as its weakest claim; a link as its strongest chain or claim. */
    public static final List<Node> BASIS_ORDER = List.of(lk("Explicit"), lk("Collective"), lk("Implied"), lk("TableCoLocation"));

    private static final Comparator<Node> BY_IRI = Comparator.comparing(Node::toString);

    /**
     * One article's support for one link.
     *
     * @param direct whether the article states the link itself (lk:causesSymptom), besides any chain
     * @param basis the strongest of: the direct claim's basis, each chain's weakest claim basis
     * @param claims every claim of the direct statement and of every supporting chain
     * @param mechanisms the mechanisms of the supporting chains
     */
    public record Support(Node deficiency, Node symptom, Node article, boolean direct, Node basis, Set<Node> claims,
            Set<Node> mechanisms) {}

    private ArticleSupport() {}

    /** Every article's support for every link, sorted by deficiency, symptom and article. */
    public static List<Support> compute(Graph data) {
        Map<Node, Steps> byArticle = new TreeMap<>(BY_IRI);
        for (Triple t : data.find(Node.ANY, CLAIM_PREDICATE, Node.ANY).toList()) {
            Node p = t.getObject();
            if (!p.equals(CAUSES_SYMPTOM) && !p.equals(ACTS_THROUGH) && !p.equals(LEADS_TO) && !p.equals(MANIFESTS_AS)) continue;
            Node claim = t.getSubject();
            Node s = first(data, claim, CLAIM_SUBJECT), o = first(data, claim, CLAIM_OBJECT);
            if (s == null || o == null) continue;
            int rank = rank(first(data, claim, BASIS));
            for (Triple article : data.find(claim, STATED_IN, Node.ANY).toList())
                byArticle.computeIfAbsent(article.getObject(), a -> new Steps()).add(p, s, new Step(o, claim, rank));
        }
        List<Support> all = new ArrayList<>();
        for (Map.Entry<Node, Steps> e : byArticle.entrySet()) e.getValue().supports(e.getKey(), all);
        all.sort(Comparator.comparing((Support s) -> s.deficiency().toString()).thenComparing(s -> s.symptom().toString())
                .thenComparing(s -> s.article().toString()));
        return all;
    }

    static int rank(Node basis) {
        int i = basis == null ? -1 : BASIS_ORDER.indexOf(basis);
        return i < 0 ? BASIS_ORDER.size() - 1 : i;   // no basis: the weakest (the shapes require one anyway)
    }

    private record Step(Node to, Node claim, int rank) {}

    /** One article's claimed steps, by property and subject. */
    private static final class Steps {
        final Map<Node, Map<Node, List<Step>>> edges = new HashMap<>();

        void add(Node p, Node s, Step step) {
            edges.computeIfAbsent(p, x -> new HashMap<>()).computeIfAbsent(s, x -> new ArrayList<>()).add(step);
        }

        List<Step> next(Node p, Node s) {
            return edges.getOrDefault(p, Map.of()).getOrDefault(s, List.of());
        }

        /** A partial support being collected for one (deficiency, symptom). */
        private static final class Acc {
            boolean direct;
            int rank = Integer.MAX_VALUE;
            final Set<Node> claims = new TreeSet<>(BY_IRI);
            final Set<Node> mechanisms = new TreeSet<>(BY_IRI);
        }

        void supports(Node article, List<Support> out) {
            Set<Node> deficiencies = new TreeSet<>(BY_IRI);
            deficiencies.addAll(edges.getOrDefault(CAUSES_SYMPTOM, Map.of()).keySet());
            deficiencies.addAll(edges.getOrDefault(ACTS_THROUGH, Map.of()).keySet());
            for (Node d : deficiencies) {
                Map<Node, Acc> bySymptom = new TreeMap<>(BY_IRI);
                for (Step s : next(CAUSES_SYMPTOM, d)) {
                    Acc acc = bySymptom.computeIfAbsent(s.to(), x -> new Acc());
                    acc.direct = true;
                    acc.rank = Math.min(acc.rank, s.rank());
                    acc.claims.add(s.claim());
                }
                // Widest paths over the mechanisms: best[m] is the strongest weakest-basis of a chain reaching m;
                // claims[m] every claim of a chain reaching m (chains are short; iterate to the fixpoint).
                Map<Node, Integer> best = new HashMap<>();
                Map<Node, Set<Node>> reachClaims = new HashMap<>();
                for (Step s : next(ACTS_THROUGH, d)) relax(best, reachClaims, s.to(), s.rank(), Set.of(s.claim()));
                boolean changed = true;
                while (changed) {
                    changed = false;
                    for (Node m : List.copyOf(best.keySet()))
                        for (Step s : next(LEADS_TO, m))
                            changed |= relax(best, reachClaims, s.to(), Math.max(best.get(m), s.rank()),
                                    with(reachClaims.get(m), s.claim()));
                }
                for (Map.Entry<Node, Integer> m : best.entrySet())
                    for (Step s : next(MANIFESTS_AS, m.getKey())) {
                        Acc acc = bySymptom.computeIfAbsent(s.to(), x -> new Acc());
                        acc.rank = Math.min(acc.rank, Math.max(m.getValue(), s.rank()));
                        acc.claims.addAll(reachClaims.get(m.getKey()));
                        acc.claims.add(s.claim());
                        acc.mechanisms.add(m.getKey());
                    }
                for (Map.Entry<Node, Acc> e : bySymptom.entrySet()) {
                    Acc acc = e.getValue();
                    out.add(new Support(d, e.getKey(), article, acc.direct, BASIS_ORDER.get(acc.rank),
                            Set.copyOf(acc.claims), Set.copyOf(acc.mechanisms)));
                }
            }
        }

        private static boolean relax(Map<Node, Integer> best, Map<Node, Set<Node>> claims, Node m, int rank, Set<Node> via) {
            Integer old = best.get(m);
            Set<Node> known = claims.computeIfAbsent(m, x -> new TreeSet<>(BY_IRI));
            boolean grew = known.addAll(via);
            if (old == null || rank < old) {
                best.put(m, rank);
                return true;
            }
            return grew;
        }

        private static Set<Node> with(Set<Node> claims, Node claim) {
            Set<Node> s = new TreeSet<>(BY_IRI);
            s.addAll(claims);
            s.add(claim);
            return s;
        }
    }

    private static Node first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static Node lk(String local) {
        return NodeFactory.createURI(Namespaces.LK + local);
    }
}
