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

    @Test
    void deficienciesForSymptomIncludesNarrowerSymptomsMechanismsAndArticles() {
        List<Map<String, String>> tingling = rows("deficiencies-for-symptom", "symptom", "pins and needles");
        Map<String, String> b12 = tingling.stream().filter(r -> r.get("deficiency").equals(LKD + "VitaminB12Deficiency")
                && r.get("symptom").equals(LKD + "Tingling")).findFirst().orElseThrow();
        assertThat(b12.get("nutrient")).isEqualTo("vitamin B12");
        assertThat(b12.get("mechanism")).contains("peripheral neuropathy");
        assertThat(b12.get("articles").split(" \\| ")).hasSize(Integer.parseInt(b12.get("articleCount")));
        assertThat(Integer.parseInt(b12.get("articleCount"))).isGreaterThanOrEqualTo(2);

        // narrower: every symptom answered for "muscle cramp" is a muscle cramp (asserted or inferred type)
        List<Map<String, String>> cramps = rows("deficiencies-for-symptom", "symptom", "muscle cramp");
        Set<String> symptoms = new HashSet<>();
        cramps.forEach(r -> symptoms.add(r.get("symptom")));
        assertThat(symptoms).contains(LKD + "MuscleCramp", LKD + "NocturnalLegCramp");
        for (String s : symptoms)
            assertThat(fx.select("PREFIX lk: <https://w3id.org/legkg/ontology#> SELECT * { <" + s + "> a lk:MuscleCramp }"))
                    .as(s + " is a muscle cramp").isNotEmpty();

        // a part of the leg: the symptoms located in the thigh; the leg includes the thigh's symptoms
        Set<String> thigh = symptomsOf(rows("deficiencies-for-symptom", "symptom", "thigh"));
        assertThat(thigh).contains(LKD + "ProximalMuscleWeakness");
        Set<String> leg = symptomsOf(rows("deficiencies-for-symptom", "symptom", "leg"));
        assertThat(leg).containsAll(thigh).contains(LKD + "RestlessLegs");
    }

    @Test
    void symptomsForDeficiencyTakesADeficiencyOrANutrient() {
        List<Map<String, String>> byNutrient = rows("symptoms-for-deficiency", "deficiency", "magnesium");
        Set<String> deficiencies = new HashSet<>();
        byNutrient.forEach(r -> deficiencies.add(r.get("deficiency")));
        assertThat(deficiencies).contains(LKD + "MagnesiumDeficiency");
        for (String d : deficiencies)
            assertThat(fx.select("PREFIX lk: <https://w3id.org/legkg/ontology#> SELECT * { <" + d + "> lk:deficiencyOf <" + LKD + "Magnesium> }"))
                    .as(d + " is a deficiency of magnesium").isNotEmpty();
        List<Map<String, String>> vitD = rows("symptoms-for-deficiency", "deficiency", "vitamin D deficiency");
        assertThat(vitD).extracting(r -> r.get("symptom")).contains(LKD + "ProximalMuscleWeakness", LKD + "BonePain");
        assertThat(vitD).allMatch(r -> r.get("deficiency").equals(LKD + "VitaminDDeficiency"));
        assertThat(byNutrient).anyMatch(r -> r.get("symptom").equals(LKD + "MuscleCramp") && r.get("qualifiers") != null
                && !r.get("qualifiers").isEmpty());
    }

    @Test
    void mechanismChainsRunFromNutrientToSymptom() {
        List<Map<String, String>> b12 = rows("mechanism-chains", "nutrient", "cobalamin");
        assertThat(b12).isNotEmpty().allMatch(r -> r.get("nutrient").equals(LKD + "VitaminB12"));
        assertThat(b12).anyMatch(r -> r.get("mechanism").equals(LKD + "PeripheralNeuropathy") && LKD.concat("Tingling").equals(r.get("symptom")));
        assertThat(b12.get(0).get("functions")).isNotBlank();
        List<Map<String, String>> all = rows("mechanism-chains");
        assertThat(all.size()).isGreaterThan(b12.size());
        assertThat(all.stream().map(r -> r.get("nutrient")).distinct().count()).isGreaterThan(3);
    }

    @Test
    void riskFactorSymptomsGoThroughDeficienciesOrDirect() {
        List<Map<String, String>> vegan = rows("risk-factor-symptoms", "risk-factor", "vegan diet");
        assertThat(vegan).isNotEmpty().allMatch(r -> r.get("riskFactor").equals(LKD + "VeganDiet"));
        assertThat(vegan).anyMatch(r -> r.get("via").contains("vitamin B12 deficiency") && r.get("symptom").equals(LKD + "Tingling"));
        List<Map<String, String>> cramps = rows("risk-factor-symptoms", "symptom", "muscle cramp");
        assertThat(cramps).anyMatch(r -> r.get("via").contains("direct"));
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
        assertThat(forward).hasSize((int) claims);
        assertThat(forward).allMatch(r -> !r.get("section").isBlank() && r.get("articleId").matches("\\d{3}_[0-9a-f]+"));
    }

    @Test
    void searchFindsSynonymsStemsAndPrefixesAndIgnoresQuerySyntax() {
        List<Map<String, String>> pins = rows("search", "text", "pins and needles");
        Map<String, String> firstInstance = pins.stream().filter(r -> r.get("resource").startsWith(LKD)).findFirst().orElseThrow();
        assertThat(firstInstance.get("resource")).isEqualTo(LKD + "Tingling");
        assertThat(firstInstance.get("matched")).contains("pins and needles");
        assertThat(firstInstance.get("label")).isEqualTo("tingling");
        assertThat(rows("search", "text", "weak thighs").get(0).get("resource")).isEqualTo(LKD + "ProximalMuscleWeakness");
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

    static Set<String> symptomsOf(List<Map<String, String>> rows) {
        Set<String> out = new HashSet<>();
        rows.forEach(r -> out.add(r.get("symptom")));
        return out;
    }

    static long count() {
        return Long.parseLong(fx.select("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").get(0).get("n"));
    }
}
