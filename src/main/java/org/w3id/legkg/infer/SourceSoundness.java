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
 * Source-soundness of the deficiency → symptom links: every {@code d lk:mayCause s}, asserted or inferred, must
 * be supported by ONE article ({@link ArticleSupport}). Equality with HermiT shows the reasoner computes what the
 * axioms entail; this shows that the axioms and the data entail nothing no article states, such as a chain
 * joined across articles or through a mechanism that two deficiencies share.
 */
public final class SourceSoundness {
    private static final Node MAY_CAUSE = NodeFactory.createURI(Namespaces.LK + "mayCause");

    /** One may-cause link and the articles that support it (empty: unsupported). */
    public record Link(Node deficiency, Node symptom, Set<Node> articles) {}

    private SourceSoundness() {}

    /** Every may-cause link in the data or the inferred graph, with its supporting articles, sorted. */
    public static List<Link> links(Graph data, Graph inferred) {
        Map<List<Node>, Set<Node>> support = new HashMap<>();
        for (ArticleSupport.Support s : ArticleSupport.compute(data))
            support.computeIfAbsent(List.of(s.deficiency(), s.symptom()), k -> new TreeSet<>(Comparator.comparing(Node::toString)))
                    .add(s.article());
        Map<String, Link> links = new TreeMap<>();
        for (Graph g : List.of(data, inferred))
            for (Triple t : g.find(Node.ANY, MAY_CAUSE, Node.ANY).toList())
                links.computeIfAbsent(t.getSubject() + " " + t.getObject(), k -> new Link(t.getSubject(), t.getObject(),
                        support.getOrDefault(List.of(t.getSubject(), t.getObject()), Set.of())));
        return new ArrayList<>(links.values());
    }

    /** The links no single article supports. */
    public static List<Link> unsupported(Graph data, Graph inferred) {
        return links(data, inferred).stream().filter(l -> l.articles().isEmpty()).toList();
    }
}
