package org.w3id.legkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.legkg.api.SupportGraph;
import org.w3id.legkg.build.ProjectLayout;
import org.w3id.legkg.build.SourceGraphs;
import org.w3id.legkg.build.SourceReader;
import org.w3id.legkg.infer.RuleMaterialiser;

/**
 * Every question of docs/querying.md, run as printed against the real data with the graphs a build makes, and
 * checked against the answer written by hand from the articles (the line numbers are the article files').
 */
class QueryGuideTest {
    private static final Path GUIDE = Path.of("docs/querying.md");
    private static Map<String, String> queries;
    private static Dataset dataset;

    @BeforeAll
    static void load() throws IOException {
        queries = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?ms)^### (Q\\d+)\\..*?^```sparql\\n(.*?)^```").matcher(Files.readString(GUIDE));
        while (m.find()) queries.put(m.group(1), m.group(2));

        ProjectLayout project = new ProjectLayout(Path.of(""));
        SourceGraphs sources = new SourceReader(project).read();
        Graph inferred = new RuleMaterialiser().materialise(sources.ontology(), sources.data()).graph();
        Graph support = new SupportGraph().derive(project, sources);
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        dsg.addGraph(Namespaces.GRAPH_ONTOLOGY, sources.ontology());
        dsg.addGraph(Namespaces.GRAPH_DATA, sources.data());
        dsg.addGraph(Namespaces.GRAPH_INFERRED, inferred);
        dsg.addGraph(SupportGraph.GRAPH, support);
        for (Graph g : List.of(sources.ontology(), sources.data(), inferred, support))   // the store's union default graph
            g.find().forEachRemaining(dsg.getDefaultGraph()::add);
        dataset = DatasetFactory.wrap(dsg);
    }

    @Test
    void theGuideHasAtLeastTwelveQuestions() {
        assertThat(queries).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void q1LookupVitaminESymptomsInArticle001() {
        assertThat(rows("Q1", "symptom", "line")).containsExactly("lkd:ImpairedCoordination 71", "lkd:ImpairedCoordination 96",
                "lkd:MuscleWeakness 71", "lkd:MuscleWeakness 96", "lkd:MuscleWeakness 114",
                "lkd:NeurologicalSymptom 71", "lkd:NeurologicalSymptom 114");
    }

    @Test
    void q2EachArticleExplainsB12TinglingByB12sOwnMechanisms() {
        assertThat(rows("Q2", "article", "mechanism", "statedDirectly", "basis")).containsExactly(
                "lkd:Article000 lkd:VitaminB12Deficiency-PeripheralNeuropathy true lk:Explicit",
                "lkd:Article001 lkd:VitaminB12Deficiency-NerveDamage true lk:Explicit",
                "lkd:Article002 - true lk:Explicit",
                "lkd:Article003 lkd:VitaminB12Deficiency-Demyelination true lk:Explicit",
                "lkd:Article003 lkd:VitaminB12Deficiency-NerveDamage true lk:Explicit",
                "lkd:Article003 lkd:VitaminB12Deficiency-PeripheralNeuropathy true lk:Explicit",
                "lkd:Article004 lkd:VitaminB12Deficiency-ImpairedNerveSignalTransmission true lk:Explicit");
    }

    @Test
    void q3PainRollsUpThroughTheHierarchy() {
        List<String> rows = rows("Q3", "deficiency");
        assertThat(rows).containsExactlyInAnyOrder("lkd:CalciumDeficiency", "lkd:IronDeficiency", "lkd:MagnesiumDeficiency",
                "lkd:VitaminB12Deficiency", "lkd:VitaminCDeficiency", "lkd:VitaminDDeficiency");
        assertThat(rows("Q3", "deficiency", "pains")).contains("lkd:VitaminCDeficiency joint pain");
        // aches roll up into pain (001 line 15: vitamin D deficiency can cause muscle aches)
        assertThat(rows("Q3", "deficiency", "pains")).anySatisfy(r -> assertThat(r).startsWith("lkd:VitaminDDeficiency ").contains("muscle ache", "bone pain"));
    }

    @Test
    void q4MagnesiumSymptomsStatedByThreeArticlesOrMore() {
        assertThat(rows("Q4", "symptom", "articles")).containsExactly("lkd:MuscleCramp 5", "lkd:MuscleSpasm 4",
                "lkd:MuscleTwitch 4", "lkd:MuscleWeakness 4", "lkd:Fatigue 3");
    }

    @Test
    void q5EssentialTremorIsNotTypicallyNutrientRelated() {
        assertThat(rows("Q5", "condition", "unrelatedTo", "article", "line", "qualifier"))
                .containsExactly("lkd:EssentialTremor lkd:NutrientDeficiencies lkd:Article004 63 lkd:Typically");
    }

    @Test
    void q6OnlyThiamineDeficiencyCausesIrritability() {
        assertThat(rows("Q6", "symptom")).containsExactly("lkd:Irritability");
    }

    @Test
    void q7ThiamineWeaknessIsOnThreeLinesOfArticle003() {
        assertThat(rows("Q7", "article", "line", "basis", "qualifier")).containsExactly(
                "lkd:Article003 23 lk:Explicit lkd:Severe", "lkd:Article003 53 lk:Explicit lkd:Severe", "lkd:Article003 64 lk:Explicit -");
        assertThat(rows("Q7", "line", "section")).contains("64 Comparison of Deficiency-Related Muscle Symptoms");
    }

    @Test
    void q8OnlyACollectiveRowLinksVitaminDAndMagnesiumToTingling() {
        assertThat(rows("Q8", "deficiency")).containsExactly("lkd:MagnesiumDeficiency", "lkd:VitaminDDeficiency");
    }

    @Test
    void q9B12ExplainsAllThreeSymptoms() {
        assertThat(rows("Q9", "deficiency", "explained")).containsExactly("lkd:VitaminB12Deficiency 3",
                "lkd:CalciumDeficiency 2", "lkd:MagnesiumDeficiency 2", "lkd:VitaminDDeficiency 2",
                "lkd:IronDeficiency 1", "lkd:PotassiumDeficiency 1", "lkd:ThiamineDeficiency 1", "lkd:VitaminCDeficiency 1",
                "lkd:VitaminEDeficiency 1");
    }

    @Test
    void q10AttributionsToTheWhoTheNihAndAJournalStudy() {
        assertThat(rows("Q10", "authority", "subject", "property", "object", "article", "line")).containsExactly(
                "lkd:JournalOfNutritionStudy lkd:LeafyGreens lk:supportsFunction lkd:MuscleStrength lkd:Article002 49",
                "lkd:NationalInstitutesOfHealth lkd:VitaminDDeficiency lk:causesSymptom lkd:MuscleSpasm lkd:Article003 7",
                "lkd:NationalInstitutesOfHealth lkd:VitaminDDeficiency lk:causesSymptom lkd:Pain lkd:Article003 7",
                "lkd:NationalInstitutesOfHealth lkd:VitaminB12Deficiency lk:causesSymptom lkd:InvoluntaryMovement lkd:Article004 7",
                "lkd:NationalInstitutesOfHealth lkd:VitaminB12Deficiency lk:causesSymptom lkd:NeurologicalSymptom lkd:Article004 7",
                "lkd:NationalInstitutesOfHealth lkd:VitaminB12Deficiency lk:causesSymptom lkd:Tremor lkd:Article004 7",
                "lkd:WorldHealthOrganization lkd:VitaminDDeficiency lk:prevalenceNote - lkd:Article000 7");
    }

    @Test
    void q11NineDeficienciesNoGroupsThreeElectrolytes() {
        assertThat(rows("Q11", "deficiency", "inElectrolyteImbalance")).containsExactly(
                "lkd:CalciumDeficiency true", "lkd:IronDeficiency false", "lkd:MagnesiumDeficiency true",
                "lkd:PotassiumDeficiency true", "lkd:ThiamineDeficiency false", "lkd:VitaminB12Deficiency false",
                "lkd:VitaminCDeficiency false", "lkd:VitaminDDeficiency false", "lkd:VitaminEDeficiency false");
    }

    @Test
    void q12OtherCausesOfLegShaking() {
        assertThat(rows("Q12", "cause")).containsExactlyInAnyOrder("lkd:AnxietyAndStress", "lkd:EssentialTremor",
                "lkd:LifestyleFactors", "lkd:NeurologicalCondition", "lkd:OtherMedicalConditions", "lkd:Overexertion",
                "lkd:RestlessLegsSyndrome");
        assertThat(rows("Q12", "articles")).containsOnly("004_844252e0b4b0a487");
    }

    @Test
    void q13NeurologicalDeficienciesAreInferredOnly() {
        assertThat(rows("Q13", "deficiency")).containsExactly("lkd:ThiamineDeficiency", "lkd:VitaminB12Deficiency", "lkd:VitaminEDeficiency");
    }

    @Test
    void q14BariatricSurgeryPredisposesThroughThiamineDeficiency() {
        List<String> rows = rows("Q14", "deficiency", "symptoms");
        assertThat(rows).singleElement().asString().startsWith("lkd:ThiamineDeficiency ")
                .contains("muscle weakness", "leg heaviness", "difficulty walking", "impaired coordination", "irritability");
    }

    /** The named variables of each row, space-separated (IRIs as lkd:/lk: names, "-" for unbound). */
    private static List<String> rows(String question, String... vars) {
        assertThat(queries).containsKey(question);
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(queries.get(question)).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                List<String> cells = new ArrayList<>();
                for (String v : vars) cells.add(show(s.get(v)));
                out.add(String.join(" ", cells));
            }
        }
        return out;
    }

    private static String show(RDFNode n) {
        if (n == null) return "-";
        Node node = n.asNode();
        if (node.isURI()) return node.getURI().replace(Namespaces.LKD, "lkd:").replace(Namespaces.LK, "lk:");
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }
}
