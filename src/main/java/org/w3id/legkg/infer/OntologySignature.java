package org.w3id.legkg.infer;

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

/**
 * Which properties of the ontology are object, datatype or annotation properties. OWL 2 DL keeps the three
 * apart, and the materialiser must know which is which: only object properties link individuals, annotation
 * axioms carry no semantics at all.
 */
final class OntologySignature {
    private static final Set<Node> BUILT_IN_ANNOTATIONS = Set.of(
            RDFS.label.asNode(), RDFS.comment.asNode(), RDFS.seeAlso.asNode(), RDFS.isDefinedBy.asNode(),
            OWL2.versionInfo.asNode(), OWL2.deprecated.asNode(), OWL2.priorVersion.asNode(),
            OWL2.backwardCompatibleWith.asNode(), OWL2.incompatibleWith.asNode());
    private static final Set<Node> OBJECT_PROPERTY_TYPES = Set.of(
            OWL2.ObjectProperty.asNode(), OWL2.TransitiveProperty.asNode(), OWL2.SymmetricProperty.asNode(),
            OWL2.AsymmetricProperty.asNode(), OWL2.ReflexiveProperty.asNode(), OWL2.IrreflexiveProperty.asNode(),
            OWL2.InverseFunctionalProperty.asNode());

    private final Set<Node> objectProperties = new HashSet<>();
    private final Set<Node> dataProperties = new HashSet<>();
    private final Set<Node> annotationProperties = new HashSet<>(BUILT_IN_ANNOTATIONS);

    OntologySignature(Graph g) {
        Node type = RDF.type.asNode();
        for (Node t : OBJECT_PROPERTY_TYPES) g.find(Node.ANY, type, t).forEachRemaining(tr -> objectProperties.add(tr.getSubject()));
        g.find(Node.ANY, type, OWL2.DatatypeProperty.asNode()).forEachRemaining(tr -> dataProperties.add(tr.getSubject()));
        g.find(Node.ANY, type, OWL2.AnnotationProperty.asNode()).forEachRemaining(tr -> annotationProperties.add(tr.getSubject()));
        // Inverses and chains exist only for object properties, whether declared or not.
        g.find(Node.ANY, OWL2.inverseOf.asNode(), Node.ANY).forEachRemaining(tr -> {
            if (tr.getSubject().isURI()) objectProperties.add(tr.getSubject());
            if (tr.getObject().isURI()) objectProperties.add(tr.getObject());
        });
        g.find(Node.ANY, OWL2.propertyChainAxiom.asNode(), Node.ANY).forEachRemaining(tr -> objectProperties.add(tr.getSubject()));
        // An undeclared property takes the kind of the property it is a subproperty or equivalent of.
        List<Node> links = List.of(RDFS.subPropertyOf.asNode(), OWL2.equivalentProperty.asNode());
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Node link : links) {
                for (Triple tr : g.find(Node.ANY, link, Node.ANY).toList()) {
                    changed |= spread(tr.getSubject(), tr.getObject()) | spread(tr.getObject(), tr.getSubject());
                }
            }
        }
        for (Node p : objectProperties)
            if (dataProperties.contains(p))
                throw new LegkgException("Ontology: " + Names.shortForm(p) + " is both an object and a datatype property (not allowed in OWL 2 DL)");
    }

    private boolean spread(Node from, Node to) {
        if (!to.isURI()) return false;
        if (objectProperties.contains(from)) return objectProperties.add(to);
        if (dataProperties.contains(from)) return dataProperties.add(to);
        if (annotationProperties.contains(from) && !BUILT_IN_ANNOTATIONS.contains(to)) return annotationProperties.add(to);
        return false;
    }

    boolean isObjectProperty(Node p) { return objectProperties.contains(p); }

    boolean isDataProperty(Node p) { return dataProperties.contains(p); }

    boolean isAnnotationProperty(Node p) { return annotationProperties.contains(p); }

    Set<Node> objectProperties() { return objectProperties; }

    Set<Node> dataProperties() { return dataProperties; }
}
