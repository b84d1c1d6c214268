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
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.legkg.Namespaces;
import org.w3id.legkg.api.CannedQuery;
import org.w3id.legkg.api.SupportGraph;
import org.w3id.legkg.build.ProjectLayout;
import org.w3id.legkg.build.SourceGraphs;
import org.w3id.legkg.build.SourceReader;

/**
 * The inference queries in queries/ on the real ontology and data: each expected answer (taken from the
 * articles, through the ontology's axioms) is absent when the query runs over the asserted graphs only and
 * present once the inferred graph is added. The graphs are named as in the store (ontology, data, the support
 * graph that the build derives from the claims alone, inferred) and the default graph is their union.
 */
class InferenceQueriesTest {
    private static final ProjectLayout PROJECT = new ProjectLayout(Path.of(""));
    private static DatasetGraph asserted;
    private static DatasetGraph withInferences;

    @BeforeAll
    static void materialise() {
        SourceGraphs sources = new SourceReader(PROJECT).read();   // claims expanded as the build does
        Graph ontology = sources.ontology();
        Graph data = sources.data();
        Graph support = new SupportGraph().derive(PROJECT, sources);
        Graph inferred = new RuleMaterialiser().materialise(ontology, data).graph();
        asserted = dataset(Map.of(Namespaces.GRAPH_ONTOLOGY, ontology, Namespaces.GRAPH_DATA, data, SupportGraph.GRAPH, support));
        withInferences = dataset(Map.of(Namespaces.GRAPH_ONTOLOGY, ontology, Namespaces.GRAPH_DATA, data, SupportGraph.GRAPH, support,
                Namespaces.GRAPH_INFERRED, inferred));
    }

    /** Named graphs, and a default graph that holds each of their triples once. */
    private static DatasetGraph dataset(Map<Node, Graph> named) {
        Graph union = GraphFactory.createDefaultGraph();
        named.values().forEach(g -> g.find().forEachRemaining(union::add));
        DatasetGraph ds = DatasetGraphFactory.create(union);
        named.forEach(ds::addGraph);
        return ds;
    }

    @Test
    void classifiedDeficiencies() {
        List<Map<String, String>> before = run(asserted, "classified-deficiencies", Map.of());
        List<Map<String, String>> after = run(withInferences, "classified-deficiencies", Map.of());
        // 000 line 17: "Peripheral neuropathy from a lack of B12" (B12 deficiency's own peripheral neuropathy, a
        // neuropathy); line 15: "Myopathy from low vitamin D"; line 19: potassium, magnesium and calcium are
        // electrolytes.
        List<Map<String, String>> expected = List.of(
                row("classification", "neurological", "deficiency", "lkd:VitaminB12Deficiency",
                        "basis", "lkd:VitaminB12Deficiency-PeripheralNeuropathy", "basisKind", "peripheral neuropathy"),
                row("classification", "myopathic", "deficiency", "lkd:VitaminDDeficiency",
                        "basis", "lkd:VitaminDDeficiency-Myopathy", "basisKind", "myopathy"),
                row("classification", "electrolyte", "deficiency", "lkd:MagnesiumDeficiency", "basis", "lkd:Magnesium"),
                row("classification", "electrolyte", "deficiency", "lkd:PotassiumDeficiency", "basis", "lkd:Potassium"),
                row("classification", "electrolyte", "deficiency", "lkd:CalciumDeficiency", "basis", "lkd:Calcium"));
        for (Map<String, String> r : expected) {
            assertThat(before).as("asserted only").noneMatch(matches(r));
            assertThat(after).as("with inferences").anyMatch(matches(r));
        }
        // the article that states the basis: 000 (line 17) for B12's peripheral neuropathy, 000 (line 15) for the myopathy
        assertThat(after).anyMatch(matches(row("basis", "lkd:VitaminB12Deficiency-PeripheralNeuropathy", "articles", "000_d49dca91c071e4c3")));
        assertThat(after).anyMatch(matches(row("basis", "lkd:VitaminDDeficiency-Myopathy", "articles", "000_d49dca91c071e4c3")));
        // 002 line 16: "When levels are too low, the nerves can become damaged" (vitamin E, as an antioxidant), and
        // 003 line 23: severe thiamine deficiency "can lead to nerve damage": both neurological.
        for (String d : List.of("lkd:VitaminEDeficiency", "lkd:ThiamineDeficiency")) {
            Map<String, String> neurological = row("classification", "neurological", "deficiency", d);
            assertThat(before).noneMatch(matches(neurological));
            assertThat(after).anyMatch(matches(neurological));
        }
        // 000 line 64: vitamin C deficiency weakens connective tissue; iron is a mineral, not an electrolyte; a group
        // (electrolyte imbalance) is no deficiency, so it is never classified.
        assertThat(after).noneMatch(matches(row("deficiency", "lkd:VitaminCDeficiency")));
        assertThat(after).noneMatch(matches(row("classification", "electrolyte", "deficiency", "lkd:IronDeficiency")));
        assertThat(after).noneMatch(matches(row("deficiency", "lkd:ElectrolyteImbalance")));
        assertThat(after).noneMatch(matches(row("deficiency", "lkd:NutrientDeficiencies")));

        List<Map<String, String>> onlyMyopathic = run(withInferences, "classified-deficiencies",
                Map.of("classification", NodeFactory.createLiteralString("myopathic")));
        assertThat(onlyMyopathic).isNotEmpty().allMatch(r -> r.get("classification").equals("myopathic"));
    }

    @Test
    void symptomChains() {
        assertThat(run(asserted, "symptom-chains", Map.of())).as("no mayCause is asserted").isEmpty();
        List<Map<String, String>> after = run(withInferences, "symptom-chains", Map.of());
        // 000 line 17: "Peripheral neuropathy from a lack of B12 can cause numbness, tingling, and weakness in the
        // legs and feet": B12 deficiency -> its peripheral neuropathy -> tingling, stated by 000 (both steps).
        assertThat(after).anyMatch(matches(row("deficiency", "lkd:VitaminB12Deficiency",
                "mechanism", "lkd:VitaminB12Deficiency-PeripheralNeuropathy", "mechanismClass", "peripheral neuropathy",
                "mechanismKind", "neuropathy", "symptom", "lkd:Tingling", "legSymptom", "true", "articles", "000_d49dca91c071e4c3")));
        // 000 line 15: "Myopathy from low vitamin D is a common cause of leg muscle weakness"
        assertThat(after).anyMatch(matches(row("deficiency", "lkd:VitaminDDeficiency", "mechanism", "lkd:VitaminDDeficiency-Myopathy",
                "symptom", "lkd:MuscleWeakness", "mechanismKind", "myopathy", "articles", "000_d49dca91c071e4c3")));
        // Contextual mechanisms: a mechanism carries only its own deficiency's symptoms, and only nutrient
        // deficiencies are listed (electrolyte imbalance, a group, has a mechanism of its own too).
        assertThat(after).allMatch(r -> r.get("mechanism").startsWith(r.get("deficiency") + "-"));
        assertThat(after).noneMatch(matches(row("deficiency", "lkd:ElectrolyteImbalance")));

        List<Map<String, String>> forD = run(withInferences, "symptom-chains", Map.of("deficiency", lkd("VitaminDDeficiency")));
        assertThat(forD).isNotEmpty().allMatch(r -> r.get("deficiency").equals("lkd:VitaminDDeficiency"));
    }

    @Test
    void symptomChainsCreditOnlyArticlesThatStateBothSteps() {
        // B12 deficiency -> tingling through its nerve damage: 001 line 46 ("A shortage of B12 can damage the nerves,
        // causing neurological symptoms such as tingling") states both steps; 003 states the nerve damage (line 17)
        // and links it to tingling only by table co-location (line 61, "Nerve damage (peripheral neuropathy)" in the
        // row that lists tingling). 002 (line 11) and 004 (line 35) say that the deficiency damages nerves but not
        // that the damage causes tingling (002: weakness and other sensory disturbances; 004: tingling from erratic
        // nerve signals): one step each, so neither is credited for this chain. 000 calls the damage peripheral
        // neuropathy (line 39).
        Map<String, Node> nerveDamageTingling = Map.of("deficiency", lkd("VitaminB12Deficiency"), "symptom", lkd("Tingling"));
        Map<String, String> chain = only(run(withInferences, "symptom-chains", nerveDamageTingling),
                "mechanism", "lkd:VitaminB12Deficiency-NerveDamage");
        assertThat(chain.get("articles")).isEqualTo("001_2485732227a15f94 | 003_38045139196c968a");
        assertThat(chain.get("basis")).isEqualTo("lk:Explicit");
        Map<String, Node> strict = new HashMap<>(nerveDamageTingling);
        strict.put("stated", NodeFactory.createLiteralString("true"));
        Map<String, String> strictChain = only(run(withInferences, "symptom-chains", strict), "mechanism", "lkd:VitaminB12Deficiency-NerveDamage");
        assertThat(strictChain.get("articles")).as("003's co-location is not explicit").isEqualTo("001_2485732227a15f94");
    }

    @Test
    void riskFactorPredispositions() {
        assertThat(run(asserted, "risk-factor-predispositions", Map.of())).as("no predisposesTo is asserted").isEmpty();
        List<Map<String, String>> tingling = run(withInferences, "risk-factor-predispositions", Map.of("symptom", lkd("Tingling")));
        // 000 line 39: "Vegans, older adults, and individuals with malabsorption disorders are particularly
        // susceptible" to B12 deficiency, whose peripheral neuropathy causes tingling (line 39 too): one article
        // states the whole chain.
        assertThat(tingling).anyMatch(matches(row("riskFactor", "lkd:VeganDiet", "deficiency", "lkd:VitaminB12Deficiency",
                "mechanism", "lkd:VitaminB12Deficiency-PeripheralNeuropathy", "mechanismClass", "peripheral neuropathy",
                "symptom", "lkd:Tingling", "articles", "000_d49dca91c071e4c3")));
        assertThat(tingling).allMatch(r -> r.get("symptom").equals("lkd:Tingling"));
        // 000 line 35: "People with low sun exposure ... are at higher risk" of vitamin D deficiency, whose myopathy
        // weakens the proximal muscles (line 35, and line 15 for the myopathy).
        assertThat(run(withInferences, "risk-factor-predispositions", Map.of("risk-factor", lkd("LimitedSunExposure"))))
                .anyMatch(matches(row("deficiency", "lkd:VitaminDDeficiency", "mechanism", "lkd:VitaminDDeficiency-Myopathy",
                        "symptom", "lkd:MuscleWeakness")));
    }

    @Test
    void symptomsLocatedAnywhereInTheLeg() {
        Map<String, Node> leg = Map.of("region", lkd("Leg"));
        // 001 line 110: B12 deficiency's nerve damage "leads to paresthesia, a sensation of tingling or numbness,
        // particularly in the hands and feet". No article locates paraesthesia in the leg as such: the foot is part
        // of the leg (and the hand of the arm), so only inference (locatedIn o partOf) puts it there.
        Map<String, String> paraesthesiaInFoot = row("symptom", "lkd:Paraesthesia", "statedIn", "foot");
        assertThat(run(asserted, "leg-located-symptoms", leg)).noneMatch(matches(row("symptom", "lkd:Paraesthesia")));
        assertThat(run(withInferences, "leg-located-symptoms", leg)).anyMatch(matches(paraesthesiaInFoot));
        assertThat(run(asserted, "leg-located-symptoms", Map.of("region", lkd("Arm")))).noneMatch(matches(row("symptom", "lkd:Paraesthesia")));
        assertThat(run(withInferences, "leg-located-symptoms", Map.of("region", lkd("Arm"))))
                .anyMatch(matches(row("symptom", "lkd:Paraesthesia", "statedIn", "hand")));
        // 000 line 15: vitamin D myopathy weakens the leg muscles "particularly in the thighs" (a qualified mention,
        // "proximal muscle weakness", is muscle weakness with a qualifier): the most specific place is the thigh.
        assertThat(run(withInferences, "leg-located-symptoms", leg)).anyMatch(matches(row("symptom", "lkd:MuscleWeakness", "statedIn", "thigh")));
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

    /** The one row whose column has the value. */
    private static Map<String, String> only(List<Map<String, String>> rows, String column, String value) {
        List<Map<String, String>> hits = rows.stream().filter(r -> value.equals(r.get(column))).toList();
        assertThat(hits).as(column + " " + value + " in " + rows).hasSize(1);
        return hits.get(0);
    }

    /**
     * Runs queries/NAME.rq with the given parameters bound (by name), rows as variable → lkd:/lk: name or
     * lexical form. Binds by syntax substitution, as the API's BoundQuery does; a parameter not given is
     * unbound (the queries read an absent stated as the lenient reading).
     */
    @SuppressWarnings("deprecation")
    private static List<Map<String, String>> run(DatasetGraph dataset, String name, Map<String, Node> params) {
        CannedQuery canned = CannedQuery.load(PROJECT.queriesDir().resolve(name + ".rq"));
        Map<Var, Node> binding = new HashMap<>();
        params.forEach((p, v) -> {
            assertThat(canned.parameter(p)).as(name + " declares parameter " + p).isNotNull();
            binding.put(Var.alloc(canned.parameter(p).variable()), v);
        });
        Query q = QueryTransformOps.transform(canned.query(), binding);
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dataset).query(q).build()) {
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
