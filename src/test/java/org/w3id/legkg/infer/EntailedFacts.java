package org.w3id.legkg.infer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * Named types and object-property values per individual, as sorted strings, so two sources (HermiT and
 * asserted ∪ materialised) compare exactly and a difference prints readably.
 */
record EntailedFacts(Map<String, Set<String>> types, Map<String, Set<String>> values) {

    static EntailedFacts empty() {
        return new EntailedFacts(new TreeMap<>(), new TreeMap<>());
    }

    void addType(String individual, String cls) {
        types.computeIfAbsent(individual, k -> new TreeSet<>()).add(cls);
    }

    void addValue(String individual, String property, String value) {
        values.computeIfAbsent(individual, k -> new TreeSet<>()).add(property + " " + value);
    }

    /**
     * What asserted ∪ inferred say about the given individuals: rdf:type objects in {@code classes}, values
     * of {@code objectProperties} that are IRIs.
     */
    static EntailedFacts fromGraphs(Set<String> individuals, Set<String> classes, Set<String> objectProperties, Graph... graphs) {
        EntailedFacts f = empty();
        for (Graph g : graphs) {
            for (Triple t : g.find().toList()) {
                Node s = t.getSubject(), p = t.getPredicate(), o = t.getObject();
                if (!s.isURI() || !o.isURI() || !individuals.contains(s.getURI())) continue;
                if (p.equals(RDF.type.asNode())) {
                    if (classes.contains(o.getURI())) f.addType(s.getURI(), o.getURI());
                } else if (objectProperties.contains(p.getURI())) {
                    f.addValue(s.getURI(), p.getURI(), o.getURI());
                }
            }
        }
        return f;
    }

    /** Per individual, what {@code expected} has that this lacks ("missing") and the reverse ("extra"); empty if equal. */
    String diff(EntailedFacts expected, String expectedName) {
        List<String> lines = new ArrayList<>();
        diffSection("type", expected.types, types, expectedName, lines);
        diffSection("value", expected.values, values, expectedName, lines);
        return String.join("\n", lines);
    }

    private static void diffSection(String what, Map<String, Set<String>> expected, Map<String, Set<String>> actual,
                                    String expectedName, List<String> lines) {
        Set<String> all = new TreeSet<>(expected.keySet());
        all.addAll(actual.keySet());
        for (String ind : all) {
            Set<String> missing = new TreeSet<>(expected.getOrDefault(ind, Set.of()));
            missing.removeAll(actual.getOrDefault(ind, Set.of()));
            Set<String> extra = new TreeSet<>(actual.getOrDefault(ind, Set.of()));
            extra.removeAll(expected.getOrDefault(ind, Set.of()));
            for (String m : missing) lines.add(shorten(ind) + "  missing " + what + " (" + expectedName + " has it): " + shorten(m));
            for (String e : extra) lines.add(shorten(ind) + "  extra " + what + " (" + expectedName + " does not entail it): " + shorten(e));
        }
    }

    int typeCount() { return types.values().stream().mapToInt(Set::size).sum(); }

    int valueCount() { return values.values().stream().mapToInt(Set::size).sum(); }

    static String shorten(String s) {
        return s.replace("https://w3id.org/legkg/ontology#", "lk:").replace("https://w3id.org/legkg/id/", "lkd:")
                .replace("http://example.org/t#", "ex:");
    }
}
