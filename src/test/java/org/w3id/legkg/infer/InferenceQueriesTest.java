package org.w3id.legkg.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.legkg.Namespaces;
import org.w3id.legkg.api.CannedQuery;
import org.w3id.legkg.build.ProjectLayout;
import org.w3id.legkg.build.SourceGraphs;
import org.w3id.legkg.build.SourceReader;

/**
 * The inference queries in queries/ on the real ontology and data: each expected answer (taken from the
 * articles, through the ontology's axioms) is absent when the query runs over the asserted graphs only and
 * present once the inferred graph is added.
 */
class InferenceQueriesTest {
    private static final ProjectLayout PROJECT = new ProjectLayout(Path.of(""));
    private static Graph asserted;
    private static Graph withInferences;

    @BeforeAll
    static void materialise() {
        SourceGraphs sources = new SourceReader(PROJECT).read();   // claims expanded as the build does
        Graph ontology = sources.ontology();
        Graph data = sources.data();
        asserted = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(asserted::add);
        data.find().forEachRemaining(asserted::add);
        withInferences = GraphFactory.createDefaultGraph();
        asserted.find().forEachRemaining(withInferences::add);
        new RuleMaterialiser().materialise(ontology, data).graph().find().forEachRemaining(withInferences::add);
    }

    @Test
    void classifiedDeficiencies() {
        List<Map<String, String>> before = run(asserted, "classified-deficiencies", Map.of());
        List<Map<String, String>> after = run(withInferences, "classified-deficiencies", Map.of());
        // 000: B12 deficiency acts through peripheral neuropathy, a neuropathy; vitamin D deficiency through
        // myopathy; magnesium, potassium and calcium are electrolytes.
        List<Map<String, String>> expected = List.of(
                row("classification", "neurological", "deficiency", "lkd:VitaminB12Deficiency", "basis", "lkd:PeripheralNeuropathy"),
                row("classification", "myopathic", "deficiency", "lkd:VitaminDDeficiency", "basis", "lkd:Myopathy"),
                row("classification", "electrolyte", "deficiency", "lkd:MagnesiumDeficiency", "basis", "lkd:Magnesium"),
                row("classification", "electrolyte", "deficiency", "lkd:PotassiumDeficiency", "basis", "lkd:Potassium"),
                row("classification", "electrolyte", "deficiency", "lkd:CalciumDeficiency", "basis", "lkd:Calcium"));
        for (Map<String, String> r : expected) {
            assertThat(before).as("asserted only").noneMatch(matches(r));
            assertThat(after).as("with inferences").anyMatch(matches(r));
        }
        // 002: vitamin E deficiency damages nerves (a neuropathy of some kind), so it is neurological too.
        Map<String, String> vitaminE = row("classification", "neurological", "deficiency", "lkd:VitaminEDeficiency");
        assertThat(before).noneMatch(matches(vitaminE));
        assertThat(after).anyMatch(matches(vitaminE));
        // 000: vitamin C deficiency weakens connective tissue; iron is a mineral, not an electrolyte.
        assertThat(after).noneMatch(matches(row("deficiency", "lkd:VitaminCDeficiency")));
        assertThat(after).noneMatch(matches(row("classification", "electrolyte", "deficiency", "lkd:IronDeficiency")));

        List<Map<String, String>> onlyMyopathic = run(withInferences, "classified-deficiencies",
                Map.of("classification", NodeFactory.createLiteralString("myopathic")));
        assertThat(onlyMyopathic).isNotEmpty().allMatch(r -> r.get("classification").equals("myopathic"));
    }

    @Test
    void symptomChains() {
        assertThat(run(asserted, "symptom-chains", Map.of())).as("no mayCause is asserted").isEmpty();
        List<Map<String, String>> after = run(withInferences, "symptom-chains", Map.of());
        // 000: B12 deficiency -> peripheral neuropathy -> tingling (in the legs and feet);
        // vitamin D deficiency -> myopathy -> muscle weakness.
        assertThat(after).anyMatch(matches(row("deficiency", "lkd:VitaminB12Deficiency", "mechanism", "lkd:PeripheralNeuropathy",
                "symptom", "lkd:Tingling", "mechanismKind", "neuropathy", "legSymptom", "true")));
        assertThat(after).anyMatch(matches(row("deficiency", "lkd:VitaminDDeficiency", "mechanism", "lkd:Myopathy",
                "symptom", "lkd:MuscleWeakness", "mechanismKind", "myopathy")));

        List<Map<String, String>> forD = run(withInferences, "symptom-chains", Map.of("deficiency", lkd("VitaminDDeficiency")));
        assertThat(forD).isNotEmpty().allMatch(r -> r.get("deficiency").equals("lkd:VitaminDDeficiency"));
    }

    @Test
    void riskFactorPredispositions() {
        assertThat(run(asserted, "risk-factor-predispositions", Map.of())).as("no predisposesTo is asserted").isEmpty();
        List<Map<String, String>> tingling = run(withInferences, "risk-factor-predispositions", Map.of("symptom", lkd("Tingling")));
        // 000: vegans are susceptible to B12 deficiency, which causes tingling through peripheral neuropathy.
        assertThat(tingling).anyMatch(matches(row("riskFactor", "lkd:VeganDiet", "deficiency", "lkd:VitaminB12Deficiency",
                "mechanism", "lkd:PeripheralNeuropathy", "symptom", "lkd:Tingling")));
        assertThat(tingling).allMatch(r -> r.get("symptom").equals("lkd:Tingling"));
        // 000: low sun exposure raises the risk of vitamin D deficiency, whose myopathy weakens muscles.
        assertThat(run(withInferences, "risk-factor-predispositions", Map.of("risk-factor", lkd("LimitedSunExposure"))))
                .anyMatch(matches(row("deficiency", "lkd:VitaminDDeficiency", "mechanism", "lkd:Myopathy", "symptom", "lkd:MuscleWeakness")));
    }

    @Test
    void symptomsLocatedAnywhereInTheLeg() {
        Map<String, Node> leg = Map.of("region", lkd("Leg"));
        // 000: weakness of the proximal muscles, "the upper arms and thighs"; the thigh is part of the leg.
        Map<String, String> proximal = row("symptom", "lkd:ProximalMuscleWeakness", "statedIn", "thigh");
        assertThat(run(asserted, "leg-located-symptoms", leg)).noneMatch(matches(row("symptom", "lkd:ProximalMuscleWeakness")));
        assertThat(run(withInferences, "leg-located-symptoms", leg)).anyMatch(matches(proximal));
        // The same symptom is in the arm through the upper arm.
        assertThat(run(withInferences, "leg-located-symptoms", Map.of("region", lkd("Arm"))))
                .anyMatch(matches(row("symptom", "lkd:ProximalMuscleWeakness", "statedIn", "upper arm")));
    }

    // ---- helpers ----

    private static Node lkd(String name) {
        return NodeFactory.createURI(Namespaces.LKD + name);
    }

    private static Map<String, String> row(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    /** A result row matches if it has every expected value (substring match for "|"-joined label lists). */
    private static java.util.function.Predicate<Map<String, String>> matches(Map<String, String> expected) {
        return r -> expected.entrySet().stream().allMatch(e -> {
            String v = r.get(e.getKey());
            if (v == null) return false;
            return v.equals(e.getValue()) || List.of(v.split(" \\| ")).contains(e.getValue());
        });
    }

    /**
     * Runs queries/NAME.rq with the given parameters bound (by name), rows as variable → lkd:/lk: name or
     * lexical form. Binds by syntax substitution, as the API's BoundQuery does.
     */
    @SuppressWarnings("deprecation")
    private static List<Map<String, String>> run(Graph graph, String name, Map<String, Node> params) {
        CannedQuery canned = CannedQuery.load(PROJECT.queriesDir().resolve(name + ".rq"));
        Map<Var, Node> binding = new HashMap<>();
        params.forEach((p, v) -> {
            assertThat(canned.parameter(p)).as(name + " declares parameter " + p).isNotNull();
            binding.put(Var.alloc(canned.parameter(p).variable()), v);
        });
        Query q = QueryTransformOps.transform(canned.query(), binding);
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExec exec = QueryExec.graph(graph).query(q).build()) {
            RowSet rs = exec.select();
            rs.forEachRemaining(b -> {
                Map<String, String> r = new LinkedHashMap<>();
                b.vars().forEachRemaining(v -> r.put(v.getVarName(), str(b.get(v))));
                rows.add(r);
            });
        }
        return rows;
    }

    private static String str(Node n) {
        if (n.isURI()) return n.getURI().replace(Namespaces.LKD, "lkd:").replace(Namespaces.LK, "lk:");
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
