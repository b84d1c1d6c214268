package org.w3id.legkg.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.legkg.build.ProjectLayout;
import org.w3id.legkg.build.SourceGraphs;
import org.w3id.legkg.build.SourceReader;

/**
 * The inferred graph holds only new statements about named individuals: no blank nodes (restrictions,
 * anonymous witnesses), no owl:Thing / rdfs:Resource or other RDF/RDFS/OWL terms, no schema triples, no
 * reflexive triples, nothing already asserted, and only subjects the data talks about.
 */
class NoiseFilterTest {

    static Stream<Arguments> inputs() {
        List<Arguments> out = new java.util.ArrayList<>();
        for (String n : List.of("subclass", "defined-class", "subproperty", "inverse", "symmetric", "transitive", "chain",
                "domain-range", "existential", "union", "values")) {
            Fixture f = Fixture.load(n);
            out.add(Arguments.of(n, f.ontology(), f.data()));
        }
        ProjectLayout project = new ProjectLayout(Path.of(""));
        List<Path> data = project.turtleFiles(project.dataDir());
        if (!data.isEmpty()) {
            SourceGraphs sources = new SourceReader(project).read();
            out.add(Arguments.of("real ontology and data", sources.ontology(), sources.data()));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void inferredGraphHasNoNoise(String name, Graph ontology, Graph data) {
        Graph inferred = new RuleMaterialiser().materialise(ontology, data).graph();
        assertThat(inferred.size()).as("something is inferred, so the checks below check something").isPositive();
        Set<Node> dataSubjects = new HashSet<>();
        data.find().forEachRemaining(t -> dataSubjects.add(t.getSubject()));
        data.find().forEachRemaining(t -> { if (!t.getPredicate().equals(RDF.type.asNode())) dataSubjects.add(t.getObject()); });
        for (Triple t : inferred.find().toList()) {
            String line = Fixture.line(t);
            assertThat(t.getSubject().isURI()).as("IRI subject: " + line).isTrue();
            assertThat(t.getObject().isBlank()).as("no blank object: " + line).isFalse();
            assertThat(isVocabulary(t.getObject())).as("no RDF/RDFS/OWL object: " + line).isFalse();
            assertThat(t.getPredicate().equals(RDF.type.asNode()) || !isVocabulary(t.getPredicate()))
                    .as("no schema predicate: " + line).isTrue();
            assertThat(data.contains(t) || ontology.contains(t)).as("not asserted: " + line).isFalse();
            assertThat(dataSubjects).as("subject is an individual of the data: " + line).contains(t.getSubject());
            // Entailed only by a cycle (a partOf b partOf a): HermiT would agree, but it is a modelling error.
            assertThat(t.getSubject()).as("not reflexive (a cycle in the data?): " + line).isNotEqualTo(t.getObject());
        }
        assertThat(inferred.contains(Node.ANY, RDF.type.asNode(), OWL2.Thing.asNode())).isFalse();
        assertThat(inferred.contains(Node.ANY, RDF.type.asNode(), RDFS.Resource.asNode())).isFalse();
    }

    private static boolean isVocabulary(Node n) {
        return n.isURI() && (n.getURI().startsWith(RDF.uri) || n.getURI().startsWith(RDFS.uri) || n.getURI().startsWith(OWL2.NS));
    }
}
