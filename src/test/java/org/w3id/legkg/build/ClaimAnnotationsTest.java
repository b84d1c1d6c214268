package org.w3id.legkg.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.legkg.Namespaces;

/**
 * The parse stage turns Turtle 1.2 annotations into claims: named from article, first line and triple, with the
 * section of the line, the table row of a table line, a label, and the located-in statements that body
 * locations make; and every annotation that cannot be expanded is reported with its file and triple.
 */
class ClaimAnnotationsTest {
    private static final String PREFIXES = """
            @prefix lk:   <https://w3id.org/legkg/ontology#> .
            @prefix lkd:  <https://w3id.org/legkg/id/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            """;
    private static final String ONTOLOGY = PREFIXES + """
            lk:Symptom rdfs:label "symptom"@en .
            lk:MuscleWeakness rdfs:subClassOf lk:Symptom .
            lk:causesSymptom rdfs:label "causes symptom"@en .
            lk:locatedIn rdfs:label "located in"@en .
            """;
    private static final String ARTICLE = PREFIXES + """
            lkd:Article007 a lk:SourceArticle ; lk:hasSection lkd:Article007-Section-3 , lkd:Article007-Section-9 ;
                lk:hasTable lkd:Article007Table .
            lkd:Article007-Section-3 rdfs:label "Key Points"@en ; lk:sourceLine 3 .
            lkd:Article007-Section-9 rdfs:label "Comparison"@en ; lk:sourceLine 9 .
            lkd:Article007Table lk:hasRow lkd:Article007TableRow1 .
            lkd:Article007TableRow1 lk:sourceLine 11 .
            lkd:VitaminDDeficiency rdfs:label "vitamin D deficiency"@en .
            lkd:MuscleWeakness a lk:MuscleWeakness ; rdfs:label "muscle weakness"@en .
            lkd:Leg rdfs:label "leg"@en .
            lkd:Thigh rdfs:label "thigh"@en .
            """;

    @TempDir Path dir;

    private SourceGraphs read(String claims) throws IOException {
        Files.createDirectories(dir.resolve("ontology"));
        Files.createDirectories(dir.resolve("data"));
        Files.createDirectories(dir.resolve("shapes"));
        Files.writeString(dir.resolve("ontology/o.ttl"), ONTOLOGY);
        Files.writeString(dir.resolve("data/articles.ttl"), ARTICLE);
        Files.writeString(dir.resolve("data/article-007.ttl"), PREFIXES + claims);
        return new SourceReader(new ProjectLayout(dir)).read();
    }

    @Test
    void anAnnotationBecomesANamedClaimWithItsSectionAndLabel() throws IOException {
        Graph data = read("""
                lkd:VitaminDDeficiency lk:causesSymptom lkd:MuscleWeakness {| lk:statedIn lkd:Article007 ; lk:sourceLine 5 , 4 ; lk:basis lk:Explicit ; lk:qualifier lkd:Common |} .
                """).data();
        Node claim = lkd("Claim-007-4-VitaminDDeficiency-causesSymptom-MuscleWeakness");
        assertThat(data.contains(lkd("VitaminDDeficiency"), lk("causesSymptom"), lkd("MuscleWeakness"))).as("the stated triple").isTrue();
        assertThat(values(data, claim, RDF.type.asNode())).containsExactly(lk("Claim"));
        assertThat(values(data, claim, lk("claimSubject"))).containsExactly(lkd("VitaminDDeficiency"));
        assertThat(values(data, claim, lk("claimPredicate"))).containsExactly(lk("causesSymptom"));
        assertThat(values(data, claim, lk("claimObject"))).containsExactly(lkd("MuscleWeakness"));
        assertThat(values(data, claim, lk("qualifier"))).containsExactly(lkd("Common"));
        assertThat(values(data, claim, lk("section"))).containsExactly(NodeFactory.createLiteralString("Key Points"));
        assertThat(values(data, claim, lk("inRow"))).isEmpty();
        assertThat(values(data, claim, org.apache.jena.vocabulary.RDFS.label.asNode()))
                .containsExactly(NodeFactory.createLiteralLang("vitamin D deficiency causes symptom muscle weakness (article 007, lines 4, 5)", "en"));
        assertThat(data.find(Node.ANY, RDF.reifies.asNode(), Node.ANY).toList()).as("no triple terms left").isEmpty();
        assertThat(data.find(Node.ANY, Node.ANY, Node.ANY).filterKeep(t -> t.getSubject().isBlank()).toList()).as("no blank reifier left").isEmpty();
    }

    @Test
    void aTableLineGetsItsRowAndBodyLocationsBecomeLocatedInClaims() throws IOException {
        Graph data = read("""
                lkd:VitaminDDeficiency lk:causesSymptom lkd:MuscleWeakness {| lk:statedIn lkd:Article007 ; lk:sourceLine 11 ; lk:basis lk:Collective ; lk:bodyLocation lkd:Thigh ; lk:inColumn lkd:Article007TableColumn3 |} .
                lkd:VitaminDDeficiency lk:mentions lkd:MuscleWeakness {| lk:statedIn lkd:Article007 ; lk:sourceLine 11 ; lk:basis lk:Explicit ; lk:bodyLocation lkd:Thigh |} .
                """).data();
        Node claim = lkd("Claim-007-11-VitaminDDeficiency-causesSymptom-MuscleWeakness");
        assertThat(values(data, claim, lk("inRow"))).containsExactly(lkd("Article007TableRow1"));
        assertThat(values(data, claim, lk("section"))).containsExactly(NodeFactory.createLiteralString("Comparison"));
        assertThat(data.contains(lkd("MuscleWeakness"), lk("locatedIn"), lkd("Thigh"))).isTrue();
        Node located = lkd("Claim-007-11-MuscleWeakness-locatedIn-Thigh");
        assertThat(values(data, located, lk("claimPredicate"))).containsExactly(lk("locatedIn"));
        assertThat(values(data, located, lk("sourceLine"))).hasSize(1);
        assertThat(values(data, located, lk("inRow"))).containsExactly(lkd("Article007TableRow1"));
        assertThat(values(data, located, lk("inColumn"))).containsExactly(lkd("Article007TableColumn3"));
        assertThat(values(data, located, NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom")))
                .containsExactlyInAnyOrder(claim, lkd("Claim-007-11-VitaminDDeficiency-mentions-MuscleWeakness"));
        assertThat(values(data, located, lk("basis"))).as("the strongest basis of the claims it comes from").containsExactly(lk("Explicit"));
    }

    @Test
    void aBodyLocationOnAClaimWhoseObjectIsNoSymptomLocatesNothing() throws IOException {
        Graph data = read("""
                lkd:VitaminDDeficiency lk:causesSymptom lkd:Leg {| lk:statedIn lkd:Article007 ; lk:sourceLine 4 ; lk:basis lk:Explicit ; lk:bodyLocation lkd:Thigh |} .
                """).data();
        assertThat(data.find(Node.ANY, lk("locatedIn"), Node.ANY).toList()).isEmpty();
    }

    @Test
    void everyAnnotationThatCannotBeExpandedIsReportedWithItsFileAndTriple() {
        assertThatThrownBy(() -> read("""
                lkd:VitaminDDeficiency lk:causesSymptom lkd:MuscleWeakness ~ lkd:MyClaim {| lk:statedIn lkd:Article007 ; lk:sourceLine 4 |} .
                lkd:VitaminDDeficiency lk:causesSymptom lkd:Leg {| lk:sourceLine 4 |} .
                lkd:VitaminDDeficiency lk:causesSymptom lkd:Thigh {| lk:statedIn lkd:Article007 |} .
                lkd:VitaminDDeficiency lk:mentions lkd:Thigh {| lk:statedIn lkd:Article007 ; lk:sourceLine 0 |} .
                lkd:VitaminDDeficiency lk:mentions lkd:Leg {| lk:statedIn lkd:Something ; lk:sourceLine 4 |} .
                """))
                .isInstanceOf(ClaimAnnotationException.class)
                .satisfies(e -> {
                    List<String> problems = ((ClaimAnnotationException) e).problems();
                    assertThat(problems).hasSize(5).allSatisfy(p -> assertThat(p).startsWith("data/article-007.ttl: "));
                    assertThat(String.join("\n", problems))
                            .contains("lkd:VitaminDDeficiency lk:causesSymptom lkd:MuscleWeakness is named lkd:MyClaim: leave out the '~ name'")
                            .contains("lkd:VitaminDDeficiency lk:causesSymptom lkd:Leg needs exactly one lk:statedIn <article>, has 0")
                            .contains("lkd:VitaminDDeficiency lk:causesSymptom lkd:Thigh needs lk:sourceLine")
                            .contains("lk:sourceLine \"0\" is not a positive integer")
                            .contains("is lk:statedIn lkd:Something, which is not an article name of the form lkd:ArticleNNN");
                });
    }

    @Test
    void twoAnnotationsOfOneTripleOnOneLineAreOneClaimTooMany() {
        assertThatThrownBy(() -> read("""
                lkd:VitaminDDeficiency lk:causesSymptom lkd:MuscleWeakness {| lk:statedIn lkd:Article007 ; lk:sourceLine 4 ; lk:basis lk:Explicit |} .
                lkd:VitaminDDeficiency lk:causesSymptom lkd:MuscleWeakness {| lk:statedIn lkd:Article007 ; lk:sourceLine 4 ; lk:qualifier lkd:Severe |} .
                """))
                .isInstanceOf(ClaimAnnotationException.class)
                .hasMessageContaining("two annotations of lkd:VitaminDDeficiency lk:causesSymptom lkd:MuscleWeakness on the same article line")
                .hasMessageContaining("lkd:Claim-007-4-VitaminDDeficiency-causesSymptom-MuscleWeakness");
    }

    @Test
    void aLineAboveTheFirstSectionHasNoSectionToGive() {
        assertThatThrownBy(() -> read("""
                lkd:VitaminDDeficiency lk:causesSymptom lkd:MuscleWeakness {| lk:statedIn lkd:Article007 ; lk:sourceLine 2 ; lk:basis lk:Explicit |} .
                """))
                .isInstanceOf(ClaimAnnotationException.class)
                .hasMessageContaining("no section of lkd:Article007 starts at or above line 2");
    }

    @Test
    void theSameStatementOnTwoLinesMakesTwoClaimsAndOneTriple() throws IOException {
        Graph data = read("""
                lkd:VitaminDDeficiency lk:causesSymptom lkd:MuscleWeakness {| lk:statedIn lkd:Article007 ; lk:sourceLine 4 ; lk:basis lk:Explicit |}
                    {| lk:statedIn lkd:Article007 ; lk:sourceLine 10 ; lk:basis lk:Implied |} .
                """).data();
        assertThat(data.find(Node.ANY, RDF.type.asNode(), lk("Claim")).toList()).hasSize(2);
        assertThat(values(data, lkd("Claim-007-10-VitaminDDeficiency-causesSymptom-MuscleWeakness"), lk("basis"))).containsExactly(lk("Implied"));
    }

    private static List<Node> values(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static Node lk(String local) {
        return NodeFactory.createURI(Namespaces.LK + local);
    }

    private static Node lkd(String local) {
        return NodeFactory.createURI(Namespaces.LKD + local);
    }
}
