package org.w3id.legkg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the ontology must say, written by hand from the issue and the five articles (never from the file
 * under test): the classes the articles need, the hierarchy, the everyday synonyms, and the axioms that
 * carry inference.
 */
class OntologyContentTest {
    static Model onto;

    static final String PREFIXES = """
            PREFIX lk:   <https://w3id.org/legkg/ontology#>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    @BeforeAll
    static void load() {
        onto = RDFDataMgr.loadModel("ontology/legkg.ttl");
    }

    static boolean ask(String body) {
        try (QueryExecution qe = QueryExecution.model(onto).query(PREFIXES + "ASK {" + body + "}").build()) {
            return qe.execAsk();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // nutrients
            "Nutrient", "Vitamin", "BVitamin", "Mineral", "Electrolyte", "NutrientDeficiency",
            // functions named by the articles
            "PhysiologicalFunction", "CalciumAbsorption", "BoneMineralisation", "MyelinMaintenance", "NerveSignalTransmission",
            "MuscleContraction", "MuscleRelaxation", "OxygenTransport", "RedBloodCellFormation", "EnergyProduction",
            "CollagenSynthesis", "FluidBalance", "HaemoglobinProduction",
            // mechanisms
            "Mechanism", "Myopathy", "Neuropathy", "PeripheralNeuropathy", "Demyelination", "NeuromuscularHyperexcitability",
            "ImpairedMuscleRelaxation", "ImpairedOxygenDelivery", "ImpairedNerveSignalTransmission",
            "ImpairedBoneMineralisation", "ImpairedEnergyMetabolism", "ConnectiveTissueWeakening", "OxidativeNerveDamage",
            // symptoms
            "Symptom", "MotorSymptom", "MuscleWeakness", "LegHeaviness", "Paralysis", "Discomfort",
            "PainSymptom", "MusclePain", "MuscleAche", "BonePain", "ShootingNervePain", "JointPain", "InvoluntaryMovement",
            "InvoluntaryMuscleContraction", "MuscleCramp", "MuscleSpasm", "MuscleTwitch", "Shaking", "Tremor", "Tetany",
            "RestlessLegs", "SensorySymptom", "Numbness", "Paraesthesia", "Tingling", "GaitAndBalanceSymptom",
            "WaddlingGait", "UnsteadyGait", "Instability", "ImpairedCoordination", "Fall", "Stiffness", "MuscleTightness",
            "MuscleTension", "Fatigue", "MuscleFatigue", "LegSymptom", "PaleSkin", "IrregularHeartbeat", "BrittleNails",
            "SwollenTongue",
            // body parts, risk factors, sources, care, conditions, provenance
            "BodyPart", "Leg", "Thigh", "Calf", "Foot", "RiskFactor", "SkinPigmentation", "LimitedSunExposure",
            "MalabsorptionCondition", "AlcoholUse", "Surgery", "PregnancyOrMenstruation", "FluidLoss", "IntenseExercise",
            "FoodSource", "Treatment", "DiagnosticTest", "BloodTest", "Condition", "Osteomalacia", "RestlessLegsSyndrome",
            "Beriberi", "Scurvy", "EssentialTremor", "AnxietyAndStress", "Overexertion", "Anaemia", "MegaloblasticAnaemia",
            "IronDeficiencyAnaemia", "SourceArticle", "ArticleSection", "Claim", "ClaimBasis", "Authority",
            "Qualifier", "SeverityQualifier", "RarityQualifier", "TimingQualifier", "PopulationQualifier",
            // groups the articles speak of, which are not deficiencies or nutrients
            "DeficiencyGroup", "NutrientGroup"})
    void declaresTheClassesTheArticlesNeed(String name) {
        assertThat(ask("lk:" + name + " a owl:Class")).as("lk:" + name + " is an owl:Class").isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "BVitamin, Vitamin", "Vitamin, Nutrient", "Electrolyte, Nutrient", "Mineral, Nutrient",
            "PeripheralNeuropathy, Neuropathy", "Demyelination, Mechanism", "Neuropathy, Mechanism", "Myopathy, Mechanism",
            // v2: tetany is a symptom, the anaemias are conditions (associated with deficiencies)
            "Tetany, InvoluntaryMovement", "MegaloblasticAnaemia, Anaemia", "Anaemia, Condition",
            "MuscleWeakness, MotorSymptom", "MuscleCramp, InvoluntaryMovement", "RestlessLegs, InvoluntaryMovement",
            // aches, pain and discomfort; shaking and tremor; tingling and paraesthesia: related, not synonyms
            "MuscleAche, MusclePain", "MusclePain, PainSymptom", "PainSymptom, Discomfort", "Tremor, Shaking",
            "Shaking, InvoluntaryMovement", "Instability, GaitAndBalanceSymptom", "Tingling, Paraesthesia",
            "Paraesthesia, SensorySymptom", "MuscleFatigue, Fatigue",
            "Numbness, SensorySymptom", "WaddlingGait, GaitAndBalanceSymptom",
            "BonePain, PainSymptom", "ShootingNervePain, PainSymptom", "SensorySymptom, Symptom", "Thigh, BodyPart",
            "Osteomalacia, Condition", "RestlessLegsSyndrome, Condition", "BloodTest, DiagnosticTest"})
    void placesTermsInTheHierarchy(String sub, String sup) {
        assertThat(ask("lk:" + sub + " rdfs:subClassOf+ lk:" + sup)).as(sub + " ⊑ " + sup).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tingling|pins and needles", "Shaking|shaking legs", "WaddlingGait|waddling gait", "UnsteadyGait|wobbly gait",
            "Paraesthesia|paresthesia", "RestlessLegsSyndrome|RLS", "MuscleAche|aches", "Instability|unsteadiness"})
    void carriesTheArticlesEverydayWords(String cls, String words) {
        assertThat(ask("lk:" + cls + " rdfs:label|skos:altLabel ?l FILTER(lcase(str(?l)) = lcase(\"" + words + "\"))"))
                .as("lk:" + cls + " has label or synonym '" + words + "'").isTrue();
    }

    @Test
    void propertyAxiomsCarryInference() {
        assertThat(ask("lk:partOf a owl:TransitiveProperty")).as("partOf transitive").isTrue();
        assertThat(ask("lk:causesSymptom rdfs:subPropertyOf lk:mayCause")).as("causesSymptom ⊑ mayCause").isTrue();
        assertThat(ask("{ lk:causesSymptom owl:inverseOf lk:symptomOf } UNION { lk:symptomOf owl:inverseOf lk:causesSymptom }"))
                .as("causesSymptom inverse symptomOf").isTrue();
        for (List<String> chain : List.of(List.of("mayCause", "actsThrough", "manifestsAs"),
                List.of("actsThrough", "actsThrough", "leadsTo"),
                List.of("predisposesTo", "increasesRiskOf", "mayCause"), List.of("locatedIn", "locatedIn", "partOf")))
            assertThat(ask("lk:" + chain.get(0) + " owl:propertyChainAxiom ( lk:" + chain.get(1) + " lk:" + chain.get(2) + " )"))
                    .as(chain.get(1) + " ∘ " + chain.get(2) + " ⊑ " + chain.get(0)).isTrue();
    }

    /** Domain and range are the class itself or a named union that contains it (v2 lets groups be subjects). */
    @ParameterizedTest
    @CsvSource({
            "deficiencyOf, NutrientDeficiency, Nutrient", "hasFunction, Nutrient, PhysiologicalFunction",
            "impairs, NutrientDeficiency, PhysiologicalFunction", "actsThrough, NutrientDeficiency, Mechanism",
            "manifestsAs, Mechanism, Symptom", "causesSymptom, NutrientDeficiency, Symptom", "mayCause, NutrientDeficiency, Symptom",
            "locatedIn, Symptom, BodyPart", "partOf, BodyPart, BodyPart", "increasesRiskOf, RiskFactor, NutrientDeficiency",
            "hasFoodSource, Nutrient, FoodSource", "treatedBy, NutrientDeficiency, Treatment",
            "diagnosedBy, NutrientDeficiency, DiagnosticTest", "associatedWith, NutrientDeficiency, Condition"})
    void coreVocabularyHasTheDesignedDomainsAndRanges(String property, String domain, String range) {
        assertThat(ask("lk:" + property + " a owl:ObjectProperty ; rdfs:domain ?d ; rdfs:range ?r ."
                + " FILTER(?d = lk:" + domain + " || EXISTS { ?d owl:equivalentClass/owl:unionOf/rdf:rest*/rdf:first lk:" + domain + " })"
                + " FILTER(?r = lk:" + range + " || EXISTS { ?r owl:equivalentClass/owl:unionOf/rdf:rest*/rdf:first lk:" + range + " })"))
                .as("lk:" + property + ": " + domain + " → " + range).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"DeficiencyGroup, NutrientDeficiency", "NutrientGroup, Nutrient", "ClaimBasis, Claim", "Authority, SourceArticle"})
    void groupsAndRecordsAreDisjointFromWhatTheyAreNot(String a, String b) {
        assertThat(ask("?x a owl:AllDisjointClasses ; owl:members ?l . ?l rdf:rest*/rdf:first lk:" + a + " . ?l rdf:rest*/rdf:first lk:" + b))
                .as(a + " disjoint with " + b).isTrue();
    }

    @Test
    void claimsHaveAClosedListOfBasesAndAreAnchoredToLines() {
        for (String basis : List.of("Explicit", "Collective", "Implied", "TableCoLocation"))
            assertThat(ask("lk:" + basis + " a lk:ClaimBasis")).as(basis + " is a claim basis").isTrue();
        assertThat(ask("lk:basis a owl:ObjectProperty ; rdfs:domain lk:Claim ; rdfs:range lk:ClaimBasis")).isTrue();
        assertThat(ask("lk:sourceLine a owl:DatatypeProperty ; rdfs:range <http://www.w3.org/2001/XMLSchema#integer>")).isTrue();
        assertThat(ask("lk:sourceSha256 a owl:DatatypeProperty ; rdfs:domain lk:SourceArticle")).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"leadsTo, Mechanism, Mechanism", "alternativeCauseOf, TriggerFactor, Symptom", "perceivedAs, Symptom, Symptom",
            "inDeficiency, Mechanism, DeficiencyOrGroup", "notRelatedTo, Condition, DeficiencyOrGroup"})
    void v2RelationsHaveTheirDomainsAndRanges(String property, String domain, String range) {
        assertThat(ask("lk:" + property + " a owl:ObjectProperty ; rdfs:domain lk:" + domain + " ; rdfs:range lk:" + range))
                .as("lk:" + property + ": " + domain + " → " + range).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "NeurologicalDeficiency, NutrientDeficiency, actsThrough, Neuropathy",
            "MyopathicDeficiency, NutrientDeficiency, actsThrough, Myopathy",
            "ElectrolyteDeficiency, NutrientDeficiency, deficiencyOf, Electrolyte",
            "LegSymptom, Symptom, locatedIn, Leg"})
    void definedClassesAreEquivalentToAGenusAndARestriction(String defined, String genus, String property, String filler) {
        assertThat(ask("lk:" + defined + " owl:equivalentClass ?e . ?e owl:intersectionOf ?l . "
                + "?l rdf:rest*/rdf:first lk:" + genus + " . ?l rdf:rest*/rdf:first ?r . "
                + "?r owl:onProperty lk:" + property + " ; owl:someValuesFrom lk:" + filler))
                .as(defined + " ≡ " + genus + " ⊓ ∃" + property + "." + filler).isTrue();
    }
}
