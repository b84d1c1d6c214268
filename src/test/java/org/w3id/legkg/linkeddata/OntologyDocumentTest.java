package org.w3id.legkg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.w3id.legkg.Namespaces;

/**
 * {@code /ontology}: OWL API (the library under Protégé's "open from URL") loads it from the server with
 * its own Accept header; Jena reads it in each RDF syntax; browsers get the documentation.
 */
class OntologyDocumentTest {
    static LinkedDataFixture fx;
    static final String OWLAPI_ACCEPT = HttpBehaviourTest.OWLAPI_ACCEPT;

    @BeforeAll
    static void start() {
        fx = LinkedDataFixture.get();
    }

    static Graph storeOntology() {
        return fx.read(() -> {
            Graph g = GraphFactory.createDefaultGraph();
            fx.dataset().getGraph(Namespaces.GRAPH_ONTOLOGY).find().forEachRemaining(g::add);
            return g;
        });
    }

    @Test
    void owlApiLoadsTheOntologyFromItsIriAsProtegeWould() throws Exception {
        OWLOntologyManager fromServer = OWLManager.createOWLOntologyManager();
        OWLOntology served = fromServer.loadOntologyFromOntologyDocument(IRI.create(fx.base + "/ontology"));
        OWLOntologyManager fromFile = OWLManager.createOWLOntologyManager();
        OWLOntology file = fromFile.loadOntologyFromOntologyDocument(
                LinkedDataFixture.PROJECT.resolve("ontology/ld-ontology.ttl").toFile());
        assertThat(served.getOntologyID().getOntologyIRI()).hasValueSatisfying(i -> assertThat(i.toString()).isEqualTo(Namespaces.ONTOLOGY_IRI));
        assertThat(served.getOntologyID().getVersionIRI()).hasValueSatisfying(i -> assertThat(i.toString()).isEqualTo(Namespaces.ONTOLOGY_IRI + "/0.9.0"));
        assertThat(fromServer.getOntologyFormat(served).getKey()).isEqualTo("RDF/XML Syntax");
        assertThat(new TreeSet<>(served.getAxioms().stream().map(Object::toString).toList()))
                .isEqualTo(new TreeSet<>(file.getAxioms().stream().map(Object::toString).toList()));

        // the header OWL API sends gets RDF/XML, and so do requests without preference
        for (String accept : List.of(OWLAPI_ACCEPT, "*/*", "application/xml")) {
            HttpResponse<String> r = fx.get("/ontology", "Accept", accept);
            assertThat(r.headers().firstValue("Content-Type")).as(accept).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/rdf+xml"));
        }
        assertThat(fx.get("/ontology").headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/rdf+xml"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"})
    void jenaReadsTheStoredOntologyGraphInEachSyntax(String mediaType) {
        Graph got = GraphFactory.createDefaultGraph();
        RDFParser.source(fx.base + "/ontology").acceptHeader(mediaType).parse(got);
        assertThat(ModelFactory.createModelForGraph(got).isIsomorphicWith(ModelFactory.createModelForGraph(storeOntology())))
                .as(mediaType).isTrue();
    }

    @Test
    void versionIriPathAndSuffixesServeTheSameDocument() {
        HttpResponse<String> latest = fx.get("/ontology.ttl");
        HttpResponse<String> version = fx.get("/ontology/0.9.0", "Accept", "text/turtle");
        assertThat(version.statusCode()).isEqualTo(200);
        assertThat(version.body()).isEqualTo(latest.body());
        assertThat(fx.get("/ontology/0.9.0.jsonld").headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/ld+json"));
        assertThat(fx.get("/ontology.owl").headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/rdf+xml"));
        assertThat(fx.get("/ontology/0.8.0").statusCode()).isEqualTo(404);
        assertThat(fx.get("/ontology.xyz").statusCode()).isEqualTo(404);
    }

    @Test
    void browsersGetTheDocumentationWithAnAnchorForEveryTerm() {
        HttpResponse<String> r = fx.get("/ontology", "Accept", HttpBehaviourTest.BROWSER_ACCEPT);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/html"));
        String html = r.body();
        Graph ont = storeOntology();
        Set<String> terms = new TreeSet<>();
        for (Node type : List.of(OWL2.Class.asNode(), OWL2.ObjectProperty.asNode(), OWL2.DatatypeProperty.asNode(), OWL2.AnnotationProperty.asNode()))
            ont.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Namespaces.LK)) terms.add(t.getSubject().getURI());
            });
        assertThat(terms).hasSizeGreaterThan(40);
        // https://w3id.org/legkg/ontology#Vitamin, opened in a browser, lands on its entry: one element with that id.
        for (String iri : terms) {
            String id = "id=\"" + iri.substring(Namespaces.LK.length()) + "\"";
            assertThat(html.split(java.util.regex.Pattern.quote(id), -1)).as(id).hasSize(2);
        }
        assertThat(html).contains("https://w3id.org/legkg/ontology/0.9.0", "href=\"/ontology.ttl\"", "href=\"/ontology.rdf\"");
        // the same page is what the build wrote
        Path file = fx.store.buildDir().resolve("publish/ontology/ontology.html");
        assertThat(file).exists();
    }
}
