package org.w3id.legkg.infer;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Turns the derived facts into the inferred graph, keeping only what a person querying the graph wants:
 * statements about named individuals with named classes and named properties. Dropped: anonymous witnesses
 * and blank nodes, auxiliary classes and properties, owl:Thing and other RDF/RDFS/OWL vocabulary, and
 * anything already asserted.
 */
final class NoiseFilter {
    private NoiseFilter() {}

    static Inferences collect(RuleSet rules, FactStore store, Map<Triple, InferenceKind> dataValues, Graph ontology, Graph data) {
        Graph out = GraphFactory.createDefaultGraph();
        EnumMap<InferenceKind, Long> counts = new EnumMap<>(InferenceKind.class);
        InferenceKind[] kinds = InferenceKind.values();
        Node type = RDF.type.asNode();
        for (int i = 0; i < store.logSize(); i++) {
            byte kind = store.logKind(i);
            if (kind < 0) continue; // asserted or bookkeeping
            Node s = store.nodeOf(store.logSubject(i));
            if (s == null || !s.isURI()) continue;
            Triple t;
            if (store.logTag(i) == FactStore.TYPE) {
                Node cls = rules.classNode(store.logObject(i));
                if (cls == null || Names.isSchemaVocabulary(cls)) continue;
                t = Triple.create(s, type, cls);
            } else {
                Node p = rules.propertyNode(store.logTag(i));
                Node o = store.nodeOf(store.logObject(i));
                if (p == null || o == null || !o.isURI()) continue;
                t = Triple.create(s, p, o);
            }
            add(out, t, kinds[kind], counts, ontology, data);
        }
        dataValues.forEach((t, kind) -> add(out, t, kind, counts, ontology, data));

        Map<String, Long> byKind = new LinkedHashMap<>();
        for (InferenceKind k : kinds)
            if (rules.kindsInUse.contains(k) || counts.containsKey(k)) byKind.put(k.label(), counts.getOrDefault(k, 0L));
        return new Inferences(out, byKind);
    }

    private static void add(Graph out, Triple t, InferenceKind kind, Map<InferenceKind, Long> counts, Graph ontology, Graph data) {
        // The engine never re-derives a loaded fact; this also covers assertions the loader had no reason to load.
        if (data.contains(t) || ontology.contains(t) || out.contains(t)) return;
        out.add(t);
        counts.merge(kind, 1L, Long::sum);
    }
}
