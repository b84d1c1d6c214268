package org.w3id.legkg.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * VoID statistics of a build, computed over what a SPARQL query sees: the union of the named graphs, in
 * which a triple held by two graphs counts once. Per-graph sizes are kept too, since the graphs are the
 * way asserted and inferred statements are told apart.
 *
 * @param triples          distinct triples in the union
 * @param entities         distinct IRIs of the URI space ({@code lkd:}) used as subjects
 * @param distinctSubjects distinct subjects (IRIs and blank nodes)
 * @param distinctObjects  distinct objects
 * @param classes          class IRI → distinct instances (the class partitions)
 * @param properties       property IRI → distinct triples using it (the property partitions)
 * @param graphSizes       graph name → triples in that graph
 * @param degree           IRI of the URI space → triples it takes part in, as subject or object
 */
public record DatasetStatistics(long triples, long entities, long distinctSubjects, long distinctObjects,
                                Map<Node, Long> classes, Map<Node, Long> properties, Map<Node, Long> graphSizes,
                                Map<Node, Long> degree) {

    public static DatasetStatistics of(Map<Node, Graph> graphs, String uriSpace) {
        Set<Node> subjects = new HashSet<>(), objects = new HashSet<>(), entities = new HashSet<>();
        Map<Node, Set<Node>> instances = new HashMap<>();
        Map<Node, Long> properties = new HashMap<>(), degree = new HashMap<>();
        Map<Node, Long> graphSizes = new LinkedHashMap<>();
        List<Graph> seen = new ArrayList<>();
        long triples = 0;
        for (Map.Entry<Node, Graph> e : graphs.entrySet()) {
            Graph g = e.getValue();
            graphSizes.put(e.getKey(), (long) g.size());
            var it = g.find();
            while (it.hasNext()) {
                Triple t = it.next();
                if (inEarlier(seen, t)) continue; // the union holds it once
                triples++;
                Node s = t.getSubject(), p = t.getPredicate(), o = t.getObject();
                subjects.add(s);
                objects.add(o);
                if (inSpace(s, uriSpace)) {
                    entities.add(s);
                    degree.merge(s, 1L, Long::sum);
                }
                if (inSpace(o, uriSpace)) degree.merge(o, 1L, Long::sum);
                properties.merge(p, 1L, Long::sum);
                if (p.equals(RDF.type.asNode()) && o.isURI()) instances.computeIfAbsent(o, k -> new HashSet<>()).add(s);
            }
            seen.add(g);
        }
        Map<Node, Long> classes = new TreeMap<>(Comparator.comparing(Node::getURI));
        instances.forEach((c, members) -> classes.put(c, (long) members.size()));
        Map<Node, Long> props = new TreeMap<>(Comparator.comparing(Node::getURI));
        props.putAll(properties);
        return new DatasetStatistics(triples, entities.size(), subjects.size(), objects.size(), classes, props, graphSizes, degree);
    }

    /** Whether an earlier graph holds the triple: the union holds it once. */
    static boolean inEarlier(List<Graph> earlier, Triple t) {
        for (Graph g : earlier) if (g.contains(t)) return true;
        return false;
    }

    private static boolean inSpace(Node n, String uriSpace) {
        return n.isURI() && n.getURI().startsWith(uriSpace) && n.getURI().length() > uriSpace.length();
    }

    /**
     * The best-connected instance of a class in the URI space (most triples, then first IRI): a good entry
     * point to show as {@code void:exampleResource}.
     */
    public Optional<Node> bestConnected(Map<Node, Graph> graphs, Node cls) {
        Set<Node> members = new HashSet<>();
        for (Graph g : graphs.values())
            g.find(Node.ANY, RDF.type.asNode(), cls).forEachRemaining(t -> {
                if (degree.containsKey(t.getSubject())) members.add(t.getSubject());
            });
        return members.stream().max(Comparator.comparingLong((Node n) -> degree.getOrDefault(n, 0L))
                .thenComparing(Node::getURI, Comparator.reverseOrder()));
    }
}
