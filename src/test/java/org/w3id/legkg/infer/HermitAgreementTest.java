package org.w3id.legkg.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.legkg.Namespaces;
import org.w3id.legkg.build.ProjectLayout;
import org.w3id.legkg.build.SourceGraphs;
import org.w3id.legkg.build.SourceReader;

/**
 * The materialised graph against HermiT on the real ontology and data: for every named individual in
 * lkd:, its named types and its object-property values (asserted ∪ inferred) must equal what HermiT
 * entails, exactly.
 */
class HermitAgreementTest {
    private static final ProjectLayout PROJECT = new ProjectLayout(Path.of(""));

    @Test
    void materialisedGraphEqualsHermitEntailmentsOnTheRealData() {
        List<Path> dataFiles = PROJECT.turtleFiles(PROJECT.dataDir());
        Assumptions.assumeFalse(dataFiles.isEmpty(), "data/ has no Turtle files yet: nothing to compare");
        if (!Files.isRegularFile(PROJECT.ontologyDir().resolve("legkg.ttl")))
            fail("data/ has " + dataFiles.size() + " files but ontology/legkg.ttl is missing");

        SourceGraphs sources = new SourceReader(PROJECT).read();   // claims expanded as the build does
        Graph ontology = sources.ontology();
        Graph data = sources.data();
        Graph inferred = new RuleMaterialiser().materialise(ontology, data).graph();

        try (HermitOracle hermit = new HermitOracle(ontology, data)) {
            Set<String> individuals = new TreeSet<>(hermit.individuals(Namespaces.LKD));
            assertThat(individuals).as("individuals in lkd:").isNotEmpty();
            // Whatever else the materialiser wrote about is compared too, so nothing escapes the check.
            inferred.find().forEachRemaining(t -> individuals.add(t.getSubject().getURI()));

            EntailedFacts expected = hermit.entailed(individuals);
            EntailedFacts actual = EntailedFacts.fromGraphs(individuals, hermit.classes(), hermit.objectProperties(),
                    data, ontology, inferred);
            String diff = actual.diff(expected, "HermiT");
            System.out.printf("HermiT comparison: %d individuals, %d types, %d object-property values, %d inferred triples%n",
                    individuals.size(), expected.typeCount(), expected.valueCount(), inferred.size());
            if (!diff.isEmpty()) fail("Materialised graph differs from HermiT (" + diff.lines().count() + " differences):\n" + diff);
            assertThat(expected.typeCount()).isPositive();
        }
    }

    /** The hand-written expectations of {@link MaterialiserConstructsTest}, checked once more by HermiT. */
    @ParameterizedTest
    @ValueSource(strings = {"subclass", "defined-class", "subproperty", "inverse", "symmetric", "transitive", "chain",
            "domain-range", "existential", "union", "values"})
    void eachConstructFixtureAgreesWithHermit(String name) {
        Fixture f = Fixture.load(name);
        Graph inferred = f.materialise().graph();
        try (HermitOracle hermit = new HermitOracle(f.ontology(), f.data())) {
            Set<String> individuals = hermit.individuals(Fixture.I);
            EntailedFacts expected = hermit.entailed(individuals);
            EntailedFacts actual = EntailedFacts.fromGraphs(individuals, hermit.classes(), hermit.objectProperties(),
                    f.data(), f.ontology(), inferred);
            String diff = actual.diff(expected, "HermiT");
            if (!diff.isEmpty()) fail("Fixture " + name + " differs from HermiT:\n" + diff);
        }
    }

}
