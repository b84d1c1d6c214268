package org.w3id.legkg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.legkg.Namespaces;
import org.w3id.legkg.build.ProjectLayout;
import org.w3id.legkg.publish.DocModel.Axiom;
import org.w3id.legkg.publish.DocModel.Expression;
import org.w3id.legkg.publish.DocModel.Section;
import org.w3id.legkg.publish.DocModel.Term;
import org.w3id.legkg.publish.DocModel.TreeNode;
import org.w3id.legkg.publish.OntologyDocBuilder;
import org.w3id.legkg.publish.OntologyDocumentation;
import org.w3id.legkg.publish.Representation;
import org.w3id.legkg.publish.PublishLayout;

/**
 * The ontology documentation model: hierarchy, definitions, synonyms, external matches, and every axiom
 * kind rendered as Manchester-like text. Runs on the linked-data fixture ontology plus axioms the build's
 * materialiser does not accept (so they can only be tested here, on the documentation alone).
 */
class OntologyDocBuilderTest {
    static Map<String, Object> model;

    static final String EXTRA = """
            @prefix lk:   <https://w3id.org/legkg/ontology#> .
            @prefix owl:  <http://www.w3.org/2002/07/owl#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            lk:Claim rdfs:subClassOf [ a owl:Restriction ; owl:onProperty lk:statedIn ;
                    owl:qualifiedCardinality "1"^^xsd:nonNegativeInteger ; owl:onClass lk:SourceArticle ] .
            lk:Leg rdfs:subClassOf [ a owl:Restriction ; owl:onProperty [ owl:inverseOf lk:locatedIn ] ;
                    owl:allValuesFrom [ a owl:Class ; owl:unionOf ( lk:Symptom [ a owl:Class ; owl:complementOf lk:Nutrient ] ) ] ] .
            lk:SevereThing a owl:Class ; rdfs:label "severe thing"@en ;
                owl:equivalentClass [ a owl:Restriction ; owl:onProperty lk:qualifier ; owl:hasValue <https://w3id.org/legkg/id/Severe> ] .
            lk:Ranked a owl:Class ; rdfs:label "ranked"@en ;
                owl:equivalentClass [ a owl:Restriction ; owl:onProperty lk:rank ;
                    owl:someValuesFrom [ a rdfs:Datatype ; owl:onDatatype xsd:integer ;
                        owl:withRestrictions ( [ xsd:minInclusive 1 ] [ xsd:maxInclusive 5 ] ) ] ] .
            lk:Listed a owl:Class ; rdfs:label "listed"@en ;
                owl:equivalentClass [ a owl:Class ; owl:oneOf ( <https://w3id.org/legkg/id/Severe> <https://w3id.org/legkg/id/Mild> ) ] .
            lk:Broken a owl:Class ; rdfs:label "broken"@en ;
                owl:equivalentClass [ a owl:Class ; owl:intersectionOf ( lk:Symptom lk:Leg ) ] .
            [] a owl:AllDisjointProperties ; owl:members ( lk:hasFunction lk:impairs ) .
            """;

    @BeforeAll
    static void build() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(LinkedDataFixture.PROJECT.resolve("ontology/ld-ontology.ttl")).lang(Lang.TURTLE).parse(g);
        RDFParser.fromString(EXTRA, Lang.TURTLE).parse(g);
        // A list missing its rdf:rest: the page must show a warning, not drop the axiom or fail the build.
        Node broken = g.find(org.apache.jena.graph.NodeFactory.createURI(Namespaces.LK + "Broken"),
                org.apache.jena.vocabulary.OWL2.equivalentClass.asNode(), Node.ANY).next().getObject();
        Node list = g.find(broken, org.apache.jena.vocabulary.OWL2.intersectionOf.asNode(), Node.ANY).next().getObject();
        g.remove(list, org.apache.jena.vocabulary.RDF.rest.asNode(), Node.ANY);
        model = OntologyDocBuilder.build(g, List.of());
    }

    @SuppressWarnings("unchecked")
    static Term term(String local) {
        for (Section s : (List<Section>) model.get("sections"))
            for (Term t : s.terms()) if (t.iri().equals(Namespaces.LK + local)) return t;
        throw new AssertionError("no term lk:" + local);
    }

    static List<String> axiom(String local, String name) {
        Optional<Axiom> a = term(local).axioms().stream().filter(x -> x.name().equals(name)).findFirst();
        return a.map(x -> x.values().stream().map(Expression::text).toList()).orElse(List.of());
    }

    @Test
    void classAxiomsInManchesterText() {
        assertThat(axiom("VitaminDeficiency", "Equivalent to")).containsExactly("nutrient deficiency and (deficiency of some vitamin)");
        assertThat(axiom("NeurologicalDeficiency", "Equivalent to")).containsExactly("nutrient deficiency and (acts through some neuropathy)");
        assertThat(axiom("Claim", "Subclass of")).containsExactly("stated in exactly 1 source article");
        assertThat(axiom("Leg", "Subclass of")).containsExactly("body part", "inverse located in only (symptom or (not nutrient))");
        assertThat(axiom("SevereThing", "Equivalent to")).containsExactly("has qualifier value https://w3id.org/legkg/id/Severe");
        assertThat(axiom("Ranked", "Equivalent to")).containsExactly("rank some xsd:integer[>= 1, <= 5]");
        assertThat(axiom("Listed", "Equivalent to")).containsExactly("{https://w3id.org/legkg/id/Severe, https://w3id.org/legkg/id/Mild}");
        assertThat(axiom("Broken", "Equivalent to")).containsExactly("(malformed RDF list in owl:intersectionOf)");
        assertThat(axiom("Vitamin", "Disjoint with")).containsExactly("mineral");
        assertThat(axiom("Symptom", "Disjoint with")).contains("nutrient", "mechanism", "body part").doesNotContain("symptom");
        assertThat(axiom("Symptom", "Superclass of")).containsExactly("motor symptom", "sensory symptom");
        assertThat(axiom("Symptom", "In domain of")).contains("located in", "symptom of");
    }

    @Test
    void propertyAxioms() {
        assertThat(axiom("mayCause", "Property chain")).containsExactly("acts through o manifests as");
        assertThat(axiom("mayCause", "Superproperty of")).containsExactly("causes symptom");
        assertThat(axiom("locatedIn", "Property chain")).containsExactly("located in o part of");
        assertThat(axiom("partOf", "Used in the chain of")).containsExactly("located in");
        assertThat(axiom("partOf", "Characteristics")).containsExactly("Transitive");
        assertThat(axiom("occursWith", "Characteristics")).containsExactly("Symmetric");
        assertThat(axiom("rank", "Characteristics")).containsExactly("Functional");
        assertThat(axiom("rank", "Range")).containsExactly("xsd:integer");
        // inverses are shown on both sides, whichever side states them
        assertThat(axiom("deficiencyOf", "Inverse of")).containsExactly("has deficiency");
        assertThat(axiom("hasDeficiency", "Inverse of")).containsExactly("deficiency of");
        assertThat(axiom("hasFunction", "Disjoint with")).containsExactly("impairs");
        assertThat(axiom("causesSymptom", "Domain")).containsExactly("nutrient deficiency");
        assertThat(term("hasFunction").annotations()).anySatisfy(a -> {
            assertThat(a.name()).isEqualTo("requires claim");
            assertThat(a.values()).extracting(Expression::text).containsExactly("true");
        });
    }

    @Test
    void definitionsSynonymsMatchesAndLinks() {
        Term t = term("Tingling");
        assertThat(t.anchor()).isEqualTo("Tingling");
        assertThat(t.label()).isEqualTo("tingling");
        assertThat(t.curie()).isEqualTo("lk:Tingling");
        assertThat(t.definitions()).containsExactly("A prickling <b>pins-and-needles</b> sensation & more.");
        assertThat(t.synonyms()).containsExactly("pins and needles");
        assertThat(t.matches()).singleElement().satisfies(m -> {
            assertThat(m.relation()).isEqualTo("exact match");
            assertThat(m.target().href()).isEqualTo("http://purl.obolibrary.org/obo/HP_0003401");
            assertThat(m.target().text()).isEqualTo("HP:0003401");
        });
        // Named terms in axioms link to their anchors on the page; external ones to their IRI.
        Expression sup = term("Tingling").axioms().get(0).values().get(0);
        assertThat(sup.fragments()).singleElement().satisfies(f -> assertThat(f.href()).isEqualTo("#SensorySymptom"));
        Expression range = term("rank").axioms().stream().filter(a -> a.name().equals("Range")).findFirst().orElseThrow().values().get(0);
        assertThat(range.fragments().get(0).href()).isEqualTo("http://www.w3.org/2001/XMLSchema#integer");
    }

    @Test
    @SuppressWarnings("unchecked")
    void hierarchyNestsSubclassesUnderTheirParents() {
        Section classes = ((List<Section>) model.get("sections")).get(0);
        assertThat(classes.title()).isEqualTo("Classes");
        TreeNode symptom = classes.tree().stream().filter(n -> n.term().text().equals("symptom")).findFirst().orElseThrow();
        TreeNode sensory = symptom.children().stream().filter(n -> n.term().text().equals("sensory symptom")).findFirst().orElseThrow();
        assertThat(sensory.children()).extracting(n -> n.term().text()).containsExactly("numbness", "tingling");
        assertThat(classes.tree()).extracting(n -> n.term().text()).doesNotContain("tingling", "vitamin");
    }

    @Test
    void theBuildArtifactWritesEverySyntaxAndThePage(@TempDir Path tmp) throws Exception {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(LinkedDataFixture.PROJECT.resolve("ontology/ld-ontology.ttl")).lang(Lang.TURTLE).parse(g);
        String summary = new OntologyDocumentation().write(tmp, Map.of(Namespaces.GRAPH_ONTOLOGY, g), new ProjectLayout(tmp));
        assertThat(summary).contains(g.size() + " triples");
        PublishLayout layout = new PublishLayout(tmp);
        for (Representation r : List.of(Representation.TURTLE, Representation.RDFXML, Representation.JSONLD, Representation.NTRIPLES)) {
            Graph back = GraphFactory.createDefaultGraph();
            RDFParser.source(layout.ontologyFile(r)).lang(r.lang()).parse(back);
            assertThat(back.isIsomorphicWith(g)).as(r.name()).isTrue();
        }
        String html = Files.readString(layout.ontologyFile(Representation.HTML), StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<span class=\"kw\"> and </span>", "<span class=\"kw\"> some </span>",
                "<a class=\"ext\" href=\"http://purl.obolibrary.org/obo/HP_0003401\"", "id=\"sec-general-axioms\"")
                .doesNotContainIgnoringCase("<script");
    }
}
