package org.w3id.legkg.server.linkeddata;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.Quad;
import org.w3id.legkg.Namespaces;
import org.w3id.legkg.publish.Representation;

/**
 * Writes a resource description in each RDF syntax. Turtle and N-Triples are written in commented
 * sections (asserted, inferred, incoming, claims, labels) so a person reading them sees what was inferred;
 * TriG and N-Quads keep each statement in its store graph so a program can tell; the rest is Jena's writer
 * on the merged graph. Every IRI is absolute (prefixed names expand to absolute IRIs; no base is used).
 */
final class RdfOutput {
    private RdfOutput() {}

    static byte[] write(ResourceDescription d, Representation r) {
        return switch (r) {
            case TURTLE -> sectioned(d, true);
            case NTRIPLES -> sectioned(d, false);
            case JSONLD, RDFXML -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RDFWriter.source(d.asGraph()).format(r.format()).output(out);
                yield out.toByteArray();
            }
            case TRIG, NQUADS -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RDFWriter.source(d.asDataset()).format(r.format()).output(out);
                yield out.toByteArray();
            }
            case HTML -> throw new IllegalArgumentException("HTML is rendered by ResourcePage");
        };
    }

    /** Section title → triples, each triple in the first section it belongs to. */
    static Map<String, List<Triple>> sections(ResourceDescription d) {
        Set<Triple> inferred = d.inferredOnly();
        Map<String, List<Quad>> parts = new LinkedHashMap<>();
        String x = "<" + d.resource().getURI() + ">";
        parts.put("Statements about " + x + " (asserted: graphs " + Namespaces.GRAPH_DATA.getURI() + ", "
                + Namespaces.GRAPH_ONTOLOGY.getURI() + ")", d.about().stream().filter(q -> !inferred.contains(q.asTriple())).toList());
        parts.put("Statements about " + x + " inferred at build time (graph " + Namespaces.GRAPH_INFERRED.getURI() + ")",
                d.about().stream().filter(q -> inferred.contains(q.asTriple())).toList());
        parts.put("Links to " + x + " (asserted)", d.incoming().stream().filter(q -> !inferred.contains(q.asTriple())).toList());
        parts.put("Links to " + x + " inferred at build time (graph " + Namespaces.GRAPH_INFERRED.getURI() + ")",
                d.incoming().stream().filter(q -> inferred.contains(q.asTriple())).toList());
        parts.put("Claims about " + x + ": who states it, in which article and section", d.claims());
        parts.put("Labels of linked resources and titles of the source articles", d.context());
        Map<String, List<Triple>> out = new LinkedHashMap<>();
        Set<Triple> written = new LinkedHashSet<>();
        parts.forEach((title, quads) -> {
            List<Triple> ts = new ArrayList<>();
            for (Quad q : quads) if (written.add(q.asTriple())) ts.add(q.asTriple());
            if (!ts.isEmpty()) out.put(title, ts);
        });
        return out;
    }

    private static byte[] sectioned(ResourceDescription d, boolean turtle) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AWriter w = IO.wrapUTF8(bytes);
        PrefixMap pm = PrefixMapFactory.create(StoreTerms.PREFIXES);
        NodeFormatter fmt = turtle ? new NodeFormatterTTL(null, pm) : new NodeFormatterNT();
        Map<String, List<Triple>> sections = sections(d);
        if (turtle)
            new java.util.TreeMap<>(pm.getMapping()).forEach((p, ns) -> w.printf("PREFIX %-8s <%s>%n", p + ":", ns));
        for (Map.Entry<String, List<Triple>> s : sections.entrySet()) {
            w.print("\n# " + s.getKey().replace('\n', ' ') + "\n");
            if (turtle) turtleBlock(w, fmt, s.getValue());
            else for (String line : s.getValue().stream().map(t -> ntLine(fmt, t)).sorted().toList()) w.print(line);
        }
        w.flush();
        return bytes.toByteArray();
    }

    /** Triples grouped by subject and predicate: {@code s p o1, o2 ; p2 o3 .} */
    private static void turtleBlock(AWriter w, NodeFormatter fmt, List<Triple> triples) {
        Map<Node, Map<Node, List<Node>>> bySubject = new LinkedHashMap<>();
        // rdf:type ("a") first, as Turtle writers conventionally do; then predicates by IRI.
        triples.stream().sorted(Comparator.comparing((Triple t) -> t.getSubject().toString())
                        .thenComparing(t -> !t.getPredicate().equals(org.apache.jena.vocabulary.RDF.type.asNode()))
                        .thenComparing(t -> t.getPredicate().getURI()))
                .forEach(t -> bySubject.computeIfAbsent(t.getSubject(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject()));
        bySubject.forEach((s, preds) -> {
            fmt.format(w, s);
            int i = 0;
            for (Map.Entry<Node, List<Node>> p : preds.entrySet()) {
                w.print(i++ == 0 ? " " : " ;\n    ");
                if (p.getKey().equals(org.apache.jena.vocabulary.RDF.type.asNode())) w.print("a");
                else fmt.format(w, p.getKey());
                w.print(" ");
                List<Node> objs = p.getValue().stream().sorted(Comparator.comparing(Node::toString)).toList();
                for (int j = 0; j < objs.size(); j++) {
                    if (j > 0) w.print(" , ");
                    fmt.format(w, objs.get(j));
                }
            }
            w.print(" .\n");
        });
    }

    private static String ntLine(NodeFormatter fmt, Triple t) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        AWriter w = IO.wrapUTF8(b);
        fmt.format(w, t.getSubject());
        w.print(" ");
        fmt.format(w, t.getPredicate());
        w.print(" ");
        fmt.format(w, t.getObject());
        w.print(" .\n");
        w.flush();
        return b.toString(StandardCharsets.UTF_8);
    }
}
