package org.w3id.legkg.infer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/** A fixture ontology from src/test/resources/infer/, split into TBox and ABox by subject namespace. */
record Fixture(String name, Graph ontology, Graph data) {
    static final String T = "http://example.org/t#";
    static final String I = "http://example.org/id/";
    static final String PREFIXES = """
            @prefix t:    <http://example.org/t#> .
            @prefix i:    <http://example.org/id/> .
            @prefix owl:  <http://www.w3.org/2002/07/owl#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            """;

    static Fixture load(String name) {
        try (InputStream in = Fixture.class.getResourceAsStream("/infer/" + name + ".ttl")) {
            if (in == null) throw new IllegalArgumentException("no fixture infer/" + name + ".ttl");
            return split(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture written inline in a test (the prefixes above are added). */
    static Fixture of(String turtle) {
        return split("inline", new ByteArrayInputStream((PREFIXES + turtle).getBytes(StandardCharsets.UTF_8)));
    }

    private static Fixture split(String name, InputStream in) {
        Graph all = GraphFactory.createDefaultGraph();
        RDFParser.source(in).lang(Lang.TURTLE).parse(all);
        Graph ontology = GraphFactory.createDefaultGraph(), data = GraphFactory.createDefaultGraph();
        all.find().forEachRemaining(t -> (isIndividual(t.getSubject()) ? data : ontology).add(t));
        return new Fixture(name, ontology, data);
    }

    static boolean isIndividual(Node n) {
        return n.isURI() && n.getURI().startsWith(I);
    }

    Inferences materialise() {
        return new RuleMaterialiser().materialise(ontology, data);
    }

    /** The inferred graph as sorted lines like {@code i:b12 a t:Vitamin}. */
    static Set<String> lines(Graph g) {
        Set<String> out = new TreeSet<>();
        g.find().forEachRemaining(t -> out.add(line(t)));
        return out;
    }

    static String line(Triple t) {
        return shortName(t.getSubject()) + " " + (t.getPredicate().equals(RDF.type.asNode()) ? "a" : shortName(t.getPredicate()))
                + " " + shortName(t.getObject());
    }

    private static String shortName(Node n) {
        if (!n.isURI()) return n.toString();
        return n.getURI().replace(T, "t:").replace(I, "i:");
    }
}
