package org.w3id.legkg.infer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Subclass and subproperty closure over the instance data: every individual gets all named superclasses of
 * its types, every property value is repeated for all named superproperties.
 */
public final class HierarchyMaterialiser implements Materialiser {

    @Override
    public Inferences materialise(Graph ontology, Graph data) {
        Map<Node, Set<Node>> superClasses = closure(ontology, RDFS.subClassOf.asNode());
        Map<Node, Set<Node>> superProps = closure(ontology, RDFS.subPropertyOf.asNode());
        Graph out = GraphFactory.createDefaultGraph();
        Map<String, Long> counts = new LinkedHashMap<>();
        Node type = RDF.type.asNode();
        data.find().forEachRemaining(t -> {
            if (t.getPredicate().equals(type)) {
                for (Node sup : superClasses.getOrDefault(t.getObject(), Set.of()))
                    add(out, data, Triple.create(t.getSubject(), type, sup), "subclass", counts);
            } else {
                for (Node sup : superProps.getOrDefault(t.getPredicate(), Set.of()))
                    add(out, data, Triple.create(t.getSubject(), sup, t.getObject()), "subproperty", counts);
            }
        });
        return new Inferences(out, counts);
    }

    private static void add(Graph out, Graph data, Triple t, String kind, Map<String, Long> counts) {
        if (t.getObject().isBlank() || data.contains(t) || out.contains(t)) return;
        out.add(t);
        counts.merge(kind, 1L, Long::sum);
    }

    /** Named strict ancestors along {@code relation}, excluding the node itself. */
    static Map<Node, Set<Node>> closure(Graph ontology, Node relation) {
        Map<Node, Set<Node>> direct = new HashMap<>();
        ontology.find(Node.ANY, relation, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI())
                direct.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject());
        });
        Map<Node, Set<Node>> result = new HashMap<>();
        for (Node start : direct.keySet()) {
            Set<Node> seen = new HashSet<>();
            Deque<Node> todo = new ArrayDeque<>(direct.get(start));
            while (!todo.isEmpty()) {
                Node n = todo.pop();
                if (!n.equals(start) && seen.add(n)) todo.addAll(direct.getOrDefault(n, Set.of()));
            }
            result.put(start, seen);
        }
        return result;
    }
}
