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
            "Tetany", "ImpairedMuscleRelaxation", "ImpairedOxygenDelivery", "Anaemia", "MegaloblasticAnaemia",
            "ImpairedBoneMineralisation", "ImpairedEnergyMetabolism", "ConnectiveTissueWeakening", "OxidativeNerveDamage",
            // symptoms
            "Symptom", "MotorSymptom", "MuscleWeakness", "ProximalMuscleWeakness", "LegHeaviness", "Paralysis",
            "PainSymptom", "MusclePain", "BonePain", "ShootingNervePain", "InvoluntaryMovement", "MuscleCramp",
            "NocturnalLegCramp", "MuscleSpasm", "MuscleTwitch", "Tremor", "RestlessLegs", "SensorySymptom", "Numbness",
            "Tingling", "GaitAndBalanceSymptom", "WaddlingGait", "UnsteadyGait", "ImpairedCoordination", "Fall",
            "Stiffness", "Fatigue", "LegSymptom", "PaleSkin", "IrregularHeartbeat", "BrittleNails", "SwollenTongue",
            // body parts, risk factors, sources, care, conditions, provenance
            "BodyPart", "Leg", "Thigh", "Calf", "Foot", "RiskFactor", "SkinPigmentation", "LimitedSunExposure",
            "MalabsorptionCondition", "AlcoholUse", "Surgery", "PregnancyOrMenstruation", "FluidLoss", "IntenseExercise",
            "FoodSource", "Treatment", "DiagnosticTest", "BloodTest", "Condition", "Osteomalacia", "RestlessLegsSyndrome",
            "Beriberi", "Scurvy", "EssentialTremor", "AnxietyAndStress", "Overexertion", "SourceArticle", "Claim",
            "Qualifier", "SeverityQualifier", "RarityQualifier", "TimingQualifier", "PopulationQualifier"})
    void declaresTheClassesTheArticlesNeed(String name) {
        assertThat(ask("lk:" + name + " a owl:Class")).as("lk:" + name + " is an owl:Class").isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "BVitamin, Vitamin", "Vitamin, Nutrient", "Electrolyte, Nutrient", "Mineral, Nutrient",
            "PeripheralNeuropathy, Neuropathy", "Demyelination, Mechanism", "Neuropathy, Mechanism", "Myopathy, Mechanism",
            "Tetany, NeuromuscularHyperexcitability", "MegaloblasticAnaemia, Anaemia", "Anaemia, ImpairedOxygenDelivery",
            "ProximalMuscleWeakness, MuscleWeakness", "MuscleWeakness, MotorSymptom", "NocturnalLegCramp, MuscleCramp",
            "MuscleCramp, InvoluntaryMovement", "Tremor, InvoluntaryMovement", "RestlessLegs, InvoluntaryMovement",
            "Tingling, SensorySymptom", "Numbness, SensorySymptom", "WaddlingGait, GaitAndBalanceSymptom",
            "BonePain, PainSymptom", "ShootingNervePain, PainSymptom", "SensorySymptom, Symptom", "Thigh, BodyPart",
            "Osteomalacia, Condition", "RestlessLegsSyndrome, Condition", "BloodTest, DiagnosticTest"})
    void placesTermsInTheHierarchy(String sub, String sup) {
        assertThat(ask("lk:" + sub + " rdfs:subClassOf+ lk:" + sup)).as(sub + " ⊑ " + sup).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tingling|pins and needles", "Tremor|shaking legs", "WaddlingGait|waddling gait", "UnsteadyGait|wobbly gait",
            "Tingling|paresthesia", "RestlessLegsSyndrome|RLS"})
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
                List.of("predisposesTo", "increasesRiskOf", "mayCause"), List.of("locatedIn", "locatedIn", "partOf")))
            assertThat(ask("lk:" + chain.get(0) + " owl:propertyChainAxiom ( lk:" + chain.get(1) + " lk:" + chain.get(2) + " )"))
                    .as(chain.get(1) + " ∘ " + chain.get(2) + " ⊑ " + chain.get(0)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "deficiencyOf, NutrientDeficiency, Nutrient", "hasFunction, Nutrient, PhysiologicalFunction",
            "impairs, NutrientDeficiency, PhysiologicalFunction", "actsThrough, NutrientDeficiency, Mechanism",
            "manifestsAs, Mechanism, Symptom", "causesSymptom, NutrientDeficiency, Symptom", "mayCause, NutrientDeficiency, Symptom",
            "locatedIn, Symptom, BodyPart", "partOf, BodyPart, BodyPart", "increasesRiskOf, RiskFactor, NutrientDeficiency",
            "hasFoodSource, Nutrient, FoodSource", "treatedBy, NutrientDeficiency, Treatment",
            "diagnosedBy, NutrientDeficiency, DiagnosticTest", "associatedWith, NutrientDeficiency, Condition"})
    void coreVocabularyHasTheDesignedDomainsAndRanges(String property, String domain, String range) {
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
