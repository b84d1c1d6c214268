package org.w3id.legkg.infer;

import org.apache.jena.graph.Graph;

/**
 * The default materialiser: compiles the ontology into rules ({@link TBoxCompiler}), loads the instance
 * data into an indexed int store ({@link FactLoader}, {@link FactStore}), runs the rules to a fixpoint
 * ({@link RuleEngine}) and keeps the new statements about named individuals ({@link NoiseFilter}).
 *
 * <p>Jena's rule reasoners do not handle property chains or OWL 2 constructs and build their closure slowly
 * in memory; this covers exactly the axiom kinds the compiler accepts (and rejects the others by name), and
 * is checked against HermiT on the real ontology and data in the test suite.
 */
public final class RuleMaterialiser implements Materialiser {

    @Override
    public Inferences materialise(Graph ontology, Graph data) {
        RuleSet rules = TBoxCompiler.compile(ontology);
        FactStore store = new FactStore(rules);
        FactLoader loader = new FactLoader(rules, store);
        loader.loadOntologyAssertions(ontology);
        loader.loadData(data);
        loader.finish();
        new RuleEngine(rules, store).run();
        return NoiseFilter.collect(rules, store, loader.dataValueInferences(), ontology, data);
    }
}
