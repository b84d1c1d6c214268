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
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The differential query against an independent implementation of its scoring, computed here in Java from
 * the claims alone: a deficiency has a symptom when one article's claims state the link (lk:causesSymptom) or
 * every step of a chain (lk:actsThrough, lk:leadsTo*, lk:manifestsAs); symptom classes from the individuals'
 * types (asserted and materialised, e.g. the defined class lk:LegSymptom) closed upwards with the ontology's
 * rdfs:subClassOf, information content IC(C) = ln(N / n(C)), and the Phenomizer score, the mean over the asked
 * symptoms of the IC of the most informative class shared with any symptom of the deficiency. Only nutrient
 * deficiencies (individuals typed with a class below lk:NutrientDeficiency) are ranked, never a group. The
 * strict reading (stated=true) keeps the links of explicit claims only.
 */
class DifferentialTest {
    static final String LK = "https://w3id.org/legkg/ontology#";
    static final String GRAPH = "https://w3id.org/legkg/graph/";
    static final List<String> BASES = List.of(LK + "Explicit", LK + "Collective", LK + "Implied", LK + "TableCoLocation");
    static final List<String> BASIS_LABELS = List.of("explicit", "collective", "implied", "table co-location");
    static ServerFixture fx;
    /** The nutrient deficiencies. */
    static Set<String> deficiencies;
    /** deficiency -> symptom -> article identifier -> strongest basis rank of that article's support. */
    static Map<String, Map<String, Map<String, Integer>>> support;
    static Map<String, Set<String>> assertedTypes;
    static Map<String, Set<String>> allTypes;
    static Map<String, Set<String>> superClasses;
    static Map<String, String> labels;

    record Step(String to, int rank) {}

    @BeforeAll
    static void loadAssertedGraphs() {
        fx = ServerFixture.get();
        deficiencies = new HashSet<>();
        for (Map<String, String> r : fx.select("SELECT DISTINCT ?d { GRAPH <" + GRAPH + "data> { ?d a ?dt } GRAPH <" + GRAPH
                + "ontology> { ?dt <http://www.w3.org/2000/01/rdf-schema#subClassOf>+ <" + LK + "NutrientDeficiency> } }"))
            deficiencies.add(r.get("d"));
        // each article's claimed steps: article -> property -> subject -> steps
        Map<String, Map<String, Map<String, List<Step>>>> steps = new HashMap<>();
        for (Map<String, String> r : fx.select("PREFIX lk: <" + LK + "> PREFIX dcterms: <http://purl.org/dc/terms/> SELECT ?s ?p ?o ?id ?b { GRAPH <"
                + GRAPH + "data> { ?c lk:claimSubject ?s ; lk:claimPredicate ?p ; lk:claimObject ?o ; lk:statedIn ?a ; lk:basis ?b . "
                + "?a dcterms:identifier ?id . VALUES ?p { lk:causesSymptom lk:actsThrough lk:leadsTo lk:manifestsAs } } }"))
            steps.computeIfAbsent(r.get("id"), k -> new HashMap<>()).computeIfAbsent(r.get("p"), k -> new HashMap<>())
                    .computeIfAbsent(r.get("s"), k -> new ArrayList<>()).add(new Step(r.get("o"), BASES.indexOf(r.get("b"))));
        support = new HashMap<>();
        steps.forEach((article, byProperty) -> {
            for (String d : deficiencies) {
                for (Step direct : byProperty.getOrDefault(LK + "causesSymptom", Map.of()).getOrDefault(d, List.of()))
                    supports(d, direct.to(), article, direct.rank());
                // the mechanisms this article's claims reach from d, each with the strongest chain's weakest basis
                Map<String, Integer> reach = new HashMap<>();
                Deque<String> todo = new ArrayDeque<>();
                for (Step in : byProperty.getOrDefault(LK + "actsThrough", Map.of()).getOrDefault(d, List.of()))
                    if (reach.merge(in.to(), in.rank(), Math::min) == in.rank()) todo.add(in.to());
                while (!todo.isEmpty()) {
                    String m = todo.pop();
                    for (Step next : byProperty.getOrDefault(LK + "leadsTo", Map.of()).getOrDefault(m, List.of())) {
                        int rank = Math.max(reach.get(m), next.rank());
                        Integer old = reach.get(next.to());
                        if (old == null || rank < old) {
                            reach.put(next.to(), rank);
                            todo.add(next.to());
                        }
                    }
                }
                reach.forEach((m, rank) -> {
                    for (Step out : byProperty.getOrDefault(LK + "manifestsAs", Map.of()).getOrDefault(m, List.of()))
                        supports(d, out.to(), article, Math.max(rank, out.rank()));
                });
            }
        });
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
        labels = new HashMap<>();
        for (Map<String, String> r : fx.select("SELECT ?s ?l { GRAPH <" + GRAPH + "data> { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } }"))
            labels.put(r.get("s"), r.get("l"));
    }

    private static void supports(String d, String s, String article, int rank) {
        support.computeIfAbsent(d, k -> new HashMap<>()).computeIfAbsent(s, k -> new TreeMap<>()).merge(article, rank, Math::min);
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

    /** The symptoms of each deficiency, in the lenient or the strict reading; deficiencies with none are left out. */
    static Map<String, Set<String>> symptomsOf(boolean strict) {
        Map<String, Set<String>> out = new HashMap<>();
        support.forEach((d, bySymptom) -> bySymptom.forEach((s, articles) -> {
            if (!strict || articles.containsValue(0)) out.computeIfAbsent(d, k -> new HashSet<>()).add(s);
        }));
        return out;
    }

    /** An asked symptom and the symptoms typed with its asserted class (unless that is lk:Symptom). */
    static Set<String> explained(String q) {
        Set<String> out = new HashSet<>(Set.of(q));
        for (String qType : assertedTypes.getOrDefault(q, Set.of()))
            if (!qType.equals(LK + "Symptom"))
                allTypes.forEach((s, types) -> { if (types.contains(qType)) out.add(s); });
        return out;
    }

    record Expected(String deficiency, double score, Set<String> matched, Set<String> partial, Set<String> unmatched,
                    Set<String> articles, Set<String> evidence) {}

    static List<Expected> expected(List<String> asked, boolean strict) {
        Map<String, Set<String>> symptomsOf = symptomsOf(strict);
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
            Set<String> articles = new TreeSet<>(), evidence = new TreeSet<>();
            for (String q : asked) {
                Set<String> qClasses = classes(q);
                double best = 0;
                for (String s : d.getValue()) {
                    Set<String> sClasses = classes(s);
                    for (String c : qClasses)
                        if (sClasses.contains(c)) best = Math.max(best, Math.log((double) n / annotated.get(c)));
                }
                // the articles (and their strongest basis) that support q or a narrower symptom
                Map<String, Integer> byArticle = new TreeMap<>();
                for (String s : explained(q))
                    support.getOrDefault(d.getKey(), Map.of()).getOrDefault(s, Map.of()).forEach((a, rank) -> {
                        if (!strict || rank == 0) byArticle.merge(a, rank, Math::min);
                    });
                sum += best;
                String label = labels.get(q);
                if (!byArticle.isEmpty()) {
                    matched.add(label);
                    articles.addAll(byArticle.keySet());
                    evidence.add(label + " (" + BASIS_LABELS.get(java.util.Collections.min(byArticle.values())) + "): "
                            + String.join(", ", byArticle.keySet()));
                } else if (best > 0) partial.add(label);
                else unmatched.add(label);
            }
            if (sum > 0 || !matched.isEmpty())
                out.add(new Expected(d.getKey(), Math.round(1000 * sum / asked.size()) / 1000.0, matched, partial, unmatched, articles, evidence));
        }
        out.sort(Comparator.comparingDouble(Expected::score).reversed()
                .thenComparing(Comparator.comparingInt((Expected e) -> e.matched().size()).reversed())
                .thenComparing(e -> labels.get(e.deficiency())));
        return out;
    }

    @ParameterizedTest
    @CsvSource({"'Tingling,Numbness,MuscleWeakness', false", "'Tingling,Numbness,MuscleWeakness', true",
            "'MuscleWeakness,BonePain,WaddlingGait', false", "'MuscleCramp,MuscleTwitch,Tremor', false",
            "'MuscleCramp,MuscleTwitch,Tremor', true", "'RestlessLegs,Fatigue', false", "'Paraesthesia', false",
            "'LegHeaviness,Irritability,MuscleWeakness', false", "'Shaking,Tingling', true"})
    void rankingAndScoresMatchAnIndependentPhenomizerComputation(String symptoms, boolean strict) {
        List<String> asked = new ArrayList<>();
        for (String s : symptoms.split(",")) asked.add(CannedQueryApiTest.LKD + s);
        // ask with the lkd: names, comma-separated
        List<Map<String, String>> rows = CannedQueryApiTest.rows("differential", "symptoms",
                String.join(",", asked.stream().map(a -> "lkd:" + a.substring(CannedQueryApiTest.LKD.length())).toList()),
                "stated", Boolean.toString(strict));
        List<Expected> want = expected(asked, strict);
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
            assertThat(split(r.get("evidence"))).as("evidence per symptom for " + r.get("deficiency")).isEqualTo(e.evidence());
            assertThat(split(r.get("articleTitles"))).hasSize(e.articles().size());
            assertThat(r.get("articleCount") == null ? 0 : Integer.parseInt(r.get("articleCount"))).isEqualTo(e.articles().size());
            assertThat(deficiencies).as("a nutrient deficiency, not a group").contains(r.get("deficiency"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tingling, numbness, muscle weakness", "muscle weakness, leg heaviness, irritability, vision problem",
            "muscle weakness, impaired coordination, difficulty walking, fatigue"})
    void thiamineIsCreditedOnlyToTheArticleThatMentionsIt(String symptoms) {
        // Only article 003 mentions thiamine (lines 23, 51, 53, 64, 74): its row credits no other article, even where
        // other articles state the same symptoms of other deficiencies or of mechanisms of the same kind.
        Map<String, String> thiamine = CannedQueryApiTest.rows("differential", "symptoms", symptoms).stream()
                .filter(r -> r.get("deficiency").equals(CannedQueryApiTest.LKD + "ThiamineDeficiency")).findFirst().orElseThrow();
        assertThat(thiamine.get("articles")).isEqualTo("003_38045139196c968a");
        assertThat(thiamine.get("articleTitles")).isEqualTo("What Vitamin Deficiency Causes Stiff Legs? A Comprehensive Guide");
        for (String evidence : split(thiamine.get("evidence")))
            assertThat(evidence).endsWith("): 003_38045139196c968a");
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
