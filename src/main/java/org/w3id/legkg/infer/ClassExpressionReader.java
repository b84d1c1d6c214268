package org.w3id.legkg.infer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.legkg.LegkgException;
import org.w3id.legkg.infer.ClassExpression.And;
import org.w3id.legkg.infer.ClassExpression.Named;
import org.w3id.legkg.infer.ClassExpression.Role;

/** Reads class expressions, property expressions and RDF lists from the ontology graph (OWL 2 RDF mapping). */
final class ClassExpressionReader {
    private static final List<Node> CARDINALITIES = List.of(
            OWL2.cardinality.asNode(), OWL2.minCardinality.asNode(), OWL2.maxCardinality.asNode(),
            OWL2.qualifiedCardinality.asNode(), OWL2.minQualifiedCardinality.asNode(), OWL2.maxQualifiedCardinality.asNode());

    private final Graph g;
    private final OntologySignature signature;

    ClassExpressionReader(Graph g, OntologySignature signature) {
        this.g = g;
        this.signature = signature;
    }

    /**
     * @param axiom the axiom being read, for messages
     */
    ClassExpression read(Node n, String axiom) {
        if (n.isURI()) {
            if (n.equals(OWL2.Thing.asNode())) return new ClassExpression.Top();
            if (n.equals(OWL2.Nothing.asNode())) return new ClassExpression.Bottom();
            if (isDatatype(n))
                throw new UnsupportedAxiomException(axiom, Names.shortForm(n) + " is a datatype, not a class: data ranges are not supported");
            return new Named(n);
        }
        if (!n.isBlank()) throw new LegkgException("Ontology: " + axiom + ": a literal where a class is expected");
        Node intersection = one(n, OWL2.intersectionOf.asNode());
        if (intersection != null) return new And(readAll(list(intersection, axiom), axiom));
        Node union = one(n, OWL2.unionOf.asNode());
        if (union != null) return new ClassExpression.Or(readAll(list(union, axiom), axiom));
        Node complement = one(n, OWL2.complementOf.asNode());
        if (complement != null) return new ClassExpression.Not(read(complement, axiom));
        if (one(n, OWL2.oneOf.asNode()) != null)
            throw new UnsupportedAxiomException(axiom, "owl:oneOf (an enumeration of individuals) needs reasoning with nominals and equality");
        Node onProperty = one(n, OWL2.onProperty.asNode());
        if (onProperty != null) return restriction(n, onProperty, axiom);
        if (one(n, OWL2.onProperties.asNode()) != null)
            throw new UnsupportedAxiomException(axiom, "n-ary data restrictions (owl:onProperties) are not supported");
        throw new LegkgException("Ontology: " + axiom + ": blank node " + Names.shortForm(n)
                + " is not a class expression (no owl:intersectionOf, unionOf, complementOf or owl:Restriction with owl:onProperty)");
    }

    private ClassExpression restriction(Node n, Node onProperty, String axiom) {
        if (onProperty.isURI() && signature.isDataProperty(onProperty))
            throw new UnsupportedAxiomException(axiom, "restriction on datatype property " + Names.shortForm(onProperty)
                    + ": data restrictions are not supported");
        Role role = role(onProperty, axiom);
        for (Node c : CARDINALITIES)
            if (one(n, c) != null)
                throw new UnsupportedAxiomException(axiom, Names.shortForm(c) + " restriction on " + role.key()
                        + ": cardinality restrictions need counting and equality reasoning");
        if (one(n, OWL2.hasSelf.asNode()) != null)
            throw new UnsupportedAxiomException(axiom, "owl:hasSelf restriction on " + role.key() + " is not supported");
        Node some = one(n, OWL2.someValuesFrom.asNode());
        if (some != null) return new ClassExpression.Some(role, read(some, axiom));
        Node all = one(n, OWL2.allValuesFrom.asNode());
        if (all != null) return new ClassExpression.All(role, read(all, axiom));
        Node value = one(n, OWL2.hasValue.asNode());
        if (value != null) {
            if (!value.isURI())
                throw new UnsupportedAxiomException(axiom, "owl:hasValue on " + role.key() + " with "
                        + (value.isLiteral() ? "a literal" : "an anonymous individual") + ": only named individuals are supported");
            return new ClassExpression.HasValue(role, value);
        }
        throw new LegkgException("Ontology: " + axiom + ": restriction on " + role.key()
                + " has no owl:someValuesFrom, allValuesFrom, hasValue or cardinality");
    }

    /** A named object property or {@code [ owl:inverseOf p ]}. */
    Role role(Node n, String axiom) {
        if (n.equals(OWL2.topObjectProperty.asNode()) || n.equals(OWL2.bottomObjectProperty.asNode()))
            throw new UnsupportedAxiomException(axiom, Names.shortForm(n) + " (the universal or empty property) is not supported");
        if (n.isURI()) {
            if (!signature.isObjectProperty(n))
                throw new LegkgException("Ontology: " + axiom + ": " + Names.shortForm(n)
                        + " is used as an object property but not declared as owl:ObjectProperty");
            return new Role(n, false);
        }
        Node inverseOf = n.isBlank() ? one(n, OWL2.inverseOf.asNode()) : null;
        if (inverseOf != null && inverseOf.isURI()) {
            Role r = role(inverseOf, axiom);
            return new Role(r.property(), true);
        }
        throw new LegkgException("Ontology: " + axiom + ": " + Names.shortForm(n) + " is not a property expression");
    }

    List<Node> list(Node head, String axiom) {
        List<Node> items = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        Node cur = head;
        while (!cur.equals(RDF.nil.asNode())) {
            if (!seen.add(cur)) throw new LegkgException("Ontology: " + axiom + ": cyclic RDF list");
            Node first = one(cur, RDF.first.asNode());
            Node rest = one(cur, RDF.rest.asNode());
            if (first == null || rest == null)
                throw new LegkgException("Ontology: " + axiom + ": malformed RDF list at " + Names.shortForm(cur)
                        + " (needs exactly one rdf:first and rdf:rest)");
            items.add(first);
            cur = rest;
        }
        return items;
    }

    private List<ClassExpression> readAll(List<Node> nodes, String axiom) {
        List<ClassExpression> out = new ArrayList<>();
        for (Node n : nodes) out.add(read(n, axiom));
        return out;
    }

    private boolean isDatatype(Node n) {
        String uri = n.getURI();
        return uri.startsWith(org.apache.jena.vocabulary.XSD.NS) || n.equals(RDFS.Literal.asNode())
                || n.equals(RDF.langString.asNode()) || n.equals(RDF.PlainLiteral.asNode())
                || g.contains(n, RDF.type.asNode(), RDFS.Datatype.asNode());
    }

    /** The single object of (s, p), null if none; more than one is malformed for OWL's structural triples. */
    Node one(Node s, Node p) {
        List<Triple> ts = g.find(s, p, Node.ANY).toList();
        if (ts.isEmpty()) return null;
        if (ts.size() > 1)
            throw new LegkgException("Ontology: " + Names.shortForm(s) + " has " + ts.size() + " values for "
                    + Names.shortForm(p) + "; an OWL expression node takes exactly one");
        return ts.get(0).getObject();
    }
}
