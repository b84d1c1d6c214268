package org.w3id.legkg.infer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.legkg.LegkgException;

/**
 * Puts the asserted class and property assertions into the fact store. Datatype-property values are not
 * facts of the engine (no rule joins on literals): their domains become derived types here, and their
 * superproperty values are collected directly as inferred triples.
 */
final class FactLoader {
    /** Vocabulary that may appear in instance data without changing what is entailed. */
    private static final Set<Node> DATA_ANNOTATIONS = Set.of(
            RDFS.label.asNode(), RDFS.comment.asNode(), RDFS.seeAlso.asNode(), RDFS.isDefinedBy.asNode(),
            OWL2.versionInfo.asNode(), OWL2.versionIRI.asNode(), OWL2.imports.asNode(), OWL2.deprecated.asNode(),
            OWL2.priorVersion.asNode(), OWL2.differentFrom.asNode(), OWL2.members.asNode(),
            OWL2.distinctMembers.asNode(), RDF.first.asNode(), RDF.rest.asNode());
    private static final Set<Node> DATA_TYPES_IGNORED = Set.of(
            OWL2.NamedIndividual.asNode(), OWL2.Thing.asNode(), OWL2.Ontology.asNode(), OWL2.AllDifferent.asNode(),
            RDF.List.asNode());

    private final RuleSet rules;
    private final FactStore store;
    private final Node type = RDF.type.asNode();
    /** Inferred datatype-property values (superproperties), with their kind. */
    private final Map<Triple, InferenceKind> dataValueInferences = new LinkedHashMap<>();
    /** For functional datatype properties: the first value seen per subject and property. */
    private final Map<Node, Map<Node, Node>> functionalValues = new HashMap<>();
    /** Types from datatype-property domains, added after all assertions so none is logged as inferred first. */
    private final java.util.List<int[]> domainTypes = new java.util.ArrayList<>();
    private long assertedTypes, assertedValues;

    FactLoader(RuleSet rules, FactStore store) {
        this.rules = rules;
        this.store = store;
    }

    /** Class and property assertions that the ontology file itself makes about individuals. */
    void loadOntologyAssertions(Graph ontology) {
        ontology.find().forEachRemaining(t -> {
            Node s = t.getSubject(), p = t.getPredicate(), o = t.getObject();
            if (!s.isURI()) return;
            if (p.equals(type)) {
                if (o.isURI() && !Names.isSchemaVocabulary(o) && rules.classIdOrNegative(o) >= 0
                        && !ontology.contains(s, type, OWL2.Class.asNode())) {
                    addType(s, o);
                }
            } else if (rules.isObjectProperty(p) && o.isURI()) {
                addEdge(s, p, o);
            } else if (rules.dataProperties.containsKey(p) && o.isLiteral()) {
                addDataValue(s, p, o, "ontology");
            }
        });
    }

    void loadData(Graph data) {
        Set<Node> headers = new HashSet<>();
        data.find(Node.ANY, type, OWL2.Ontology.asNode()).forEachRemaining(t -> headers.add(t.getSubject()));
        data.find().forEachRemaining(t -> {
            Node s = t.getSubject(), p = t.getPredicate(), o = t.getObject();
            if (headers.contains(s)) return; // an ontology header of a data file: annotations, imports
            if (s.isLiteral()) return;
            if (p.equals(type)) {
                if (!o.isURI())
                    throw new LegkgException("data: " + triple(t) + ": the type of an individual must be a named class");
                if (DATA_TYPES_IGNORED.contains(o)) {
                    store.node(s);
                } else if (Names.isSchemaVocabulary(o)) {
                    throw new LegkgException("data: " + triple(t) + ": schema declarations belong in ontology/, not in data/");
                } else {
                    addType(s, o);
                }
            } else if (rules.isObjectProperty(p)) {
                if (o.isLiteral())
                    throw new LegkgException("data: " + triple(t) + ": " + Names.shortForm(p)
                            + " is an object property, so its value must be an individual, not a literal");
                addEdge(s, p, o);
            } else if (rules.dataProperties.containsKey(p)) {
                if (!o.isLiteral())
                    throw new LegkgException("data: " + triple(t) + ": " + Names.shortForm(p)
                            + " is a datatype property, so its value must be a literal");
                addDataValue(s, p, o, "data");
            } else if (p.equals(OWL2.sameAs.asNode())) {
                throw new UnsupportedAxiomException("data: " + triple(t), "owl:sameAs needs equality reasoning");
            } else if (Names.isSchemaVocabulary(p) && !DATA_ANNOTATIONS.contains(p)) {
                throw new LegkgException("data: " + triple(t) + ": " + Names.shortForm(p)
                        + " is a schema axiom; it belongs in ontology/, not in data/");
            }
            // Annotations (labels, definitions, mappings) and undeclared properties: nothing to infer.
        });
    }

    /** Adds what the datatype-property domains entail; call after every graph is loaded. */
    void finish() {
        for (int[] t : domainTypes) store.addType(t[0], t[1], (byte) InferenceKind.DOMAIN.ordinal());
        domainTypes.clear();
    }

    private void addType(Node s, Node cls) {
        int id = rules.classIdOrNegative(cls);
        int n = store.node(s);
        // A class no axiom mentions has no consequences; its assertion stays as asserted.
        if (id >= 0 && store.addType(n, id, FactStore.ASSERTED)) assertedTypes++;
    }

    private void addEdge(Node s, Node p, Node o) {
        if (store.addEdge(rules.namedProperty(p), store.node(s), store.node(o), FactStore.ASSERTED)) assertedValues++;
    }

    private void addDataValue(Node s, Node p, Node value, String where) {
        RuleSet.DataProperty dp = rules.dataProperties.get(p);
        int n = store.node(s);
        for (int d : dp.domains()) domainTypes.add(new int[] {n, d});
        checkFunctional(s, p, value, where);
        for (Node sup : dp.superProperties()) {
            checkFunctional(s, sup, value, where);
            dataValueInferences.putIfAbsent(Triple.create(s, sup, value), InferenceKind.SUBPROPERTY);
        }
    }

    private void checkFunctional(Node s, Node p, Node value, String where) {
        RuleSet.DataProperty dp = rules.dataProperties.get(p);
        if (dp == null || !dp.functional()) return;
        Node previous = functionalValues.computeIfAbsent(s, k -> new HashMap<>()).putIfAbsent(p, value);
        if (previous != null && !previous.sameValueAs(value))
            throw new InconsistentDataException(where + ": " + Names.shortForm(s) + " has two values for the functional property "
                    + Names.shortForm(p) + ": " + previous + " and " + value);
    }

    Map<Triple, InferenceKind> dataValueInferences() { return dataValueInferences; }

    long assertedTypes() { return assertedTypes; }

    long assertedValues() { return assertedValues; }

    private static String triple(Triple t) {
        return Names.shortForm(t.getSubject()) + " " + Names.shortForm(t.getPredicate()) + " " + Names.shortForm(t.getObject());
    }
}
