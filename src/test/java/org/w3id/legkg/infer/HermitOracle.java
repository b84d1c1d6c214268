package org.w3id.legkg.infer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.TurtleDocumentFormat;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLObjectProperty;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.reasoner.InferenceType;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The independent reference: HermiT (a complete OWL 2 DL tableau reasoner) through OWL API 5, on the same
 * ontology and data as the materialiser, merged into one OWLOntology.
 */
final class HermitOracle implements AutoCloseable {
    final OWLOntology ontology;
    final OWLReasoner reasoner;

    HermitOracle(Graph ontologyGraph, Graph dataGraph) {
        Graph merged = GraphFactory.createDefaultGraph();
        ontologyGraph.find().forEachRemaining(merged::add);
        dataGraph.find().forEachRemaining(merged::add);
        // Turtle through OWL API's own parser: its Rio N-Triples parser needs JAXB, which Java 17 lacks.
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        RDFDataMgr.write(buf, merged, RDFFormat.TURTLE_FLAT);
        try {
            ontology = OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(
                    new StringDocumentSource(buf.toString(StandardCharsets.UTF_8), IRI.create("urn:legkg:test-merged"),
                            new TurtleDocumentFormat(), null));
        } catch (OWLOntologyCreationException e) {
            throw new IllegalStateException("OWL API cannot load the merged ontology and data", e);
        }
        reasoner = new ReasonerFactory().createReasoner(ontology);
        reasoner.precomputeInferences(InferenceType.CLASS_ASSERTIONS, InferenceType.OBJECT_PROPERTY_ASSERTIONS);
        if (!reasoner.isConsistent()) throw new IllegalStateException("HermiT: the ontology and data are inconsistent");
    }

    /** Named individuals whose IRI starts with the namespace. */
    Set<String> individuals(String namespace) {
        Set<String> out = new TreeSet<>();
        for (OWLNamedIndividual i : ontology.getIndividualsInSignature(Imports.INCLUDED))
            if (i.getIRI().toString().startsWith(namespace)) out.add(i.getIRI().toString());
        return out;
    }

    /** Named classes of the ontology (owl:Thing and owl:Nothing excluded). */
    Set<String> classes() {
        Set<String> out = new TreeSet<>();
        for (OWLClass c : ontology.getClassesInSignature(Imports.INCLUDED))
            if (!c.isOWLThing() && !c.isOWLNothing()) out.add(c.getIRI().toString());
        return out;
    }

    /** Named object properties (owl:topObjectProperty and owl:bottomObjectProperty excluded). */
    Set<String> objectProperties() {
        Set<String> out = new TreeSet<>();
        for (OWLObjectProperty p : ontology.getObjectPropertiesInSignature(Imports.INCLUDED))
            if (!p.isOWLTopObjectProperty() && !p.isOWLBottomObjectProperty()) out.add(p.getIRI().toString());
        return out;
    }

    /** Everything HermiT entails about the individuals: all named types and all values of the named object properties. */
    EntailedFacts entailed(Set<String> individuals) {
        var df = ontology.getOWLOntologyManager().getOWLDataFactory();
        Set<OWLObjectProperty> props = new java.util.LinkedHashSet<>();
        for (String p : objectProperties()) props.add(df.getOWLObjectProperty(IRI.create(p)));
        EntailedFacts f = EntailedFacts.empty();
        for (String iri : individuals) {
            OWLNamedIndividual ind = df.getOWLNamedIndividual(IRI.create(iri));
            reasoner.getTypes(ind, false).entities()
                    .filter(c -> !c.isOWLThing())
                    .forEach(c -> f.addType(iri, c.getIRI().toString()));
            for (OWLObjectProperty p : props)
                reasoner.getObjectPropertyValues(ind, p).entities()
                        .forEach(v -> f.addValue(iri, p.getIRI().toString(), v.getIRI().toString()));
        }
        return f;
    }

    @Override
    public void close() {
        reasoner.dispose();
    }
}
