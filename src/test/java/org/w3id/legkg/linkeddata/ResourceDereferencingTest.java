package org.w3id.legkg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.legkg.linkeddata.LinkedDataFixture.lk;
import static org.w3id.legkg.linkeddata.LinkedDataFixture.lkd;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.legkg.Namespaces;
import org.w3id.legkg.publish.Representation;

/**
 * A real client (Jena's RDFParser over HTTP, as {@code RDFDataMgr.read(url)} does) dereferences
 * {@code lkd:} IRIs on the running server in every RDF syntax and gets what the store holds.
 */
class ResourceDereferencingTest {
    static LinkedDataFixture fx;
    static final Node B12_DEF = lkd("VitaminB12Deficiency");

    @BeforeAll
    static void start() {
        fx = LinkedDataFixture.get();
    }

    /** Every quad of the store with the resource as subject or as object, as the store holds it. */
    static List<Quad> storeQuads(Node x) {
        return fx.read(() -> {
            List<Quad> out = new java.util.ArrayList<>();
            fx.dataset().find(Node.ANY, x, Node.ANY, Node.ANY).forEachRemaining(out::add);
            fx.dataset().find(Node.ANY, Node.ANY, Node.ANY, x).forEachRemaining(out::add);
            return out.stream().filter(q -> !q.isDefaultGraph()).toList();
        });
    }

    static Set<Triple> triples(List<Quad> quads) {
        Set<Triple> s = new HashSet<>();
        quads.forEach(q -> s.add(q.asTriple()));
        return s;
    }

    @ParameterizedTest
    @EnumSource(value = Representation.class, names = {"TURTLE", "JSONLD", "NTRIPLES", "RDFXML"})
    void jenaReadsEveryTripleTheStoreHoldsInEachTripleSyntax(Representation r) {
        // Negotiated by Accept at the IRI itself ...
        Graph g = ModelFactory.createDefaultModel().getGraph();
        RDFParser.source(fx.base + "/id/VitaminB12Deficiency").acceptHeader(r.mediaType()).parse(g);
        // ... and by suffix, where Jena decides the syntax from the Content-Type the server sends.
        Model bySuffix = RDFDataMgr.loadModel(fx.base + "/id/VitaminB12Deficiency." + r.extension());

        Set<Triple> expected = triples(storeQuads(B12_DEF));
        assertThat(expected).hasSizeGreaterThan(10);
        for (Graph got : List.of(g, bySuffix.getGraph())) {
            Set<Triple> actual = new HashSet<>(got.find().toList());
            assertThat(actual).as(r + ": store triples about and to the resource").containsAll(expected);
            assertAbsolute(actual);
        }
        assertThat(bySuffix.isIsomorphicWith(ModelFactory.createModelForGraph(g))).as(r + ": suffix and conneg give the same graph").isTrue();
    }

    @Test
    void plainRdfDataMgrReadGetsTurtleWithClaimsAndTheirSources() {
        // RDFDataMgr.read(url) sends Jena's default Accept (Turtle and TriG both at q=1): Turtle must win.
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, fx.base + "/id/VitaminB12Deficiency");
        assertThat(fx.get("/id/VitaminB12Deficiency", "Accept", org.apache.jena.riot.WebContent.defaultRDFAcceptHeader)
                .headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/turtle"));
        Graph g = m.getGraph();
        // Every claim about the resource, with the article, its title and the section heading.
        List<Node> claims = fx.read(() -> Iter.toList(fx.dataset().find(Node.ANY, Node.ANY, lk("claimSubject"), B12_DEF))
                .stream().map(Quad::getSubject).distinct().toList());
        assertThat(claims).hasSize(3);
        for (Node c : claims) {
            Set<Triple> claimTriples = fx.read(() -> triples(Iter.toList(fx.dataset().find(Node.ANY, c, Node.ANY, Node.ANY))));
            assertThat(g.find().toSet()).containsAll(claimTriples);
        }
        assertThat(g.contains(lkd("Claim_001_2"), lk("section"), Node.ANY)).isTrue();
        assertThat(g.contains(lkd("Article001"), org.apache.jena.graph.NodeFactory.createURI("http://purl.org/dc/terms/title"), Node.ANY)).isTrue();
        // Labels of linked resources come along, so a client can name them.
        assertThat(g.contains(lkd("PeripheralNeuropathy"), org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Representation.class, names = {"TRIG", "NQUADS"})
    void quadSyntaxesKeepAssertedAndInferredApart(Representation r) {
        DatasetGraph got = DatasetGraphFactory.create();
        RDFParser.source(fx.base + "/id/VitaminB12Deficiency").acceptHeader(r.mediaType()).parse(got);
        List<Quad> expected = storeQuads(B12_DEF);
        for (Quad q : expected) assertThat(got.contains(q)).as(r + " keeps " + q + " in its graph").isTrue();
        // The fixture's vitamin B12 deficiency is a vitamin deficiency only by the defined class: inferred, never asserted.
        Node vitaminDef = lk("VitaminDeficiency");
        assertThat(got.contains(Namespaces.GRAPH_INFERRED, B12_DEF, RDF.type.asNode(), vitaminDef)).isTrue();
        assertThat(got.contains(Namespaces.GRAPH_DATA, B12_DEF, RDF.type.asNode(), vitaminDef)).isFalse();
        assertThat(got.contains(Namespaces.GRAPH_DATA, B12_DEF, RDF.type.asNode(), lk("NutrientDeficiency"))).isTrue();
        got.find().forEachRemaining(q -> assertAbsolute(Set.of(q.asTriple())));
    }

    @Test
    void turtleAndNTriplesSayWhichStatementsWereInferred() {
        String ttl = fx.get("/id/VitaminB12Deficiency.ttl").body();
        int asserted = ttl.indexOf("# Statements about <" + B12_DEF.getURI() + "> (asserted");
        int inferred = ttl.indexOf("# Statements about <" + B12_DEF.getURI() + "> inferred at build time");
        assertThat(asserted).isNotNegative();
        assertThat(inferred).isGreaterThan(asserted);
        // the inferred type sits in the inferred section only
        assertThat(ttl.substring(inferred)).contains("lk:VitaminDeficiency");
        assertThat(ttl.substring(asserted, inferred)).doesNotContain("lk:VitaminDeficiency");
        String nt = fx.get("/id/VitaminB12Deficiency.nt").body();
        assertThat(nt).contains("inferred at build time (graph " + Namespaces.GRAPH_INFERRED.getURI() + ")");
    }

    @Test
    void everyResourceOfTheStoreDereferences() {
        List<Node> subjects = fx.read(() -> Iter.toList(fx.dataset().find()).stream().map(Quad::getSubject)
                .filter(n -> n.isURI() && n.getURI().startsWith(Namespaces.LKD)).distinct().toList());
        assertThat(subjects).hasSizeGreaterThan(15);
        for (Node s : subjects) {
            String path = "/id/" + s.getURI().substring(Namespaces.LKD.length());
            var resp = fx.get(path, "Accept", "application/n-triples");
            assertThat(resp.statusCode()).as(path).isEqualTo(200);
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(resp.body(), Lang.NTRIPLES).parse(m);
            assertThat(m.getGraph().find().toSet()).as(path).containsAll(triples(storeQuads(s)));
        }
    }

    @Test
    void indexListsTheMainKindsAndLinksTheQueryEditorAndApi() {
        var resp = fx.get("/id/", "Accept", "text/html");
        assertThat(resp.statusCode()).isEqualTo(200);
        String html = resp.body();
        List<Node> symptoms = fx.read(() -> Iter.toList(fx.dataset().find(Quad.unionGraph, Node.ANY, RDF.type.asNode(), lk("Symptom")))
                .stream().map(Quad::getSubject).distinct().toList());
        assertThat(symptoms).hasSize(3);
        for (Node s : symptoms) assertThat(html).contains("href=\"/id/" + s.getURI().substring(Namespaces.LKD.length()) + "\"");
        assertThat(html).contains("id=\"nutrients\"", "id=\"deficiencies\"", "id=\"mechanisms\"", "id=\"symptoms\"",
                "href=\"/\"", "href=\"/api\"", "href=\"/sparql\"", "href=\"/ontology\"");
        assertThat(fx.get("/id").statusCode()).isEqualTo(301);
    }

    /** Nothing in a document may have been resolved against the address it was fetched from. */
    static void assertAbsolute(Set<Triple> triples) {
        for (Triple t : triples)
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()})
                if (n.isURI()) assertThat(n.getURI()).as("IRI in " + t).doesNotStartWith(fx.base).matches("^[a-z][a-z0-9+.-]*:.*");
    }
}
