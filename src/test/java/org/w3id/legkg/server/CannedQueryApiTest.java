package org.w3id.legkg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.legkg.server.ServerFixture.qs;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.legkg.api.CannedQuery;
import org.w3id.legkg.api.QueryParameter;

/**
 * /api/NAME over HTTP on the real build: every canned query with its documented example, in every format;
 * what each query answers; and bad input of every kind, which must answer 4xx saying what is wrong.
 */
class CannedQueryApiTest {
    static ServerFixture fx;
    static final String LKD = "https://w3id.org/legkg/id/";

    @BeforeAll
    static void start() {
        fx = ServerFixture.get();
    }

    static Stream<String> cannedQueries() {
        return ServerFixture.cannedQueryNames().stream();
    }

    /** The example values of a query's header as a query string. */
    static String exampleQueryString(String name) {
        CannedQuery q = CannedQuery.load(ServerFixture.PROJECT.resolve("queries").resolve(name + ".rq"));
        List<String> pairs = new ArrayList<>();
        for (QueryParameter p : q.parameters()) {
            if (p.example() == null) {
                assertThat(p.required()).as(name + ": required parameter " + p.name() + " needs an example").isFalse();
                continue;
            }
            pairs.add(p.name());
            pairs.add(p.example());
        }
        return qs(pairs.toArray(String[]::new));
    }

    @ParameterizedTest
    @MethodSource("cannedQueries")
    void everyCannedQueryAnswersItsExampleInEveryFormat(String name) {
        String params = exampleQueryString(name);
        HttpResponse<String> json = fx.get("api/" + name + params);
        assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/sparql-results+json");
        List<Map<String, String>> rows = ServerFixture.rows(json.body());
        assertThat(rows).as(name + " answers its example with rows").isNotEmpty();

        List<String> vars = JSON.parse(json.body()).get("head").getAsObject().get("vars").getAsArray().stream()
                .map(v -> v.getAsString().value()).toList();
        HttpResponse<String> csv = fx.get("api/" + name + ".csv" + params);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().lines().findFirst().orElse("")).isEqualTo(String.join(",", vars));
        HttpResponse<String> tsv = fx.get("api/" + name + ".tsv" + params);
        assertThat(tsv.statusCode()).isEqualTo(200);
        assertThat(tsv.body().lines().findFirst().orElse("")).isEqualTo("?" + String.join("\t?", vars));
        assertThat(tsv.body().lines().count()).isEqualTo(rows.size() + 1);
        // the Accept header chooses the same syntaxes as the suffixes
        HttpResponse<String> byAccept = fx.get("api/" + name + params, "Accept", "text/csv");
        assertThat(byAccept.body()).isEqualTo(csv.body());
        HttpResponse<String> xml = fx.get("api/" + name + ".xml" + params);
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.body()).contains("<sparql");
    }

    @Test
    void aSymptomCanBeGivenAsIriCurieLabelOrSynonymInAnyCase() {
        List<String> bodies = new ArrayList<>();
        Set<String> etags = new HashSet<>();
        for (String value : List.of(LKD + "Tingling", "lkd:Tingling", "tingling", "TINGLING", "  Pins and Needles ")) {
            HttpResponse<String> r = fx.get("api/deficiencies-for-symptom" + qs("symptom", value));
            assertThat(r.statusCode()).as(value + ": " + r.body()).isEqualTo(200);
            bodies.add(r.body());
            etags.add(r.headers().firstValue("ETag").orElseThrow());
        }
        assertThat(bodies).allMatch(b -> b.equals(bodies.get(0)));
        assertThat(etags).as("the same bound value is the same cached answer").hasSize(1);
    }

    static final String A000 = "000_d49dca91c071e4c3", A001 = "001_2485732227a15f94", A002 = "002_a15c15a6fe72b26b",
            A003 = "003_38045139196c968a", A004 = "004_844252e0b4b0a487";
    static final String LK = "https://w3id.org/legkg/ontology#";

    @Test
    void deficienciesForSymptomIncludesNarrowerSymptomsMechanismsAndArticles() {
        List<Map<String, String>> tingling = rows("deficiencies-for-symptom", "symptom", "pins and needles");
        Map<String, String> b12 = row(tingling, "VitaminB12Deficiency", "Tingling");
        assertThat(b12.get("nutrient")).isEqualTo("vitamin B12");
        // 000 line 17: "Peripheral neuropathy from a lack of B12 can cause numbness, tingling, and weakness"
        assertThat(split(b12.get("mechanism"))).contains("peripheral neuropathy in vitamin B12 deficiency");
        assertThat(split(b12.get("mechanismKind"))).contains("peripheral neuropathy");
        // every article names tingling for B12 deficiency: 000 line 17, 001 line 17, 002 line 12, 003 line 41,
        // 004 line 35; the identifiers and the titles come in the same order
        assertThat(b12.get("articles")).isEqualTo(String.join(" | ", A000, A001, A002, A003, A004));
        assertThat(b12.get("articleCount")).isEqualTo("5");
        assertThat(split(b12.get("articleTitles"))).hasSize(5).startsWith("What Vitamin Deficiency Causes Muscle Weakness in Legs? Understanding the Key Culprits")
                .endsWith("What Vitamin Deficiencies Cause Shaking Legs?");
        assertThat(b12.get("basis")).isEqualTo(LK + "Explicit");
        assertThat(b12.get("statedDirectly")).isEqualTo("true");

        // narrower: every symptom answered for "paraesthesia" is a paraesthesia (asserted or inferred type);
        // tingling is one (lk:Tingling ⊑ lk:Paraesthesia), and 001 line 110 names paresthesia itself
        Set<String> symptoms = symptomsOf(rows("deficiencies-for-symptom", "symptom", "paraesthesia"));
        assertThat(symptoms).contains(LKD + "Paraesthesia", LKD + "Tingling");
        for (String s : symptoms)
            assertThat(fx.select("PREFIX lk: <" + LK + "> SELECT * { <" + s + "> a lk:Paraesthesia }"))
                    .as(s + " is a paraesthesia").isNotEmpty();

        // a part of the leg: only 000 locates a symptom in the thighs, of vitamin D deficiency (line 15, "leg muscle
        // weakness, particularly in the thighs"; line 35, aches and pain "in the proximal muscles, such as the
        // upper arms and thighs"), and only 000 is credited
        List<Map<String, String>> thigh = rows("deficiencies-for-symptom", "symptom", "thigh");
        assertThat(thigh).isNotEmpty().allMatch(r -> r.get("deficiency").equals(LKD + "VitaminDDeficiency") && r.get("articles").equals(A000));
        assertThat(symptomsOf(thigh)).contains(LKD + "MuscleWeakness");
        // the leg includes what the articles locate in the thigh; 003 line 23, thiamine deficiency "manifesting as
        // heavy or weak legs"; 002 line 22, with iron deficiency "Leg muscles may feel heavy"
        Set<String> leg = pairsOf(rows("deficiencies-for-symptom", "symptom", "leg"));
        assertThat(leg).containsAll(pairsOf(thigh)).contains("ThiamineDeficiency LegHeaviness", "IronDeficiency LegHeaviness");
    }

    @Test
    void aGroupIsNeverADeficiencyOfASymptom() {
        // 004 line 61 (its table row "Nutrient Deficiencies": leg tremors, muscle cramps, tingling, weakness) and 000
        // line 19 ("Electrolyte Imbalances: ... can cause painful muscle cramps, spasms, and overall leg weakness")
        // state symptoms of groups: the support graph has them, the answer does not.
        for (String symptom : List.of("tingling", "muscle cramp", "muscle weakness", "tremor")) {
            List<Map<String, String>> answer = rows("deficiencies-for-symptom", "symptom", symptom);
            assertThat(answer).as(symptom).isNotEmpty();
            for (Map<String, String> r : answer)
                assertThat(fx.select("PREFIX lk: <" + LK + "> SELECT * { <" + r.get("deficiency") + "> a lk:NutrientDeficiency }"))
                        .as(symptom + ": " + r.get("deficiency") + " is a nutrient deficiency").isNotEmpty();
            assertThat(answer).extracting(r -> r.get("deficiency")).doesNotContain(LKD + "NutrientDeficiencies", LKD + "ElectrolyteImbalance");
        }
        assertThat(fx.select("PREFIX lk: <" + LK + "> SELECT * { GRAPH <https://w3id.org/legkg/graph/support> { ?s lk:supportedDeficiency <"
                + LKD + "NutrientDeficiencies> ; lk:supportedSymptom <" + LKD + "Tingling> } }")).as("the group's own support").isNotEmpty();
        assertThat(fx.select("PREFIX lk: <" + LK + "> SELECT * { GRAPH <https://w3id.org/legkg/graph/support> { ?s lk:supportedDeficiency <"
                + LKD + "ElectrolyteImbalance> ; lk:supportedSymptom <" + LKD + "MuscleCramp> } }")).as("the group's own support").isNotEmpty();
    }

    @Test
    void statedTrueDropsLinksThatOnlyACollectiveClaimSupports() {
        // Tingling for vitamin D and magnesium deficiency: only 004 line 61, the table row for nutrient deficiencies in
        // general, which lists four nutrients and four symptoms together (a collective claim). For vitamin B12
        // deficiency (000 line 17 and the rest) and calcium deficiency (000 line 52, "tingling sensations" in its
        // own table row; 001 line 59; 003 line 63) the articles say it of the one deficiency.
        List<Map<String, String>> lenient = rows("deficiencies-for-symptom", "symptom", "tingling");
        for (String d : List.of("VitaminDDeficiency", "MagnesiumDeficiency")) {
            Map<String, String> r = row(lenient, d, "Tingling");
            assertThat(r.get("articles")).isEqualTo(A004);
            assertThat(r.get("basis")).isEqualTo(LK + "Collective");
        }
        assertThat(rows("deficiencies-for-symptom", "symptom", "tingling", "stated", "false")).isEqualTo(lenient);
        List<Map<String, String>> strict = rows("deficiencies-for-symptom", "symptom", "tingling", "stated", "true");
        assertThat(strict).extracting(r -> r.get("deficiency"))
                .containsExactlyInAnyOrder(LKD + "VitaminB12Deficiency", LKD + "CalciumDeficiency");
        assertThat(strict).allMatch(r -> r.get("basis").equals(LK + "Explicit"));
        assertThat(row(strict, "CalciumDeficiency", "Tingling").get("articles")).isEqualTo(String.join(" | ", A000, A001, A003));
        // the same in the other direction, and in the differential
        assertThat(rows("symptoms-for-deficiency", "deficiency", "magnesium deficiency")).extracting(r -> r.get("symptom")).contains(LKD + "Tingling");
        assertThat(rows("symptoms-for-deficiency", "deficiency", "magnesium deficiency", "stated", "true"))
                .extracting(r -> r.get("symptom")).doesNotContain(LKD + "Tingling");
        Map<String, String> magnesium = rows("differential", "symptoms", "tingling", "stated", "true").stream()
                .filter(r -> r.get("deficiency").equals(LKD + "MagnesiumDeficiency")).findFirst().orElse(Map.of("matched", ""));
        assertThat(magnesium.get("matched")).doesNotContain("tingling");
        // a value other than true or false is refused
        HttpResponse<String> bad = fx.get("api/deficiencies-for-symptom" + qs("symptom", "tingling", "stated", "yes"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("must be one of true, false");
    }

    @Test
    void anArticleThatStatesOneStepOfAChainIsNotCredited() {
        // Only 003 names an unsteady ("wobbly") gait for vitamin B12 deficiency: line 17, line 41 and line 61. 000 (line
        // 39), 001 (line 46), 002 (line 14) and 004 (line 35) say that the deficiency acts through its peripheral
        // neuropathy, nerve damage or demyelination, the mechanisms that 003 says manifest as the unsteady gait, but
        // not that they do: one step of the chain, not the link.
        Map<String, String> gait = row(rows("symptoms-for-deficiency", "deficiency", "vitamin B12 deficiency"), "VitaminB12Deficiency", "UnsteadyGait");
        assertThat(gait.get("articles")).isEqualTo(A003);
        assertThat(gait.get("articleCount")).isEqualTo("1");
        assertThat(gait.get("articleTitles")).isEqualTo("What Vitamin Deficiency Causes Stiff Legs? A Comprehensive Guide");
        List<Map<String, String>> oneStep = fx.select("PREFIX lk: <" + LK + "> PREFIX dcterms: <http://purl.org/dc/terms/> "
                + "SELECT DISTINCT ?id { ?c lk:claimSubject <" + LKD + "VitaminB12Deficiency> ; lk:claimPredicate lk:actsThrough ; lk:claimObject ?m ; lk:statedIn ?a . "
                + "?m lk:manifestsAs <" + LKD + "UnsteadyGait> . ?a dcterms:identifier ?id }");
        assertThat(oneStep).extracting(r -> r.get("id")).as("articles stating the first step").contains(A000, A001, A002, A004);
        // the other direction: 003 only, for the deficiencies of an unsteady gait
        assertThat(row(rows("deficiencies-for-symptom", "symptom", "unsteady gait"), "VitaminB12Deficiency", "UnsteadyGait").get("articles"))
                .isEqualTo(A003);
    }

    @Test
    void symptomsForDeficiencyTakesADeficiencyANutrientOrAGroup() {
        List<Map<String, String>> byNutrient = rows("symptoms-for-deficiency", "deficiency", "magnesium");
        Set<String> deficiencies = new HashSet<>();
        byNutrient.forEach(r -> deficiencies.add(r.get("deficiency")));
        assertThat(deficiencies).containsExactly(LKD + "MagnesiumDeficiency");
        // 003 line 45: magnesium deficiency "is a common cause of recurring leg cramps, especially during the night"
        Map<String, String> cramp = row(byNutrient, "MagnesiumDeficiency", "MuscleCramp");
        assertThat(split(cramp.get("qualifiers"))).contains("at night", "recurring");
        assertThat(split(cramp.get("location"))).contains("leg");
        assertThat(cramp.get("articleCount")).isEqualTo("5");
        // 000 line 15 and line 48: vitamin D deficiency's "proximal muscle weakness", "particularly in the thighs"
        List<Map<String, String>> vitD = rows("symptoms-for-deficiency", "deficiency", "vitamin D deficiency");
        assertThat(vitD).allMatch(r -> r.get("deficiency").equals(LKD + "VitaminDDeficiency"));
        Map<String, String> weakness = row(vitD, "VitaminDDeficiency", "MuscleWeakness");
        assertThat(split(weakness.get("qualifiers"))).contains("proximal");
        assertThat(split(weakness.get("location"))).contains("thigh", "upper arm");
        assertThat(vitD).extracting(r -> r.get("symptom")).contains(LKD + "BonePain", LKD + "WaddlingGait");
        // a group: what the articles say of electrolyte imbalance itself (000 line 19, 003 line 79: muscle cramps)
        List<Map<String, String>> group = rows("symptoms-for-deficiency", "deficiency", "electrolyte imbalance");
        assertThat(group).isNotEmpty().allMatch(r -> r.get("deficiency").equals(LKD + "ElectrolyteImbalance"));
        assertThat(row(group, "ElectrolyteImbalance", "MuscleCramp").get("articles")).isEqualTo(A000 + " | " + A003);
    }

    @Test
    void mechanismChainsRunFromNutrientToSymptom() {
        List<Map<String, String>> b12 = rows("mechanism-chains", "nutrient", "cobalamin");
        assertThat(b12).isNotEmpty().allMatch(r -> r.get("nutrient").equals(LKD + "VitaminB12"));
        // 000 line 17 states both steps: B12 deficiency's peripheral neuropathy, and that it causes tingling
        Map<String, String> chain = b12.stream().filter(r -> r.get("mechanism").equals(LKD + "VitaminB12Deficiency-PeripheralNeuropathy")
                && (LKD + "Tingling").equals(r.get("symptom"))).findFirst().orElseThrow();
        assertThat(split(chain.get("articles"))).contains(A000);
        assertThat(chain.get("mechanismClass")).isEqualTo("peripheral neuropathy");
        assertThat(b12).allMatch(r -> r.get("mechanism").startsWith(LKD + "VitaminB12Deficiency-"));
        assertThat(b12.get(0).get("functions")).isNotBlank();
        List<Map<String, String>> all = rows("mechanism-chains");
        assertThat(all.size()).isGreaterThan(b12.size());
        assertThat(all.stream().map(r -> r.get("nutrient")).distinct().count()).isGreaterThan(3);
        assertThat(rows("mechanism-chains", "nutrient", "cobalamin", "stated", "true")).allMatch(r -> r.get("basis").equals(LK + "Explicit"));
    }

    @Test
    void riskFactorSymptomsGoThroughDeficienciesOrDirect() {
        List<Map<String, String>> vegan = rows("risk-factor-symptoms", "risk-factor", "vegan diet");
        assertThat(vegan).isNotEmpty().allMatch(r -> r.get("riskFactor").equals(LKD + "VeganDiet"));
        // 000 line 39 states both steps: vegans are susceptible to B12 deficiency, which causes tingling
        Map<String, String> tingling = vegan.stream().filter(r -> r.get("symptom").equals(LKD + "Tingling")).findFirst().orElseThrow();
        assertThat(tingling.get("via")).contains("vitamin B12 deficiency");
        assertThat(split(tingling.get("articles"))).contains(A000);
        assertThat(split(tingling.get("articleTitles"))).hasSize(Integer.parseInt(tingling.get("articleCount")));
        // 001 line 86: "Dehydration can contribute to muscle cramps"
        List<Map<String, String>> cramps = rows("risk-factor-symptoms", "symptom", "muscle cramp");
        Map<String, String> dehydration = cramps.stream().filter(r -> r.get("riskFactor").equals(LKD + "Dehydration")).findFirst().orElseThrow();
        assertThat(dehydration.get("via")).contains("direct");
        assertThat(split(dehydration.get("articles"))).contains(A001);
    }

    @Test
    void foodSourcesForSymptomIncludeSunlightForBonePain() {
        List<Map<String, String>> r = rows("food-sources-for-symptom", "symptom", "bone pain");
        assertThat(r).anyMatch(row -> row.get("source").equals(LKD + "Sunlight") && row.get("nutrients").contains("vitamin D"));
        // ranked by how many relevant nutrients a source provides
        for (int i = 1; i < r.size(); i++)
            assertThat(Integer.parseInt(r.get(i).get("nutrientCount"))).isLessThanOrEqualTo(Integer.parseInt(r.get(i - 1).get("nutrientCount")));
    }

    @Test
    void consensusRanksByArticlesAndSingleSourceClaimsHaveOne() {
        List<Map<String, String>> all = rows("consensus", "limit", "500");
        for (int i = 1; i < all.size(); i++)
            assertThat(Integer.parseInt(all.get(i).get("articleCount"))).isLessThanOrEqualTo(Integer.parseInt(all.get(i - 1).get("articleCount")));
        assertThat(all.get(0).get("articleCount")).isEqualTo("5");
        assertThat(rows("consensus", "limit", "3")).hasSize(3);
        List<Map<String, String>> strong = rows("consensus", "predicate", "causes symptom", "min-articles", "4");
        assertThat(strong).isNotEmpty().allMatch(r -> r.get("predicate").endsWith("#causesSymptom")
                && Integer.parseInt(r.get("articleCount")) >= 4);

        List<Map<String, String>> single = rows("single-source-claims", "article", "lkd:Article002");
        assertThat(single).isNotEmpty().allMatch(r -> r.get("article").equals(LKD + "Article002"));
        Map<String, String> first = single.get(0);
        String objectTerm = first.get("object").startsWith("http") ? "<" + first.get("object") + ">" : null;
        if (objectTerm != null) {
            List<Map<String, String>> articles = fx.select("PREFIX lk: <https://w3id.org/legkg/ontology#> SELECT DISTINCT ?a { ?c lk:claimSubject <"
                    + first.get("subject") + "> ; lk:claimPredicate <" + first.get("predicate") + "> ; lk:claimObject " + objectTerm + " ; lk:statedIn ?a }");
            assertThat(articles).hasSize(1);
        }
    }

    @Test
    void provenanceListsEveryClaimBetweenTwoResourcesInEitherOrder() {
        List<Map<String, String>> forward = rows("provenance", "subject", "vitamin B12 deficiency", "object", "tingling");
        List<Map<String, String>> backward = rows("provenance", "subject", "tingling", "object", "vitamin B12 deficiency");
        assertThat(forward).isNotEmpty();
        assertThat(new HashSet<>(backward)).isEqualTo(new HashSet<>(forward));
        long claims = fx.select("PREFIX lk: <https://w3id.org/legkg/ontology#> SELECT ?c { ?c lk:claimSubject <" + LKD
                + "VitaminB12Deficiency> ; lk:claimObject <" + LKD + "Tingling> }").size();
        assertThat(forward.stream().filter(r -> r.get("link").equals("stated"))).hasSize((int) claims);
        assertThat(forward).allMatch(r -> !r.get("section").isBlank() && r.get("articleId").matches("\\d{3}_[0-9a-f]+")
                && r.get("line").matches("\\d+( \\| \\d+)*") && r.get("basis").startsWith(LK) && !r.get("articleTitle").isBlank());
        // the chains' claims: 000 line 17, B12 deficiency acts through its peripheral neuropathy, which manifests as tingling
        assertThat(forward).anyMatch(r -> r.get("link").equals("chain") && r.get("articleId").equals(A000) && r.get("line").equals("17")
                && r.get("predicateLabel").equals("acts through") && r.get("objectLabel").equals("peripheral neuropathy in vitamin B12 deficiency"));
        assertThat(forward).anyMatch(r -> r.get("link").equals("chain") && r.get("articleId").equals(A000) && r.get("line").equals("17")
                && r.get("predicateLabel").equals("manifests as") && r.get("subjectLabel").equals("peripheral neuropathy in vitamin B12 deficiency"));
        // 003 line 61: the tingling of B12 deficiency's row, in two cells ("Primary Muscle Symptoms" and, as
        // "pins and needles", "Other Associated Symptoms")
        assertThat(forward).anyMatch(r -> r.get("link").equals("stated") && r.get("articleId").equals(A003) && r.get("line").equals("61")
                && r.get("tableCell").contains("Primary Muscle Symptoms") && r.get("tableCell").contains("Other Associated Symptoms"));
        // 004 line 7: the NIH, for B12 deficiency's neurological symptoms
        assertThat(rows("provenance", "subject", "vitamin B12 deficiency", "predicate", "causes symptom"))
                .anyMatch(r -> r.get("articleId").equals(A004) && r.get("line").equals("7") && r.get("authority") != null
                        && r.get("authority").contains("National Institutes of Health"));
        // without an object, the claims about the subject only, once each
        List<Map<String, String>> about = rows("provenance", "subject", "vitamin B12 deficiency");
        assertThat(about).allMatch(r -> r.get("link").equals("stated"));
        assertThat(about.stream().map(r -> r.get("claim")).distinct().count()).isEqualTo(about.size());
    }

    @Test
    void searchFindsSynonymsStemsAndPrefixesAndIgnoresQuerySyntax() {
        List<Map<String, String>> pins = rows("search", "text", "pins and needles");
        Map<String, String> firstInstance = pins.stream().filter(r -> r.get("resource").startsWith(LKD)).findFirst().orElseThrow();
        assertThat(firstInstance.get("resource")).isEqualTo(LKD + "Tingling");
        assertThat(firstInstance.get("matched")).contains("pins and needles");
        assertThat(firstInstance.get("label")).isEqualTo("tingling");
        // a qualified mention is a synonym of its symptom
        assertThat(rows("search", "text", "proximal muscle weakness").stream().filter(r -> r.get("resource").startsWith(LKD))
                .findFirst().orElseThrow().get("resource")).isEqualTo(LKD + "MuscleWeakness");
        List<Map<String, String>> cramps = rows("search", "text", "cramps", "type", "symptom");
        assertThat(cramps).isNotEmpty().allMatch(r -> r.get("resource").startsWith(LKD));
        assertThat(cramps.get(0).get("resource")).isEqualTo(LKD + "MuscleCramp");
        assertThat(rows("search", "text", "tingl")).extracting(r -> r.get("resource")).contains(LKD + "Tingling");
        // ranked: scores never increase
        for (int i = 1; i < pins.size(); i++)
            assertThat(Double.parseDouble(pins.get(i).get("score"))).isLessThanOrEqualTo(Double.parseDouble(pins.get(i - 1).get("score")));
        // Lucene operators, fields and wildcards in the input are only words
        for (String hostile : List.of("tingling) OR (*:*", "label:* OR uri:*", "\"unbalanced", "*", "tingling~0.1 AND NOT x"))
            assertThat(fx.get("api/search" + qs("text", hostile)).statusCode()).as(hostile).isIn(200, 400);
        assertThat(rows("search", "text", "tingling) OR (*:*")).allMatch(r -> r.get("matched").toLowerCase().contains("tingling")
                || r.get("matched").toLowerCase().contains("or"));
        assertThat(rows("search", "text", "pins and needles", "limit", "1")).hasSize(1);
    }

    @Test
    void articleTableRebuildsTheComparisonTable() {
        List<Map<String, String>> table = rows("article-table", "article", "lkd:Article000");
        assertThat(table).isNotEmpty();
        for (int i = 0; i < table.size(); i++) assertThat(table.get(i).get("rowIndex")).isEqualTo(Integer.toString(i + 1));
        assertThat(table.get(0).get("headers")).contains(" | ");
    }

    // ---- bad input ----

    @Test
    void aMissingRequiredParameterIs400NamingItWithAnExample() {
        HttpResponse<String> r = fx.get("api/deficiencies-for-symptom");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonObject p = JSON.parse(r.body());
        assertThat(p.get("status").getAsNumber().value().intValue()).isEqualTo(400);
        assertThat(p.get("parameter").getAsString().value()).isEqualTo("symptom");
        assertThat(p.get("detail").getAsString().value()).contains("Missing required parameter 'symptom'", "for example symptom=");
    }

    @Test
    void anUnknownValueIs400WithTheClosestLabels() {
        HttpResponse<String> r = fx.get("api/deficiencies-for-symptom" + qs("symptom", "pins and needels"));
        assertThat(r.statusCode()).isEqualTo(400);
        JsonObject p = JSON.parse(r.body());
        assertThat(p.get("detail").getAsString().value()).contains("'pins and needels'", "lk:Symptom", "closest labels: pins and needles");
        assertThat(p.get("suggestions").getAsArray().get(0).getAsString().value()).isEqualTo("pins and needles");
        // a resource of the wrong kind is not accepted either
        HttpResponse<String> wrongKind = fx.get("api/deficiencies-for-symptom" + qs("symptom", "lkd:VitaminD"));
        assertThat(wrongKind.statusCode()).isEqualTo(400);
        assertThat(wrongKind.body()).contains("is not a lk:Symptom or lk:BodyPart");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"} ; DROP ALL #", "tingling\" } ; DROP ALL ; SELECT * { \"", "<" + LKD + "Tingling> } ; DROP ALL {",
            "'); DROP ALL --", "${symptom}", "?s ?p ?o"})
    void injectionAttemptsStayLiteralValues(String hostile) {
        long before = count();
        HttpResponse<String> r = fx.get("api/deficiencies-for-symptom" + qs("symptom", hostile));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.parse(r.body()).get("detail").getAsString().value()).contains(hostile.strip());
        HttpResponse<String> search = fx.get("api/search" + qs("text", hostile));
        assertThat(search.statusCode()).isIn(200, 400);
        HttpResponse<String> list = fx.get("api/differential" + qs("symptoms", "tingling," + hostile));
        assertThat(list.statusCode()).isEqualTo(400);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void unknownRepeatedOversizedAndOutOfRangeParametersAre400() {
        HttpResponse<String> unknown = fx.get("api/search" + qs("text", "cramp", "colour", "red"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("Unknown parameter 'colour'", "it takes: text, type, limit");
        assertThat(fx.get("api/search" + qs("text", "cramp", "text", "tingling")).body()).contains("was given 2 times");
        for (String limit : List.of("abc", "0", "100000", "1.5"))
            assertThat(fx.get("api/search" + qs("text", "cramp", "limit", limit)).statusCode()).as(limit).isEqualTo(400);
        assertThat(fx.get("api/search" + qs("text", "x".repeat(600))).body()).contains("limited to 500");
        assertThat(fx.get("api/search" + qs("text", "!!! ???")).body()).contains("needs at least one word");
        String many = String.join(",", java.util.Collections.nCopies(51, "tingling"));
        assertThat(fx.get("api/differential" + qs("symptoms", many)).body()).contains("at most 50");
        assertThat(fx.get("api?x=1").statusCode()).isEqualTo(400);
    }

    @Test
    void unknownQueriesSuffixesMediaTypesAndMethodsAreRefused() {
        HttpResponse<String> none = fx.get("api/no-such-query");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.body()).contains("No canned query named 'no-such-query'", "differential", "search");
        assertThat(fx.get("api/search.xlsx" + qs("text", "cramp")).statusCode()).isEqualTo(404);
        assertThat(fx.get("api/search.ttl" + qs("text", "cramp")).body()).contains("SELECT query");
        assertThat(fx.get("api/search" + qs("text", "cramp"), "Accept", "image/png").statusCode()).isEqualTo(406);
        HttpResponse<String> post = fx.post("api/search", "application/x-www-form-urlencoded", "text=cramp");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow").orElse("")).contains("GET");
    }

    // ---- caching ----

    @Test
    void repeatedCallsComeFromTheCacheAndRevalidateWithEtags() {
        String path = "api/symptoms-for-deficiency" + qs("deficiency", "iron deficiency");
        HttpResponse<String> first = fx.get(path);
        HttpResponse<String> second = fx.get(path);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.headers().firstValue("X-Cache")).contains("HIT");
        assertThat(second.body()).isEqualTo(first.body());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(second.headers().firstValue("ETag")).contains(etag);
        assertThat(first.headers().firstValue("Cache-Control").orElse("")).contains("max-age");

        HttpResponse<String> notModified = fx.get(path, "If-None-Match", etag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(fx.get(path, "If-None-Match", "\"other\", W/" + etag).statusCode()).isEqualTo(304);
        assertThat(fx.get(path, "If-None-Match", "\"stale\"").statusCode()).isEqualTo(200);

        assertThat(fx.get("api/symptoms-for-deficiency.csv" + qs("deficiency", "iron deficiency")).headers().firstValue("ETag"))
                .isNotEqualTo(java.util.Optional.of(etag));
        assertThat(fx.get("api/symptoms-for-deficiency" + qs("deficiency", "calcium deficiency")).headers().firstValue("ETag"))
                .isNotEqualTo(java.util.Optional.of(etag));

        HttpResponse<String> head = ServerFixture.send(HttpRequest.newBuilder(URI.create(fx.base + path)).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("ETag")).contains(etag);
        assertThat(head.body()).isEmpty();
    }

    // ---- helpers ----

    static List<Map<String, String>> rows(String query, String... params) {
        HttpResponse<String> r = ServerFixture.get().get("api/" + query + qs(params));
        assertThat(r.statusCode()).as(query + " " + String.join(" ", params) + ": " + r.body()).isEqualTo(200);
        return ServerFixture.rows(r.body());
    }

    /** The one row of a deficiency and a symptom (lkd local names). */
    static Map<String, String> row(List<Map<String, String>> rows, String deficiency, String symptom) {
        List<Map<String, String>> hits = rows.stream().filter(r -> r.get("deficiency").equals(LKD + deficiency)
                && r.get("symptom").equals(LKD + symptom)).toList();
        assertThat(hits).as(deficiency + " " + symptom).hasSize(1);
        return hits.get(0);
    }

    /** The items of a " | "-joined list. */
    static List<String> split(String list) {
        return list == null || list.isEmpty() ? List.of() : List.of(list.split(" \\| "));
    }

    /** "Deficiency Symptom" (lkd local names) of each row. */
    static Set<String> pairsOf(List<Map<String, String>> rows) {
        Set<String> out = new HashSet<>();
        rows.forEach(r -> out.add(r.get("deficiency").substring(LKD.length()) + " " + r.get("symptom").substring(LKD.length())));
        return out;
    }

    static Set<String> symptomsOf(List<Map<String, String>> rows) {
        Set<String> out = new HashSet<>();
        rows.forEach(r -> out.add(r.get("symptom")));
        return out;
    }

    static long count() {
        return Long.parseLong(fx.select("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").get(0).get("n"));
    }
}
