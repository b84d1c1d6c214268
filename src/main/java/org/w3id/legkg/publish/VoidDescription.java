package org.w3id.legkg.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;
import org.w3id.legkg.LegkgException;
import org.w3id.legkg.Namespaces;
import org.w3id.legkg.build.BuildArtifact;
import org.w3id.legkg.build.Progress;
import org.w3id.legkg.build.ProjectLayout;

/**
 * Build artifact: the VoID description of the dataset (SPARQL endpoint, dumps, URI space, example
 * resources, statistics with class and property partitions, one subset per named graph) and its DCAT
 * record (catalogue, dataset, distributions with size and checksum, SPARQL data service). Computed here,
 * at build time, from the graphs just loaded, and served as it is. Runs after the other artifacts: the
 * distributions state the sizes and checksums of the dumps ({@link NQuadsDump}, {@link TurtleDump}).
 */
public final class VoidDescription implements BuildArtifact {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String SPDX = "http://spdx.org/rdf/terms#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    static final String IANA = "https://www.iana.org/assignments/media-types/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String TITLE = "LegKG: nutrient deficiencies that cause leg symptoms";
    static final String DESCRIPTION = "A knowledge graph of the nutrient deficiencies that cause leg symptoms (weakness, pain, "
            + "cramps, stiffness, shaking, numbness, tingling, restless legs), the physiological functions those nutrients serve "
            + "and the mechanisms in between, with every stated association traced to the article and section that state it.";

    /** The classes whose best-connected instance is given as an example resource, in this order. */
    static final List<String> EXAMPLE_CLASSES = List.of("NutrientDeficiency", "Nutrient", "Mechanism", "Symptom");

    @Override
    public String name() { return "void"; }

    @Override
    public boolean readsOtherArtifacts() { return true; }

    @Override
    public String write(Path buildDir, Map<Node, Graph> graphs, ProjectLayout project) {
        PublishLayout layout = new PublishLayout(buildDir);
        DatasetStatistics stats = DatasetStatistics.of(graphs, Namespaces.LKD);
        Model m = describe(graphs, stats, layout);
        OntologyDocumentation.writeAtomically(layout.voidFile(), out -> RDFWriter.source(m).format(RDFFormat.TURTLE_BLOCKS).output(out));
        return Progress.count(stats.triples()) + " triples, " + Progress.count(stats.entities()) + " entities, "
                + stats.classes().size() + " classes, " + stats.properties().size() + " properties, " + m.size()
                + " statements in " + buildDir.relativize(layout.voidFile());
    }

    static Model describe(Map<Node, Graph> graphs, DatasetStatistics stats, PublishLayout layout) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("xsd", XSD.NS).setNsPrefix("sd", SD).setNsPrefix("spdx", SPDX).setNsPrefix("foaf", FOAF)
                .setNsPrefix("rdfs", RDFS.uri).setNsPrefix("lk", Namespaces.LK).setNsPrefix("lkd", Namespaces.LKD);
        Resource ds = m.createResource(PublicIris.DATASET);
        Resource ontology = m.createResource(Namespaces.ONTOLOGY_IRI);
        ds.addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset)
          .addProperty(DCTerms.title, m.createLiteral(TITLE, "en"))
          .addProperty(DCTerms.description, m.createLiteral(DESCRIPTION, "en"))
          .addProperty(DCAT.landingPage, m.createResource(PublicIris.INDEX))
          .addProperty(m.createProperty(FOAF, "homepage"), m.createResource(PublicIris.QUERY_EDITOR))
          .addProperty(VOID.sparqlEndpoint, m.createResource(PublicIris.SPARQL))
          .addProperty(VOID.uriSpace, PublicIris.INDEX)
          .addProperty(VOID.vocabulary, ontology)
          .addProperty(DCTerms.conformsTo, ontology);
        for (String kw : List.of("nutrient deficiency", "leg symptoms", "vitamins", "minerals", "provenance"))
            ds.addProperty(DCAT.keyword, m.createLiteral(kw, "en"));

        Graph ont = graphs.get(Namespaces.GRAPH_ONTOLOGY);
        if (ont != null) {
            // License and version come from the ontology header, so the two never disagree.
            Node ontIri = NodeFactory.createURI(Namespaces.ONTOLOGY_IRI);
            ont.find(ontIri, DCTerms.license.asNode(), Node.ANY).forEachRemaining(t -> ds.addProperty(DCTerms.license, m.asRDFNode(t.getObject())));
            ont.find(ontIri, OWL2.versionInfo.asNode(), Node.ANY).forEachRemaining(t -> ds.addProperty(m.createProperty(DCAT.NS, "version"), t.getObject().getLiteralLexicalForm()));
        }
        // The other vocabularies the data uses, by namespace (rdf, rdfs, owl, skos, dcterms ...).
        Set<String> vocabularies = new java.util.TreeSet<>();
        stats.properties().keySet().forEach(p -> vocabularies.add(namespace(p.getURI())));
        stats.classes().keySet().forEach(c -> vocabularies.add(namespace(c.getURI())));
        vocabularies.remove(Namespaces.LK);
        vocabularies.remove(Namespaces.LKD);
        vocabularies.forEach(v -> ds.addProperty(VOID.vocabulary, m.createResource(v)));

        Node article = NodeFactory.createURI(Namespaces.LK + "SourceArticle");
        Set<Node> articles = new java.util.TreeSet<>(java.util.Comparator.comparing(Node::getURI));
        graphs.values().forEach(g -> g.find(Node.ANY, RDF.type.asNode(), article).forEachRemaining(t -> {
            if (t.getSubject().isURI()) articles.add(t.getSubject());
        }));
        articles.forEach(a -> ds.addProperty(DCTerms.source, m.createResource(a.getURI())));

        for (String local : EXAMPLE_CLASSES)
            stats.bestConnected(graphs, NodeFactory.createURI(Namespaces.LK + local))
                    .ifPresent(n -> ds.addProperty(VOID.exampleResource, m.createResource(n.getURI())));

        ds.addLiteral(VOID.triples, integer(m, stats.triples()))
          .addLiteral(VOID.entities, integer(m, stats.entities()))
          .addLiteral(VOID.classes, integer(m, stats.classes().size()))
          .addLiteral(VOID.properties, integer(m, stats.properties().size()))
          .addLiteral(VOID.distinctSubjects, integer(m, stats.distinctSubjects()))
          .addLiteral(VOID.distinctObjects, integer(m, stats.distinctObjects()));
        stats.classes().forEach((c, n) -> ds.addProperty(VOID.classPartition, m.createResource()
                .addProperty(VOID._class, m.createResource(c.getURI())).addLiteral(VOID.entities, integer(m, n))));
        stats.properties().forEach((p, n) -> ds.addProperty(VOID.propertyPartition, m.createResource()
                .addProperty(VOID.property, m.createResource(p.getURI())).addLiteral(VOID.triples, integer(m, n))));
        stats.graphSizes().forEach((g, n) -> {
            String local = g.getURI().substring(g.getURI().lastIndexOf('/') + 1);
            ds.addProperty(VOID.subset, m.createResource(PublicIris.VOID + "#graph-" + local)
                    .addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, m.createResource(SD + "NamedGraph"))
                    .addProperty(m.createProperty(SD, "name"), m.createResource(g.getURI()))
                    .addProperty(DCTerms.title, m.createLiteral("named graph " + local, "en"))
                    .addLiteral(VOID.triples, integer(m, n)));
        });
        for (Representation r : List.of(Representation.TURTLE, Representation.JSONLD, Representation.NTRIPLES,
                Representation.RDFXML, Representation.TRIG, Representation.NQUADS))
            ds.addProperty(VOID.feature, m.createResource(FORMATS + formatName(r)));

        distribution(m, ds, layout, PublishLayout.NQUADS_DUMP, "application/n-quads", "N-Quads dump",
                "Every named graph (ontology, data, inferred), sorted, gzipped.");
        distribution(m, ds, layout, PublishLayout.TURTLE_DUMP, "text/turtle", "Turtle dump",
                "All graphs merged into one, gzipped; use the N-Quads dump to tell asserted from inferred statements.");

        Resource service = m.createResource(PublicIris.SPARQL_SERVICE)
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCTerms.title, m.createLiteral("LegKG SPARQL endpoint", "en"))
                .addProperty(DCAT.endpointURL, m.createResource(PublicIris.SPARQL))
                .addProperty(DCAT.endpointDescription, m.createResource(PublicIris.SPARQL))
                .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"))
                .addProperty(DCAT.servesDataset, ds);
        m.createResource(PublicIris.CATALOG)
                .addProperty(RDF.type, DCAT.Catalog)
                .addProperty(DCTerms.title, m.createLiteral("LegKG catalogue", "en"))
                .addProperty(DCAT.dataset, ds)
                .addProperty(DCAT.service, service)
                .addProperty(DCAT.record, m.createResource(PublicIris.CATALOG_RECORD)
                        .addProperty(RDF.type, DCAT.CatalogRecord)
                        .addProperty(m.createProperty(FOAF, "primaryTopic"), ds));
        m.createResource(PublicIris.VOID).addProperty(RDF.type, VOID.DatasetDescription)
                .addProperty(DCTerms.title, m.createLiteral("VoID and DCAT description of LegKG", "en"))
                .addProperty(m.createProperty(FOAF, "primaryTopic"), ds);
        return m;
    }

    private static void distribution(Model m, Resource ds, PublishLayout layout, String file, String mediaType,
                                     String title, String description) {
        Path path = layout.dump(file);
        if (!Files.isRegularFile(path))
            throw new LegkgException("void: the dump " + path + " is missing; the dumps artifact must run before the void "
                    + "artifact (order in META-INF/services/org.w3id.legkg.build.BuildArtifact)");
        long size;
        String sha256;
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            sha256 = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
            size = Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException("void: cannot read the dump " + path, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Resource url = m.createResource(PublicIris.dump(file));
        Resource dist = m.createResource(PublicIris.VOID + "#dump-" + file.replace('.', '-'))
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, m.createLiteral(title, "en"))
                .addProperty(DCTerms.description, m.createLiteral(description, "en"))
                .addProperty(DCAT.downloadURL, url)
                .addProperty(DCAT.accessURL, url)
                .addProperty(DCAT.mediaType, m.createResource(IANA + mediaType))
                .addProperty(DCAT.compressFormat, m.createResource(IANA + "application/gzip"))
                .addLiteral(DCAT.byteSize, m.createTypedLiteral(Long.toString(size), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(m.createProperty(SPDX, "checksum"), m.createResource()
                        .addProperty(RDF.type, m.createResource(SPDX + "Checksum"))
                        .addProperty(m.createProperty(SPDX, "algorithm"), m.createResource(SPDX + "checksumAlgorithm_sha256"))
                        .addLiteral(m.createProperty(SPDX, "checksumValue"), m.createTypedLiteral(sha256, XSDDatatype.XSDhexBinary)));
        ds.addProperty(DCAT.distribution, dist);
        ds.addProperty(VOID.dataDump, url);
    }

    private static String formatName(Representation r) {
        return switch (r) {
            case TURTLE -> "Turtle";
            case JSONLD -> "JSON-LD";
            case NTRIPLES -> "N-Triples";
            case RDFXML -> "RDF_XML";
            case TRIG -> "TriG";
            case NQUADS -> "N-Quads";
            case HTML -> throw new IllegalArgumentException("HTML is not an RDF format");
        };
    }

    private static Literal integer(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    static String namespace(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut > 0 ? iri.substring(0, cut + 1) : iri;
    }
}
