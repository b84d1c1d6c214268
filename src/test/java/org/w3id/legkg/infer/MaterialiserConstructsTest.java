package org.w3id.legkg.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * One fixture per construct the materialiser supports. Every expected triple is derived by hand from the
 * fixture's axioms (see the comments in src/test/resources/infer/); the assertions list the inferred graph
 * exactly, so a missing or an extra inference both fail.
 */
class MaterialiserConstructsTest {

    @Test
    void subclassClosureAndNamedEquivalence() {
        Inferences inf = Fixture.load("subclass").materialise();
        // VitaminB12 ⊑ BVitamin ⊑ Vitamin ⊑ Nutrient, and Cobalamin ≡ VitaminB12. iron is already a Nutrient.
        assertThat(Fixture.lines(inf.graph())).containsExactlyInAnyOrder(
                "i:b12 a t:BVitamin", "i:b12 a t:Vitamin", "i:b12 a t:Nutrient", "i:b12 a t:Cobalamin");
        assertThat(inf.countsByKind()).containsEntry("subclass", 4L);
    }

    @Test
    void definedClassesFromIntersectionAndSomeValuesFrom() {
        Inferences inf = Fixture.load("defined-class").materialise();
        assertThat(Fixture.lines(inf.graph())).containsExactlyInAnyOrder(
                "i:b12 a t:Vitamin", "i:b12 a t:Nutrient", "i:iron a t:Nutrient",
                // ND ⊓ ∃deficiencyOf.Vitamin, with the vitamin typed only as a B vitamin
                "i:b12Deficiency a t:VitaminDeficiency",
                // ND ⊓ ∃actsThrough.(Mechanism ⊓ ∃affects.Nerve): nested restriction
                "i:b12Deficiency a t:NeurologicalDeficiency");
        // iron is a mineral, anaemia affects no nerve, i:stray is not typed as a deficiency: none is classified.
        assertThat(inf.countsByKind()).containsEntry("defined-class", 2L).containsEntry("subclass", 3L);
    }

    @Test
    void subpropertiesAndEquivalentProperties() {
        Inferences inf = Fixture.load("subproperty").materialise();
        assertThat(Fixture.lines(inf.graph())).containsExactlyInAnyOrder(
                "i:magnesiumDeficiency t:mayCause i:cramp", "i:magnesiumDeficiency t:relatedTo i:cramp",
                "i:ironDeficiency t:managedBy i:ironSupplement");
        assertThat(inf.countsByKind()).containsEntry("subproperty", 3L);
    }

    @Test
    void inversesDeclaredAndAnonymous() {
        Inferences inf = Fixture.load("inverse").materialise();
        assertThat(Fixture.lines(inf.graph())).containsExactlyInAnyOrder(
                "i:tingling t:symptomOf i:b12Deficiency",
                // Whole ≡ ∃(inverse partOf).Thing
                "i:leg a t:Whole",
                // relieves ⊒ (inverse treatedBy) ∘ causesSymptom
                "i:b12Injection t:relieves i:tingling");
        assertThat(inf.countsByKind()).containsEntry("inverse", 1L).containsEntry("defined-class", 1L).containsEntry("chain", 1L);
    }

    @Test
    void symmetricProperty() {
        Inferences inf = Fixture.load("symmetric").materialise();
        assertThat(Fixture.lines(inf.graph())).containsExactly("i:magnesiumDeficiency t:occursWith i:potassiumDeficiency");
        assertThat(inf.countsByKind()).containsEntry("symmetric", 1L);
    }

    @Test
    void transitiveProperty() {
        Inferences inf = Fixture.load("transitive").materialise();
        assertThat(Fixture.lines(inf.graph())).containsExactlyInAnyOrder(
                "i:toe t:partOf i:leg", "i:toe t:partOf i:body", "i:foot t:partOf i:body");
        assertThat(inf.countsByKind()).containsEntry("transitive", 3L);
    }

    @Test
    void propertyChainsOfLengthTwoAndThreeAndRecursive() {
        Inferences inf = Fixture.load("chain").materialise();
        assertThat(Fixture.lines(inf.graph())).containsExactlyInAnyOrder(
                "i:b12Deficiency t:mayCause i:tingling",           // actsThrough ∘ manifestsAs
                "i:veganDiet t:predisposesTo i:tingling",          // increasesRiskOf ∘ actsThrough ∘ manifestsAs
                "i:tingling t:locatedIn i:calf",                   // locatedIn ∘ partOf
                "i:tingling t:locatedIn i:leg");                   // and again, on its own result
        assertThat(inf.countsByKind()).containsEntry("chain", 4L);
    }

    @Test
    void domainsAndRangesOfObjectAndDatatypeProperties() {
        Inferences inf = Fixture.load("domain-range").materialise();
        assertThat(Fixture.lines(inf.graph())).containsExactlyInAnyOrder(
                "i:zincDeficiency a t:NutrientDeficiency", "i:zinc a t:Nutrient", "i:row1 a t:TableRow");
        assertThat(inf.countsByKind()).containsEntry("domain", 2L).containsEntry("range", 1L);
    }

    @Test
    void existentialSuperclassReachesDefinedClassesThroughAnAnonymousIndividual() {
        Inferences inf = Fixture.load("existential").materialise();
        // thigh ⊑ ∃partOf.Leg; weakness locatedIn thigh, so (chain) located in that leg: a LegSymptom; and
        // vitaminDDeficiency mayCause a LegSymptom. The anonymous leg itself never appears.
        assertThat(Fixture.lines(inf.graph())).containsExactlyInAnyOrder(
                "i:thigh a t:BodyPart", "i:weakness a t:LegSymptom", "i:vitaminDDeficiency a t:LegSymptomDeficiency");
    }

    @Test
    void unionMembersAndUnionEliminationByDisjointness() {
        Inferences inf = Fixture.load("union").materialise();
        assertThat(Fixture.lines(inf.graph())).containsExactlyInAnyOrder(
                "i:stress a t:TriggerFactor",          // Condition ⊑ Condition ⊔ RiskFactor
                "i:caffeine a t:TriggerFactor",        // domain of triggers
                "i:caffeine a t:RiskFactor",           // a Habit is no Condition, so the other part
                "i:unknownCause a t:TriggerFactor");   // nothing excludes either part: no further type
        assertThat(inf.countsByKind()).containsEntry("union", 1L).containsEntry("domain", 2L).containsEntry("subclass", 1L);
    }

    @Test
    void hasValueAndAllValuesFrom() {
        Inferences inf = Fixture.load("values").materialise();
        assertThat(Fixture.lines(inf.graph())).containsExactlyInAnyOrder(
                "i:ann a t:VeganDietFollower",          // ≡ follows value veganDiet
                "i:ann t:atRiskOf i:b12Deficiency",     // VeganDietFollower ⊑ atRiskOf value b12Deficiency
                "i:lentils a t:PlantFood");             // VeganMeal ⊑ contains only PlantFood
        assertThat(inf.countsByKind()).containsEntry("defined-class", 1L).containsEntry("has-value", 1L).containsEntry("all-values", 1L);
    }

    @Test
    void countsListEveryKindTheOntologyUsesInAFixedOrder() {
        Inferences inf = Fixture.load("chain").materialise();
        assertThat(inf.countsByKind()).isEqualTo(Map.of("chain", 4L));
        assertThat(inf.summary()).isEqualTo("4 (chain 4)");
        // A kind with rules but nothing derived still shows, as 0.
        Inferences none = Fixture.of("t:p a owl:ObjectProperty , owl:SymmetricProperty .\n i:a a owl:NamedIndividual .").materialise();
        assertThat(none.countsByKind()).isEqualTo(Map.of("symmetric", 0L));
    }
}
