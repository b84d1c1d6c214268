package org.w3id.legkg.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.legkg.Namespaces;

/**
 * Binding request values: IRIs, CURIEs, labels and synonyms resolve within the parameter's classes; values
 * become RDF terms in the parsed query, so hostile strings stay literals; every error names the parameter.
 */
class ParameterBinderTest {
    static final String DATA = """
            @prefix lk: <https://w3id.org/legkg/ontology#> . @prefix lkd: <https://w3id.org/legkg/id/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            lk:Symptom rdfs:label "symptom"@en . lk:SensorySymptom rdfs:subClassOf lk:Symptom .
            lk:Tingling rdfs:subClassOf lk:SensorySymptom ; rdfs:label "tingling"@en .
            lkd:Tingling a lk:Tingling ; rdfs:label "tingling"@en ; skos:altLabel "pins and needles"@en .
            lkd:Numbness a lk:SensorySymptom ; rdfs:label "numbness"@en .
            lkd:VitaminD a lk:Nutrient ; rdfs:label "vitamin D"@en ; skos:altLabel "sunshine vitamin"@en .
            lkd:Note a lk:Symptom ; rdfs:label "a \\"quoted\\" } ; DROP ALL # value"@en .
            """;
    static DatasetGraph dsg;
    static ParameterBinder binder;
    static CannedQuery query;

    @BeforeAll
    static void setUp() {
        dsg = DatasetGraphFactory.createTxnMem();
        // in a named graph, as in the store (labels are looked up in the union), and in the default graph for the queries
        Txn.executeWrite(dsg, () -> {
            RDFParser.fromString(DATA, Lang.TURTLE).parse(dsg.getGraph(NodeFactory.createURI("urn:g")));
            RDFParser.fromString(DATA, Lang.TURTLE).parse(dsg.getDefaultGraph());
        });
        binder = new ParameterBinder(dsg, LabelIndex.build(dsg));
        query = CannedQuery.parse("q", Path.of("q.rq"), """
                #+ summary: test
                #+ params:
                #+   - name: symptom
                #+     type: iri
                #+     class: lk:Symptom
                #+     required: true
                #+   - name: note
                #+     type: string
                #+   - name: n
                #+     type: integer
                #+     min: 1
                #+     max: 9
                #+   - name: many
                #+     type: list
                #+     class: lk:Symptom
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?label ?__note_literal ?__n_integer ?m WHERE {
                  VALUES ?__many_list {}
                  ?_symptom_iri rdfs:label ?label .
                  OPTIONAL { BIND(?__many_list AS ?m) }
                }""");
    }

    static Node lkd(String n) { return NodeFactory.createURI(Namespaces.LKD + n); }

    @Test
    void iriCurieLabelAndSynonymResolveToTheSameIndividual() {
        for (String v : List.of(Namespaces.LKD + "Tingling", "lkd:Tingling", "tingling", "TINGLING ", "Pins and Needles"))
            assertThat(binder.bind(query, Map.of("symptom", List.of(v))).values().get("_symptom_iri")).as(v).isEqualTo(lkd("Tingling"));
    }

    @Test
    void classesComeFromTheHierarchyAndTheWrongKindIsRefused() {
        // lkd:Tingling is only stated to be a lk:Tingling; lk:Tingling ⊑ lk:SensorySymptom ⊑ lk:Symptom
        assertThat(binder.bind(query, Map.of("symptom", List.of("numbness"))).values().get("_symptom_iri")).isEqualTo(lkd("Numbness"));
        assertThatThrownBy(() -> binder.bind(query, Map.of("symptom", List.of("sunshine vitamin"))))
                .isInstanceOf(ParameterException.class).hasMessageContaining("no lk:Symptom has the label or synonym 'sunshine vitamin'");
        assertThatThrownBy(() -> binder.bind(query, Map.of("symptom", List.of("lkd:VitaminD"))))
                .hasMessageContaining("lkd:VitaminD is not a lk:Symptom");
    }

    @Test
    void unknownValuesSuggestTheClosestLabels() {
        ParameterException e = (ParameterException) catchThrown(() -> binder.bind(query, Map.of("symptom", List.of("tinglng"))));
        assertThat(e.parameter()).isEqualTo("symptom");
        assertThat(e.suggestions()).first().isEqualTo("tingling");
        assertThat(e.suggestions()).doesNotContain("vitamin d", "sunshine vitamin");
    }

    @Test
    void hostileStringsAreLiteralsInTheParsedQuery() {
        String hostile = "\" } ; DROP ALL ; SELECT * { \"";
        BoundQuery b = binder.bind(query, Map.of("symptom", List.of("lkd:Note"), "note", List.of(hostile)));
        Query q = b.toQuery();
        assertThat(b.values().get("__note_literal")).isEqualTo(NodeFactory.createLiteralString(hostile));
        // the query still has its one pattern, and answers the value back as a literal
        var rows = Txn.calculateRead(dsg, () -> QueryExec.dataset(dsg).query(q).select().materialize());
        var row = rows.next();
        assertThat(row.get("__note_literal").getLiteralLexicalForm()).isEqualTo(hostile);
        assertThat(row.get("label").getLiteralLexicalForm()).isEqualTo("a \"quoted\" } ; DROP ALL # value");
    }

    @Test
    void listsFillTheValuesBlockAndIntegersAreChecked() {
        BoundQuery b = binder.bind(query, Map.of("symptom", List.of("tingling"), "many", List.of("tingling, numbness", "lkd:Tingling"), "n", List.of("3")));
        assertThat(b.lists().get("__many_list")).containsExactly(lkd("Tingling"), lkd("Numbness"));
        assertThat(b.toQuery().toString()).contains("VALUES ?__many_list").contains("<" + Namespaces.LKD + "Numbness>");
        for (String bad : List.of("0", "10", "x", "1.5"))
            assertThatThrownBy(() -> binder.bind(query, Map.of("symptom", List.of("tingling"), "n", List.of(bad)))).as(bad)
                    .isInstanceOf(ParameterException.class).hasMessageContaining("'n'");
    }

    @Test
    void missingUnknownAndRepeatedParametersAreNamed() {
        assertThatThrownBy(() -> binder.bind(query, Map.of())).hasMessageContaining("Missing required parameter 'symptom'");
        assertThatThrownBy(() -> binder.bind(query, Map.of("symptom", List.of("tingling"), "colour", List.of("red"))))
                .hasMessageContaining("Unknown parameter 'colour'").hasMessageContaining("it takes: symptom, note, n, many");
        assertThatThrownBy(() -> binder.bind(query, Map.of("symptom", List.of("tingling", "numbness"))))
                .hasMessageContaining("was given 2 times");
        assertThatThrownBy(() -> binder.bind(query, Map.of("symptom", List.of("x".repeat(501))))).hasMessageContaining("limited to 500");
    }

    @Test
    void aLabelSharedByAClassAndAnIndividualMeansTheIndividual() {
        CannedQuery anything = CannedQuery.parse("a", Path.of("a.rq"), """
                #+ summary: any resource
                #+ params:
                #+   - name: thing
                #+     type: iri
                SELECT * WHERE { ?_thing_iri ?p ?o }""");
        assertThat(binder.bind(anything, Map.of("thing", List.of("tingling"))).values().get("_thing_iri")).isEqualTo(lkd("Tingling"));
    }

    private static Throwable catchThrown(Runnable r) {
        try {
            r.run();
        } catch (Throwable t) {
            return t;
        }
        throw new AssertionError("expected an exception");
    }
}
