package org.w3id.legkg.infer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.legkg.LegkgException;

/**
 * Axioms the materialiser cannot compute completely stop the build with a message naming the axiom; so do
 * contradictions and schema statements in the instance data. Nothing is silently under-inferred.
 */
class UnsupportedInputTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "t:hasMother a owl:ObjectProperty , owl:FunctionalProperty .                         | owl:FunctionalProperty",
        "t:hasId a owl:ObjectProperty , owl:InverseFunctionalProperty .                      | owl:InverseFunctionalProperty",
        "t:knows a owl:ObjectProperty , owl:ReflexiveProperty .                              | owl:ReflexiveProperty",
        "t:p a owl:ObjectProperty , owl:IrreflexiveProperty .                                | owl:IrreflexiveProperty",
        "t:p a owl:ObjectProperty , owl:AsymmetricProperty .                                 | owl:AsymmetricProperty",
        "t:p a owl:ObjectProperty ; owl:propertyDisjointWith t:q . t:q a owl:ObjectProperty . | owl:propertyDisjointWith",
        "t:A a owl:Class ; owl:hasKey ( t:p ) . t:p a owl:ObjectProperty .                   | owl:hasKey",
        "t:A rdfs:subClassOf [ a owl:Restriction ; owl:onProperty t:p ; owl:minCardinality 2 ] . t:p a owl:ObjectProperty . | owl:minCardinality",
        "t:A rdfs:subClassOf [ a owl:Restriction ; owl:onProperty t:p ; owl:maxQualifiedCardinality 1 ; owl:onClass t:B ] . t:p a owl:ObjectProperty . | owl:maxQualifiedCardinality",
        "t:A owl:equivalentClass [ a owl:Class ; owl:oneOf ( i:a i:b ) ] .                  | owl:oneOf",
        "t:A owl:equivalentClass [ a owl:Restriction ; owl:onProperty t:p ; owl:allValuesFrom t:B ] . t:p a owl:ObjectProperty . | owl:allValuesFrom",
        "t:A owl:equivalentClass [ a owl:Class ; owl:complementOf t:B ] .                    | owl:complementOf",
        "t:A rdfs:subClassOf [ a owl:Restriction ; owl:onProperty t:age ; owl:someValuesFrom xsd:integer ] . t:age a owl:DatatypeProperty . | datatype property",
        "<http://example.org/t> a owl:Ontology ; owl:imports <http://example.org/other> .    | owl:imports",
        "t:A owl:sameAs t:B .                                                                 | owl:sameAs",
        "t:A rdfs:subClassOf [ a owl:Restriction ; owl:onProperty owl:topObjectProperty ; owl:someValuesFrom t:B ] . | owl:topObjectProperty",
    })
    void unsupportedAxiomStopsTheBuildNamingIt(String turtle, String named) {
        Fixture f = Fixture.of(turtle);
        assertThatThrownBy(f::materialise)
                .isInstanceOf(UnsupportedAxiomException.class)
                .hasMessageContaining(named)
                .hasMessageContaining("Unsupported axiom");
    }

    @Test
    void existentialsThatRequireAnInfiniteChainOfAnonymousIndividualsAreRejected() {
        Fixture f = Fixture.of("""
                t:partOf a owl:ObjectProperty .
                t:Leg a owl:Class ; rdfs:subClassOf [ a owl:Restriction ; owl:onProperty t:partOf ; owl:someValuesFrom t:Leg ] .
                i:leg a t:Leg .
                """);
        assertThatThrownBy(f::materialise)
                .isInstanceOf(UnsupportedAxiomException.class)
                .hasMessageContaining("unbounded chain of anonymous individuals")
                .hasMessageContaining("rdfs:subClassOf");
    }

    @Test
    void anIndividualInTwoDisjointClassesIsReportedByName() {
        Fixture f = Fixture.of("""
                t:Symptom a owl:Class . t:BodyPart a owl:Class . t:Leg a owl:Class ; rdfs:subClassOf t:BodyPart .
                [] a owl:AllDisjointClasses ; owl:members ( t:Symptom t:BodyPart ) .
                i:calf a t:Symptom , t:Leg .
                """);
        assertThatThrownBy(f::materialise)
                .isInstanceOf(InconsistentDataException.class)
                .hasMessageContaining("<http://example.org/id/calf>")
                .hasMessageContaining("Symptom")
                .hasMessageContaining("BodyPart")
                .hasMessageContaining("disjoint");
    }

    @Test
    void twoValuesOfAFunctionalDatatypePropertyAreReported() {
        Fixture f = Fixture.of("""
                t:rowIndex a owl:DatatypeProperty , owl:FunctionalProperty .
                i:row a owl:NamedIndividual ; t:rowIndex 1 , 2 .
                """);
        assertThatThrownBy(f::materialise)
                .isInstanceOf(InconsistentDataException.class)
                .hasMessageContaining("rowIndex");
    }

    @Test
    void equalValuesOfAFunctionalDatatypePropertyAreFine() {
        Fixture f = Fixture.of("""
                t:rowIndex a owl:DatatypeProperty , owl:FunctionalProperty .
                i:row a owl:NamedIndividual ; t:rowIndex 1 , "01"^^xsd:integer .
                """);
        f.materialise();
    }

    @Test
    void schemaAxiomsInTheDataAreRejected() {
        Fixture f = Fixture.of("t:A a owl:Class .\n i:x rdfs:subClassOf t:A .");
        assertThatThrownBy(f::materialise)
                .isInstanceOf(LegkgException.class)
                .hasMessageContaining("rdfs:subClassOf")
                .hasMessageContaining("belongs in ontology/");
    }

    @Test
    void aLiteralValueOfAnObjectPropertyIsRejected() {
        Fixture f = Fixture.of("t:locatedIn a owl:ObjectProperty .\n i:cramp t:locatedIn \"leg\" .");
        assertThatThrownBy(f::materialise)
                .isInstanceOf(LegkgException.class)
                .hasMessageContaining("object property")
                .hasMessageContaining("literal");
    }
}
