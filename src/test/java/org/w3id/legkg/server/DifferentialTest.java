package org.w3id.legkg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The differential query against an independent implementation of its scoring, computed here in Java:
 * each deficiency's symptoms from the asserted causesSymptom and actsThrough/manifestsAs, symptom classes
 * from the individuals' types (asserted and materialised, e.g. the defined class lk:LegSymptom) closed
 * upwards with the ontology's rdfs:subClassOf, information content IC(C) = ln(N / n(C)), and the
 * Phenomizer score, the mean over the asked symptoms of the IC of the most informative class shared with
 * any symptom of the deficiency.
 */
class DifferentialTest {
    static final String LK = "https://w3id.org/legkg/ontology#";
    static final String GRAPH = "https://w3id.org/legkg/graph/";
    static ServerFixture fx;
    static Map<String, Set<String>> symptomsOf;
    static Map<String, Set<String>> assertedTypes;
    static Map<String, Set<String>> allTypes;
    static Map<String, Set<String>> superClasses;
    static Map<String, String> labels;
    /** Every claim: subject, predicate, object, article identifier. */
    static List<String[]> claims;
    static Map<String, Set<String>> manifests;
    static Map<String, Set<String>> actsThrough;

    @BeforeAll
    static void loadAssertedGraphs() {
        fx = ServerFixture.get();
        symptomsOf = new HashMap<>();
        // candidates: deficiencies not typed with the top class itself (the articles' "nutrient deficiencies")
        String deficiency = "GRAPH <" + GRAPH + "data> { ?d a ?dt } GRAPH <" + GRAPH + "ontology> { ?dt <http://www.w3.org/2000/01/rdf-schema#subClassOf>+ <" + LK + "NutrientDeficiency> }";
        for (Map<String, String> r : fx.select("SELECT DISTINCT ?d ?s { " + deficiency + " GRAPH <" + GRAPH + "data> { { ?d <" + LK
                + "causesSymptom> ?s } UNION { ?d <" + LK + "actsThrough> ?m . ?m <" + LK + "manifestsAs> ?s } } }"))
            symptomsOf.computeIfAbsent(r.get("d"), k -> new HashSet<>()).add(r.get("s"));
        assertedTypes = new HashMap<>();
        for (Map<String, String> r : fx.select("SELECT ?s ?c { GRAPH <" + GRAPH + "data> { ?s a ?c } }"))
            assertedTypes.computeIfAbsent(r.get("s"), k -> new HashSet<>()).add(r.get("c"));
        allTypes = new HashMap<>();
        for (Map<String, String> r : fx.select("SELECT DISTINCT ?s ?c { ?s a ?c FILTER(isIRI(?c)) }"))
            allTypes.computeIfAbsent(r.get("s"), k -> new HashSet<>()).add(r.get("c"));
        Map<String, Set<String>> direct = new HashMap<>();
        for (Map<String, String> r : fx.select("SELECT ?c ?p { GRAPH <" + GRAPH + "ontology> { ?c <http://www.w3.org/2000/01/rdf-schema#subClassOf> ?p FILTER(isIRI(?c) && isIRI(?p)) } }"))
            direct.computeIfAbsent(r.get("c"), k -> new HashSet<>()).add(r.get("p"));
        superClasses = new HashMap<>();
        for (String c : direct.keySet()) {
            Set<String> seen = new HashSet<>();
            Deque<String> todo = new ArrayDeque<>(direct.get(c));
            while (!todo.isEmpty()) {
                String x = todo.pop();
                if (seen.add(x)) todo.addAll(direct.getOrDefault(x, Set.of()));
            }
            superClasses.put(c, seen);
        }
        claims = new ArrayList<>();
        for (Map<String, String> r : fx.select("PREFIX lk: <" + LK + "> PREFIX dcterms: <http://purl.org/dc/terms/> "
                + "SELECT ?s ?p ?o ?id { GRAPH <" + GRAPH + "data> { ?c lk:claimSubject ?s ; lk:claimPredicate ?p ; lk:claimObject ?o ; lk:statedIn ?a . ?a dcterms:identifier ?id } }"))
            claims.add(new String[] {r.get("s"), r.get("p"), r.get("o"), r.get("id")});
        manifests = new HashMap<>();
        for (Map<String, String> r : fx.select("SELECT ?m ?s { GRAPH <" + GRAPH + "data> { ?m <" + LK + "manifestsAs> ?s } }"))
            manifests.computeIfAbsent(r.get("m"), k -> new HashSet<>()).add(r.get("s"));
        actsThrough = new HashMap<>();
        for (Map<String, String> r : fx.select("SELECT ?d ?m { GRAPH <" + GRAPH + "data> { ?d <" + LK + "actsThrough> ?m } }"))
            actsThrough.computeIfAbsent(r.get("d"), k -> new HashSet<>()).add(r.get("m"));
        labels = new HashMap<>();
        for (Map<String, String> r : fx.select("SELECT ?s ?l { GRAPH <" + GRAPH + "data> { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } }"))
            labels.put(r.get("s"), r.get("l"));
    }

    /** The symptom classes of an individual: its types and their ancestors, lk:Symptom or below it. */
    static Set<String> classes(String individual) {
        Set<String> out = new HashSet<>();
        for (String t : allTypes.getOrDefault(individual, Set.of())) {
            Set<String> all = new HashSet<>(superClasses.getOrDefault(t, Set.of()));
            all.add(t);
            for (String c : all)
                if (c.equals(LK + "Symptom") || superClasses.getOrDefault(c, Set.of()).contains(LK + "Symptom")) out.add(c);
        }
        return out;
    }

    record Expected(String deficiency, double score, Set<String> matched, Set<String> partial, Set<String> unmatched,
                    Set<String> articles) {}

    /**
     * The articles whose claims state that the deficiency causes an asked symptom (or one typed with its
     * asserted class), or that it acts through a mechanism manifesting as one, or that such a mechanism does.
     */
    static Set<String> evidence(String deficiency, List<String> asked) {
        Set<String> explained = new HashSet<>();
        for (String q : asked) {
            explained.add(q);
            for (String qType : assertedTypes.getOrDefault(q, Set.of()))
                if (!qType.equals(LK + "Symptom"))
                    allTypes.forEach((s, types) -> { if (types.contains(qType)) explained.add(s); });
        }
        Set<String> articles = new TreeSet<>();
        for (String[] c : claims) {
            boolean direct = c[0].equals(deficiency) && c[1].equals(LK + "causesSymptom") && explained.contains(c[2]);
            boolean viaMechanism = c[0].equals(deficiency) && c[1].equals(LK + "actsThrough")
                    && actsThrough.getOrDefault(deficiency, Set.of()).contains(c[2])
                    && manifests.getOrDefault(c[2], Set.of()).stream().anyMatch(explained::contains);
            boolean manifestation = c[1].equals(LK + "manifestsAs") && explained.contains(c[2])
                    && actsThrough.getOrDefault(deficiency, Set.of()).contains(c[0])
                    && manifests.getOrDefault(c[0], Set.of()).contains(c[2]);
            if (direct || viaMechanism || manifestation) articles.add(c[3]);
        }
        return articles;
    }

    static List<Expected> expected(List<String> asked) {
        int n = symptomsOf.size();
        Map<String, Integer> annotated = new HashMap<>();
        for (Set<String> symptoms : symptomsOf.values()) {
            Set<String> cs = new HashSet<>();
            symptoms.forEach(s -> cs.addAll(classes(s)));
            cs.forEach(c -> annotated.merge(c, 1, Integer::sum));
        }
        List<Expected> out = new ArrayList<>();
        for (Map.Entry<String, Set<String>> d : symptomsOf.entrySet()) {
            double sum = 0;
            Set<String> matched = new TreeSet<>(), partial = new TreeSet<>(), unmatched = new TreeSet<>();
            for (String q : asked) {
                Set<String> qClasses = classes(q);
                double best = 0;
                boolean explains = d.getValue().contains(q);
                for (String s : d.getValue()) {
                    Set<String> sClasses = classes(s);
                    for (String c : qClasses)
                        if (sClasses.contains(c)) best = Math.max(best, Math.log((double) n / annotated.get(c)));
                    for (String qType : assertedTypes.getOrDefault(q, Set.of()))
                        if (!qType.equals(LK + "Symptom") && sClasses.contains(qType)) explains = true;
                }
                sum += best;
                String label = labels.get(q);
                if (explains) matched.add(label);
                else if (best > 0) partial.add(label);
                else unmatched.add(label);
            }
            if (sum > 0 || !matched.isEmpty())
                out.add(new Expected(d.getKey(), Math.round(1000 * sum / asked.size()) / 1000.0, matched, partial, unmatched,
                        evidence(d.getKey(), asked)));
        }
        out.sort(Comparator.comparingDouble(Expected::score).reversed()
                .thenComparing(Comparator.comparingInt((Expected e) -> e.matched().size()).reversed())
                .thenComparing(e -> labels.get(e.deficiency())));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tingling,Numbness,MuscleWeakness", "ProximalMuscleWeakness,BonePain,WaddlingGait",
            "MuscleCramp,MuscleTwitch,Tremor", "RestlessLegs,Fatigue", "NocturnalLegCramp"})
    void rankingAndScoresMatchAnIndependentPhenomizerComputation(String symptoms) {
        List<String> asked = new ArrayList<>();
        for (String s : symptoms.split(",")) asked.add(CannedQueryApiTest.LKD + s);
        // ask with the lkd: names, comma-separated
        List<Map<String, String>> rows = CannedQueryApiTest.rows("differential", "symptoms",
                String.join(",", asked.stream().map(a -> "lkd:" + a.substring(CannedQueryApiTest.LKD.length())).toList()));
        List<Expected> want = expected(asked);
        assertThat(rows).extracting(r -> r.get("deficiency")).containsExactlyElementsOf(want.stream().map(Expected::deficiency).toList());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> r = rows.get(i);
            Expected e = want.get(i);
            assertThat(Double.parseDouble(r.get("score"))).as(r.get("deficiency")).isCloseTo(e.score(), within(0.0011));
            assertThat(split(r.get("matched"))).as("matched of " + r.get("deficiency")).isEqualTo(e.matched());
            assertThat(split(r.get("partial"))).as("partial of " + r.get("deficiency")).isEqualTo(e.partial());
            assertThat(split(r.get("unmatched"))).as("unmatched of " + r.get("deficiency")).isEqualTo(e.unmatched());
            assertThat(Integer.parseInt(r.get("matchedCount"))).isEqualTo(e.matched().size());
            assertThat(split(r.get("articles"))).as("evidence for " + r.get("deficiency")).isEqualTo(e.articles());
            assertThat(r.get("articleCount") == null ? 0 : Integer.parseInt(r.get("articleCount"))).isEqualTo(e.articles().size());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pins and needles, numbness", "tingling&symptoms=numbness"})
    void labelsSynonymsAndRepeatedParametersGiveTheSameRanking(String value) {
        String path = "api/differential?symptoms=" + ServerFixture.enc(value).replace("%26symptoms%3D", "&symptoms=");
        List<Map<String, String>> viaLabels = ServerFixture.rows(fx.get(path).body());
        List<Map<String, String>> viaNames = CannedQueryApiTest.rows("differential", "symptoms", "lkd:Tingling,lkd:Numbness");
        assertThat(viaLabels).isEqualTo(viaNames);
        assertThat(viaNames.get(0).get("matched")).contains("tingling", "numbness");
    }

    static Set<String> split(String list) {
        Set<String> out = new TreeSet<>();
        if (list != null) for (String s : list.split(" \\| ")) if (!s.isBlank()) out.add(s);
        return out;
    }
}
