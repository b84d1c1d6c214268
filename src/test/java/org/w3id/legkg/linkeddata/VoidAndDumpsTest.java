package org.w3id.legkg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.legkg.Namespaces;
import org.w3id.legkg.publish.PublicIris;

/**
 * VoID statistics are checked against counts the test computes itself with SPARQL over the store; the
 * dumps it points to are downloaded from the server, unpacked and compared with the store quad by quad.
 */
class VoidAndDumpsTest {
    static LinkedDataFixture fx;
    static Model voidModel;
    static Resource dataset;

    @BeforeAll
    static void start() {
        fx = LinkedDataFixture.get();
        voidModel = RDFDataMgr.loadModel(fx.base + "/.well-known/void");
        dataset = voidModel.getResource(PublicIris.DATASET);
    }

    static long count(String sparql) {
        return fx.read(() -> {
            var rs = QueryExec.dataset(fx.dataset()).query("PREFIX lk: <" + Namespaces.LK + ">\n" + sparql).select();
            long n = rs.next().get("n").getLiteralValue() instanceof Number num ? num.longValue() : -1;
            rs.close();
            return n;
        });
    }

    static long integer(Resource r, org.apache.jena.rdf.model.Property p) {
        RDFNode n = r.getRequiredProperty(p).getObject();
        return n.asLiteral().getLong();
    }

    @Test
    void statisticsMatchWhatSparqlCounts() {
        assertThat(dataset.hasProperty(RDF.type, VOID.Dataset)).isTrue();
        assertThat(integer(dataset, VOID.triples)).isEqualTo(count("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"));
        assertThat(integer(dataset, VOID.entities)).isEqualTo(count(
                "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?s), \"" + Namespaces.LKD + "\")) }"));
        assertThat(integer(dataset, VOID.classes)).isEqualTo(count("SELECT (COUNT(DISTINCT ?c) AS ?n) { GRAPH ?g { ?s a ?c } FILTER(isIRI(?c)) }"));
        assertThat(integer(dataset, VOID.properties)).isEqualTo(count("SELECT (COUNT(DISTINCT ?p) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
        assertThat(integer(dataset, VOID.distinctSubjects)).isEqualTo(count("SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));

        Resource symptomPartition = partition(VOID.classPartition, VOID._class, Namespaces.LK + "Symptom");
        assertThat(integer(symptomPartition, VOID.entities)).isEqualTo(count("SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a lk:Symptom } }"))
                .isEqualTo(3);
        Resource causes = partition(VOID.propertyPartition, VOID.property, Namespaces.LK + "causesSymptom");
        assertThat(integer(causes, VOID.triples)).isEqualTo(count("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?o { GRAPH ?g { ?s lk:causesSymptom ?o } } }"));
        assertThat(voidModel.listObjectsOfProperty(dataset, VOID.classPartition).toList()).hasSize((int) integer(dataset, VOID.classes));
        assertThat(voidModel.listObjectsOfProperty(dataset, VOID.propertyPartition).toList()).hasSize((int) integer(dataset, VOID.properties));

        // one subset per named graph, with its size
        Resource inferred = voidModel.listObjectsOfProperty(dataset, VOID.subset).toList().stream().map(RDFNode::asResource)
                .filter(s -> s.hasProperty(voidModel.createProperty("http://www.w3.org/ns/sparql-service-description#name"),
                        voidModel.createResource(Namespaces.GRAPH_INFERRED.getURI()))).findFirst().orElseThrow();
        assertThat(integer(inferred, VOID.triples)).isEqualTo(fx.read(() -> (long) fx.dataset().getGraph(Namespaces.GRAPH_INFERRED).size()));
    }

    private static Resource partition(org.apache.jena.rdf.model.Property kind, org.apache.jena.rdf.model.Property key, String iri) {
        return voidModel.listObjectsOfProperty(dataset, kind).toList().stream().map(RDFNode::asResource)
                .filter(p -> p.hasProperty(key, voidModel.createResource(iri))).findFirst()
                .orElseThrow(() -> new AssertionError("no partition for " + iri));
    }

    @Test
    void endpointUriSpaceExamplesAndModified() {
        assertThat(dataset.getPropertyResourceValue(VOID.sparqlEndpoint).getURI()).isEqualTo(Namespaces.BASE + "sparql");
        assertThat(dataset.getProperty(VOID.uriSpace).getString()).isEqualTo(Namespaces.LKD);
        assertThat(dataset.hasProperty(VOID.vocabulary, voidModel.createResource(Namespaces.ONTOLOGY_IRI))).isTrue();
        List<Resource> examples = voidModel.listObjectsOfProperty(dataset, VOID.exampleResource).toList().stream().map(RDFNode::asResource).toList();
        // the best-connected deficiency, nutrient, mechanism and symptom of the fixture
        assertThat(examples).extracting(Resource::getURI).contains(Namespaces.LKD + "VitaminB12Deficiency", Namespaces.LKD + "PeripheralNeuropathy");
        assertThat(examples).hasSize(4);
        for (Resource e : examples)
            assertThat(fx.get(PublicIris.path(e.getURI())).statusCode()).as(e.getURI()).isEqualTo(200);
        Literal modified = dataset.getProperty(DCTerms.modified).getLiteral();
        assertThat(Instant.parse(modified.getLexicalForm())).isEqualTo(fx.store.manifest().created().truncatedTo(ChronoUnit.SECONDS));
        assertThat(dataset.getPropertyResourceValue(DCTerms.license).getURI()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        // JSON-LD of the same description says the same
        Model json = ModelFactory.createDefaultModel();
        RDFParser.source(fx.base + "/.well-known/void").acceptHeader("application/ld+json").parse(json);
        assertThat(json.isIsomorphicWith(voidModel)).isTrue();
    }

    @Test
    void nquadsDumpHoldsExactlyTheStore() throws Exception {
        HttpResponse<byte[]> r = download(PublicIris.dump("legkg.nq.gz"));
        DatasetGraph dump = DatasetGraphFactory.create();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(dump);
        }
        fx.read(() -> {
            long storeQuads = 0;
            var it = fx.dataset().find();
            while (it.hasNext()) {
                var q = it.next();
                if (q.isDefaultGraph()) continue;
                storeQuads++;
                // canonical labels: blank nodes differ, so compare the graphs below; IRIs and literals compare here
                if (!q.getSubject().isBlank() && !q.getObject().isBlank()) assertThat(dump.contains(q)).as(q.toString()).isTrue();
            }
            assertThat(dump.stream().count()).isEqualTo(storeQuads);
            for (Node g : List.of(Namespaces.GRAPH_ONTOLOGY, Namespaces.GRAPH_DATA, Namespaces.GRAPH_INFERRED))
                assertThat(dump.getGraph(g).isIsomorphicWith(fx.dataset().getGraph(g))).as(g.getURI()).isTrue();
            return null;
        });
    }

    @Test
    void turtleDumpHoldsTheUnion() throws Exception {
        HttpResponse<byte[]> r = download(PublicIris.dump("legkg.ttl.gz"));
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        }
        assertThat((long) g.size()).isEqualTo(integer(dataset, VOID.triples));
    }

    @Test
    void dcatDistributionsStateTheSizeAndChecksumOfWhatIsServed() throws Exception {
        List<Resource> dists = voidModel.listObjectsOfProperty(dataset, DCAT.distribution).toList().stream().map(RDFNode::asResource).toList();
        assertThat(dists).hasSize(2);
        for (Resource d : dists) {
            String url = d.getPropertyResourceValue(DCAT.downloadURL).getURI();
            assertThat(dataset.hasProperty(VOID.dataDump, voidModel.createResource(url))).isTrue();
            HttpResponse<byte[]> r = download(url);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/gzip");
            assertThat(d.getProperty(DCAT.byteSize).getLong()).isEqualTo(r.body().length);
            Resource checksum = d.getPropertyResourceValue(voidModel.createProperty("http://spdx.org/rdf/terms#checksum"));
            String sha = checksum.getProperty(voidModel.createProperty("http://spdx.org/rdf/terms#checksumValue")).getString();
            assertThat(sha).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(r.body())));
            assertThat(d.getPropertyResourceValue(DCAT.compressFormat).getURI()).endsWith("application/gzip");
        }
        Resource catalog = voidModel.getResource(PublicIris.CATALOG);
        assertThat(catalog.hasProperty(RDF.type, DCAT.Catalog)).isTrue();
        assertThat(catalog.hasProperty(DCAT.dataset, dataset)).isTrue();
        Resource service = catalog.getPropertyResourceValue(DCAT.service);
        assertThat(service.getPropertyResourceValue(DCAT.endpointURL).getURI()).isEqualTo(Namespaces.BASE + "sparql");
        assertThat(service.hasProperty(DCAT.servesDataset, dataset)).isTrue();

        String listing = fx.get("/dumps/").body();
        assertThat(listing).contains("href=\"/dumps/legkg.nq.gz\"", "href=\"/dumps/legkg.ttl.gz\"");
        assertThat(fx.get("/dumps/other.gz").statusCode()).isEqualTo(404);
        assertThat(fx.get("/dumps/../build.properties").statusCode()).isIn(400, 404);
    }

    /** Fetches a public IRI from the server, which maps the IRI space onto itself. */
    static HttpResponse<byte[]> download(String iri) throws IOException {
        HttpResponse<byte[]> r = fx.getBytes(PublicIris.path(iri));
        assertThat(r.statusCode()).as(iri).isEqualTo(200);
        return r;
    }
}
