package org.w3id.legkg.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.legkg.Namespaces;
import org.w3id.legkg.build.ProjectLayout;
import org.w3id.legkg.build.SourceGraphs;
import org.w3id.legkg.build.SourceReader;

/**
 * The SHACL shapes in shapes/: the real data conforms, and each rule fires on a small negative fixture with its
 * own message and severity and nothing else.
 *
 * <p>A negative fixture ({@code src/test/resources/shapes/negative/*.ttl}) is validated together with the real
 * ontology and the valid {@code shapes/base.ttl}. Its header names what must be reported:
 * {@code # expect <shape> <focus node> [<value>]}, each an IRI ({@code <...>} or an lks:, lk: or lkd: name). The
 * reported (shape, focus node) pairs must be exactly the expected ones; where a value is given, the values
 * reported for that pair must be exactly the given ones.
 *
 * <p>The fixtures are model v2 data in the {@code lk:Claim} form the build writes from the annotated triples of
 * the article files ({@link org.w3id.legkg.build.ClaimAnnotations}): claims with {@code lk:sourceLine} and
 * {@code lk:basis}, named {@code lkd:Claim-<article>-<line>-<subject>-<property>[-<object>]}.
 */
class ShapesTest {
    static final Path PROJECT = Path.of(".");
    static final Path FIXTURES = Path.of("src/test/resources/shapes");
    static final String LKS = "https://w3id.org/legkg/shapes#";
    static final String SH = "http://www.w3.org/ns/shacl#";

    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("lks", LKS).setNsPrefix("lk", Namespaces.LK).setNsPrefix("lkd", Namespaces.LKD).lock();
    static final Pattern EXPECT = Pattern.compile("^# expect (\\S+) (\\S+)(?: (\\S+))?\\s*$");
    static final Pattern TEMPLATE_VAR = Pattern.compile("\\{[$?][A-Za-z_][A-Za-z0-9_]*\\}");

    static Graph ontology;
    static Graph data;
    static Graph shapesGraph;
    static Model shapes;
    static Graph base;

    @BeforeAll
    static void readProject() {
        SourceGraphs sources = new SourceReader(new ProjectLayout(PROJECT)).read();
        ontology = sources.ontology();
        data = sources.data();
        shapesGraph = sources.shapes();
        shapes = ModelFactory.createModelForGraph(shapesGraph);
        base = RDFDataMgr.loadGraph(FIXTURES.resolve("base.ttl").toString());
    }

    @Test
    void realDataConformsWithNoViolationWarningOrInfo() {
        ValidationOutcome outcome = ShapeValidator.validate(shapesGraph, ontology, data);
        assertThat(outcome.report().conforms()).as(outcome.format()).isTrue();
        assertThat(outcome.shapeCount()).isGreaterThan(50);
    }

    @Test
    void baseFixtureConforms() {
        ValidationOutcome outcome = ShapeValidator.validate(shapesGraph, ontology, base);
        assertThat(outcome.report().conforms()).as(outcome.format()).isTrue();
    }

    static Stream<Path> negativeFixtures() {
        try (Stream<Path> s = Files.list(FIXTURES.resolve("negative"))) {
            return s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negativeFixtures")
    void negativeFixtureFiresExactlyItsShapesWithTheirMessages(Path fixture) {
        List<Expectation> expected = expectations(fixture);
        assertThat(expected).as("%s has no '# expect' lines", fixture).isNotEmpty();

        Graph fixtureData = GraphFactory.createDefaultGraph();
        base.find().forEachRemaining(fixtureData::add);
        RDFDataMgr.read(fixtureData, fixture.toString());
        ValidationOutcome outcome = ShapeValidator.validate(shapesGraph, ontology, fixtureData);
        List<ReportEntry> entries = List.copyOf(outcome.report().getEntries());
        String report = outcome.format();

        Set<String> actualPairs = entries.stream().map(e -> key(e.source(), e.focusNode())).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expectedPairs = expected.stream().map(x -> key(x.shape(), x.focus())).collect(Collectors.toCollection(TreeSet::new));
        assertThat(actualPairs).as("(shape, focus node) pairs reported for %s; report:%n%s", fixture, report)
                .containsExactlyInAnyOrderElementsOf(expectedPairs);

        Map<String, Set<String>> expectedValues = new TreeMap<>();
        for (Expectation x : expected)
            if (x.value() != null) expectedValues.computeIfAbsent(key(x.shape(), x.focus()), k -> new TreeSet<>()).add(str(x.value()));
        expectedValues.forEach((pair, values) -> assertThat(entries.stream()
                        .filter(e -> key(e.source(), e.focusNode()).equals(pair)).map(e -> str(e.value())).collect(Collectors.toSet()))
                .as("values reported for %s; report:%n%s", pair, report)
                .containsExactlyInAnyOrderElementsOf(values));

        for (ReportEntry e : entries) {
            Resource shape = shapes.wrapAsResource(e.source());
            assertThat(e.severity().level()).as("severity of %s", str(e.source())).isEqualTo(declaredSeverity(shape));
            String template = messageTemplate(shape);
            assertThat(template).as("sh:message of %s", str(e.source())).isNotNull();
            assertThat(e.message()).as("message of %s on %s", str(e.source()), str(e.focusNode()))
                    .matches(templatePattern(template))
                    .doesNotContain("{?", "{$")
                    .contains("Fix:");
        }
    }

    /** Every shape that can report something has its own negative fixture. */
    @Test
    void everyReportingShapeIsExercisedByANegativeFixture() {
        Set<String> covered = negativeFixtures().flatMap(f -> expectations(f).stream()).map(x -> str(x.shape()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> reporting = new TreeSet<>();
        for (Resource shape : allShapes())
            if (messageTemplate(shape) != null && !shape.hasProperty(RDF.type, shapes.createResource(SH + "SPARQLConstraint")))
                reporting.add(str(shape.asNode()));
        assertThat(reporting).isNotEmpty();
        assertThat(covered).as("shapes with a negative fixture").containsAll(reporting);
    }

    /** Readable reports: every shape is an lks: IRI with an English label and comment, and says its rule, fix and severity. */
    @Test
    void everyShapeIsNamedDocumentedAndHasAMessageAndSeverityOnPurpose() {
        List<String> problems = new ArrayList<>();
        Resource sparqlConstraint = shapes.createResource(SH + "SPARQLConstraint");
        for (Resource shape : allShapes()) {
            String name = shape.isAnon() ? "blank node " + shape : str(shape.asNode());
            if (!shape.isURIResource() || !shape.getURI().startsWith(LKS)) problems.add(name + ": not an lks: IRI");
            if (!hasEnglish(shape, RDFS.label)) problems.add(name + ": no rdfs:label@en");
            if (!hasEnglish(shape, RDFS.comment)) problems.add(name + ": no rdfs:comment@en");
            Statement message = shape.getProperty(shapes.createProperty(SH + "message"));
            if (message != null) {
                if (!message.getString().contains("rule")) problems.add(name + ": sh:message does not name its rule");
                boolean fixInTemplate = message.getString().contains("Fix:");
                // A SPARQL constraint may build its fix into a variable (lks:TableCells: {?problem}); fixtures check the rendered text.
                if (!fixInTemplate && !shape.hasProperty(RDF.type, sparqlConstraint)) problems.add(name + ": sh:message gives no 'Fix:'");
                Resource owner = shape.hasProperty(RDF.type, sparqlConstraint)
                        ? shapes.listSubjectsWithProperty(shapes.createProperty(SH + "sparql"), shape).nextResource() : shape;
                if (!owner.hasProperty(shapes.createProperty(SH + "severity")))
                    problems.add(name + ": no explicit sh:severity on " + str(owner.asNode()));
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The two claim checks read lk:requiresClaim from the ontology: make sure the ontology still marks properties with it. */
    @Test
    void theOntologyMarksClaimBackedPropertiesAsTheClaimChecksExpect() {
        Model onto = ModelFactory.createModelForGraph(ontology);
        var requiresClaim = onto.createProperty(Namespaces.LK + "requiresClaim");
        List<Resource> flagged = onto.listResourcesWithProperty(requiresClaim, true).toList();
        assertThat(flagged).extracting(Resource::getLocalName)
                .contains("causesSymptom", "actsThrough", "manifestsAs", "increasesRiskOf", "locatedIn",
                        "leadsTo", "hasMember", "alternativeCauseOf", "notRelatedTo", "perceivedAs", "causesDeficiency")
                .doesNotContain("deficiencyOf", "mayCause", "partOf", "claimSubject",
                        "inDeficiency", "basis", "sourceLine", "hasSection", "sourceSha256");
    }

    /**
     * lks:QualifierInControlledList is the reviewed list of qualifiers: it names exactly the qualifiers described in
     * data/qualifiers.ttl, so a qualifier added to one is added to the other (the shape only warns about a qualifier
     * missing from the list; this also catches a list entry with no description).
     */
    @Test
    void theControlledQualifierListIsInStepWithDataQualifiers() {
        Graph qualifiers = RDFDataMgr.loadGraph(PROJECT.resolve("data/qualifiers.ttl").toString());
        Set<String> described = qualifiers.find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(t -> str(t.getSubject()))
                .toSet().stream().collect(Collectors.toCollection(TreeSet::new));
        Resource shape = shapes.createResource(LKS + "QualifierInControlledList");
        Statement in = shape.getProperty(shapes.createProperty(SH + "in"));
        assertThat(in).as("sh:in of lks:QualifierInControlledList").isNotNull();
        Set<String> listed = in.getResource().as(RDFList.class).asJavaList().stream()
                .map(n -> str(n.asNode())).collect(Collectors.toCollection(TreeSet::new));
        assertThat(listed).as("sh:in of lks:QualifierInControlledList (shapes/provenance.ttl) against data/qualifiers.ttl")
                .isEqualTo(described);
    }

    // ---- helpers

    record Expectation(Node shape, Node focus, Node value) {}

    static List<Expectation> expectations(Path fixture) {
        List<Expectation> list = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(fixture)) {
                Matcher m = EXPECT.matcher(line);
                if (m.matches()) list.add(new Expectation(node(m.group(1)), node(m.group(2)), m.group(3) == null ? null : node(m.group(3))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return list;
    }

    static Node node(String token) {
        if (token.startsWith("<") && token.endsWith(">")) return NodeFactory.createURI(token.substring(1, token.length() - 1));
        String iri = PREFIXES.expandPrefix(token);
        if (iri.equals(token)) throw new IllegalArgumentException("Unknown prefix in expectation: " + token);
        return NodeFactory.createURI(iri);
    }

    static String key(Node shape, Node focus) {
        return str(shape) + " @ " + str(focus);
    }

    static String str(Node n) {
        if (n == null) return "-";
        return n.isURI() ? PREFIXES.shortForm(n.getURI()) : n.toString();
    }

    static List<Resource> allShapes() {
        Map<String, Resource> all = new LinkedHashMap<>();
        for (String type : List.of("NodeShape", "PropertyShape", "SPARQLConstraint", "SPARQLTarget"))
            shapes.listSubjectsWithProperty(RDF.type, shapes.createResource(SH + type)).forEach(r -> all.put(r.toString(), r));
        return new ArrayList<>(all.values());
    }

    static Node declaredSeverity(Resource shape) {
        Statement s = shape.getProperty(shapes.createProperty(SH + "severity"));
        return s == null ? NodeFactory.createURI(SH + "Violation") : s.getObject().asNode();
    }

    /** The shape's own sh:message, or that of its SHACL-SPARQL constraint. */
    static String messageTemplate(Resource shape) {
        Statement own = shape.getProperty(shapes.createProperty(SH + "message"));
        if (own != null) return own.getString();
        Statement sparql = shape.getProperty(shapes.createProperty(SH + "sparql"));
        if (sparql == null) return null;
        Statement m = sparql.getResource().getProperty(shapes.createProperty(SH + "message"));
        return m == null ? null : m.getString();
    }

    /** The template as a regex: literal text, with each {?var} or {$var} standing for any substituted text. */
    static String templatePattern(String template) {
        StringBuilder re = new StringBuilder("(?s)");
        Matcher m = TEMPLATE_VAR.matcher(template);
        int at = 0;
        while (m.find()) {
            re.append(Pattern.quote(template.substring(at, m.start()))).append(".+?");
            at = m.end();
        }
        return re.append(Pattern.quote(template.substring(at))).toString();
    }

    static boolean hasEnglish(Resource r, org.apache.jena.rdf.model.Property p) {
        return r.listProperties(p).toList().stream().map(Statement::getObject).filter(RDFNode::isLiteral)
                .anyMatch(o -> "en".equals(o.asLiteral().getLanguage()));
    }
}
