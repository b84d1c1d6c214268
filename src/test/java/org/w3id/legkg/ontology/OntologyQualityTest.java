package org.w3id.legkg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.FileDocumentSource;
import org.semanticweb.owlapi.model.AxiomType;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;
import org.semanticweb.owlapi.model.OWLAnnotationProperty;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyLoaderConfiguration;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.semanticweb.owlapi.util.SimpleIRIMapper;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Protégé readiness of ontology/legkg.ttl, checked with OWL API 5 (what Protégé is built on) and HermiT:
 * clean parse, OWL 2 DL profile, consistency with and without the instance data, labels and definitions,
 * offline imports through the catalog, and external mappings only to verified IDs.
 */
class OntologyQualityTest {
    static final Path ONTOLOGY = Path.of("ontology/legkg.ttl");
    static final Path CATALOG = Path.of("ontology/catalog-v001.xml");
    static final String LK = "https://w3id.org/legkg/ontology#";
    static final IRI DEFINITION = IRI.create("http://purl.obolibrary.org/obo/IAO_0000115");

    static OWLOntologyManager manager;
    static OWLOntology ontology;
    static long unparsedTriples;

    @BeforeAll
    static void load() throws Exception {
        manager = OWLManager.createOWLOntologyManager();
        for (var mapping : catalogMappings()) manager.getIRIMappers().add(mapping);
        // Offline: an import that the catalog does not resolve must fail the load, not go to the web.
        OWLOntologyLoaderConfiguration conf = new OWLOntologyLoaderConfiguration()
                .setMissingImportHandlingStrategy(MissingImportHandlingStrategy.THROW_EXCEPTION);
        ontology = manager.loadOntologyFromOntologyDocument(new FileDocumentSource(ONTOLOGY.toFile()), conf);
        unparsedTriples = manager.getOntologyFormat(ontology).getOntologyLoaderMetaData()
                .map(m -> m.getUnparsedTriples().count()).orElse(0L);
    }

    @Test
    void parsesWithoutUnparsedTriplesAndHasTheHeader() {
        assertThat(unparsedTriples).as("triples OWL API could not turn into axioms").isZero();
        assertThat(ontology.getOntologyID().getOntologyIRI()).contains(IRI.create("https://w3id.org/legkg/ontology"));
        assertThat(ontology.getOntologyID().getVersionIRI()).isPresent();
        Set<String> headerProps = ontology.annotations().map(a -> a.getProperty().getIRI().toString()).collect(Collectors.toSet());
        assertThat(headerProps).contains(
                "http://www.w3.org/2002/07/owl#versionInfo", "http://purl.org/dc/terms/title", "http://purl.org/dc/terms/description",
                "http://purl.org/dc/terms/license", "http://purl.org/dc/terms/creator", "http://purl.org/dc/terms/created",
                "http://purl.org/vocab/vann/preferredNamespacePrefix", "http://purl.org/vocab/vann/preferredNamespaceUri");
    }

    @Test
    void isInTheOwl2DlProfile() {
        List<OWLProfileViolation> violations = new OWL2DLProfile().checkOntology(ontology).getViolations();
        assertThat(violations).as("OWL 2 DL profile violations").isEmpty();
    }

    @Test
    void isConsistentWithNoUnsatisfiableClasses() {
        OWLReasoner hermit = new ReasonerFactory().createReasoner(ontology);
        try {
            assertThat(hermit.isConsistent()).isTrue();
            assertThat(hermit.getUnsatisfiableClasses().getEntitiesMinusBottom()).isEmpty();
        } finally {
            hermit.dispose();
        }
    }

    @Test
    void topLevelKindsAreDisjoint() {
        OWLDataFactory df = manager.getOWLDataFactory();
        OWLReasoner hermit = new ReasonerFactory().createReasoner(ontology);
        try {
            for (String[] pair : new String[][] {{"Nutrient", "Symptom"}, {"Mechanism", "Symptom"}, {"NutrientDeficiency", "Nutrient"},
                    {"BodyPart", "Symptom"}, {"Claim", "SourceArticle"}, {"Treatment", "DiagnosticTest"}, {"Vitamin", "Mineral"}}) {
                var both = df.getOWLObjectIntersectionOf(df.getOWLClass(IRI.create(LK + pair[0])), df.getOWLClass(IRI.create(LK + pair[1])));
                assertThat(hermit.isSatisfiable(both)).as(pair[0] + " and " + pair[1] + " are disjoint").isFalse();
            }
        } finally {
            hermit.dispose();
        }
    }

    @Test
    void staysConsistentWithAllInstanceDataLoaded() throws Exception {
        OWLOntologyManager m = OWLManager.createOWLOntologyManager();
        OWLOntology all = m.createOntology(IRI.create("urn:legkg:test:all"));
        m.addAxioms(all, ontology.axioms());
        List<Path> dataFiles;
        try (var s = Files.list(Path.of("data"))) {
            dataFiles = s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        }
        assertThat(dataFiles).as("data/*.ttl").isNotEmpty();
        for (Path f : dataFiles) {
            OWLOntology d = m.loadOntologyFromOntologyDocument(f.toFile());
            m.addAxioms(all, d.axioms());
        }
        OWLReasoner hermit = new ReasonerFactory().createReasoner(all);
        try {
            assertThat(hermit.isConsistent()).as("ontology + data consistent under HermiT").isTrue();
            assertThat(hermit.getUnsatisfiableClasses().getEntitiesMinusBottom()).isEmpty();
        } finally {
            hermit.dispose();
        }
    }

    @Test
    void everyTermHasOneEnglishLabelAndOneDefinition() {
        OWLDataFactory df = manager.getOWLDataFactory();
        OWLAnnotationProperty label = df.getRDFSLabel(), definition = df.getOWLAnnotationProperty(DEFINITION);
        List<String> problems = new ArrayList<>();
        Set<String> labels = new HashSet<>(), definitions = new HashSet<>();
        ontology.signature().filter(e -> e.getIRI().toString().startsWith(LK)).sorted().forEach((OWLEntity e) -> {
            var ls = ontology.annotationAssertionAxioms(e.getIRI()).filter(a -> a.getProperty().equals(label)).toList();
            var ds = ontology.annotationAssertionAxioms(e.getIRI()).filter(a -> a.getProperty().equals(definition)).toList();
            if (ls.size() != 1) problems.add(e.getIRI().getShortForm() + ": " + ls.size() + " labels");
            else {
                var lit = ls.get(0).getValue().asLiteral().orElseThrow();
                if (!lit.getLang().equals("en")) problems.add(e.getIRI().getShortForm() + ": label not @en");
                if (!labels.add(lit.getLiteral().toLowerCase())) problems.add(e.getIRI().getShortForm() + ": duplicate label '" + lit.getLiteral() + "'");
            }
            if (ds.size() != 1) problems.add(e.getIRI().getShortForm() + ": " + ds.size() + " definitions");
            else {
                String text = ds.get(0).getValue().asLiteral().orElseThrow().getLiteral();
                if (!definitions.add(text)) problems.add(e.getIRI().getShortForm() + ": duplicate definition");
                if (!Character.isUpperCase(text.charAt(0))) problems.add(e.getIRI().getShortForm() + ": definition starts in lower case");
            }
        });
        assertThat(problems).isEmpty();
        assertThat(labels).hasSizeGreaterThan(150);
    }

    @Test
    void importsResolveOfflineThroughTheCatalog() throws Exception {
        assertThat(CATALOG).exists();
        Set<IRI> imports = ontology.importsDeclarations().map(d -> d.getIRI()).collect(Collectors.toSet());
        for (IRI imp : imports)
            assertThat(catalogMappings().stream().anyMatch(m -> m.getDocumentIRI(imp) != null))
                    .as("catalog entry for import " + imp).isTrue();
        // the load in @BeforeAll used THROW_EXCEPTION for missing imports, so every import resolved offline
        assertThat(manager.getImportsClosure(ontology)).hasSize(1 + imports.size());
    }

    @Test
    void externalMappingsUseOnlyVerifiedIdsAndAvoidTheKnownTraps() throws Exception {
        Set<String> verified = Files.readAllLines(Path.of("src/test/resources/reference/external-terms.tsv")).stream()
                .skip(1).map(l -> l.split("\t")[2]).map(OntologyQualityTest::oboIri).collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        for (String p : List.of("exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch")) {
            IRI prop = IRI.create("http://www.w3.org/2004/02/skos/core#" + p);
            ontology.axioms(AxiomType.ANNOTATION_ASSERTION).filter(a -> a.getProperty().getIRI().equals(prop))
                    .forEach(a -> used.add(a.getValue().asIRI().map(IRI::toString).orElse("literal:" + a.getValue())));
        }
        assertThat(used).hasSizeGreaterThan(60);
        assertThat(used).allSatisfy(iri -> assertThat(verified).as("verified external ID").contains(iri));
        // obsolete, genetic-only or superseded IDs (shared/reference/ontology-conventions.md A2)
        assertThat(used).doesNotContain(oboIri("DOID:10574"), oboIri("DOID:0050731"), oboIri("MONDO:0000132"),
                oboIri("HP:0002355"), oboIri("CHEBI:21241"), oboIri("MONDO:0010188"), oboIri("DOID:0090028"), oboIri("DOID:0060879"));
    }

    static String oboIri(String curie) {
        return "http://purl.obolibrary.org/obo/" + curie.replace(':', '_');
    }

    static List<SimpleIRIMapper> catalogMappings() throws Exception {
        List<SimpleIRIMapper> out = new ArrayList<>();
        var doc = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(CATALOG.toFile());
        NodeList uris = doc.getElementsByTagName("uri");
        for (int i = 0; i < uris.getLength(); i++) {
            Element e = (Element) uris.item(i);
            File target = CATALOG.getParent().resolve(e.getAttribute("uri")).toFile();
            assertThat(target).as("catalog target of " + e.getAttribute("name")).exists();
            out.add(new SimpleIRIMapper(IRI.create(e.getAttribute("name")), IRI.create(target)));
        }
        return out;
    }
}
