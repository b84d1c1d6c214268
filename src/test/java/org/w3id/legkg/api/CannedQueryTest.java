package org.w3id.legkg.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The grlc-style header: what it declares, and every mistake named with the file and what is wrong. */
class CannedQueryTest {
    static final String QUERY = """
            #+ summary: Things
            #+ description: >-
            #+   Long description
            #+   over two lines.
            #+ tags: [a, b]
            #+ method: GET
            #+ params:
            #+   - name: symptom
            #+     type: iri
            #+     class: [lk:Symptom, lk:BodyPart]
            #+     required: true
            #+     example: pins and needles
            #+   - name: max-rows
            #+     variable: LIMIT
            #+     type: integer
            #+     default: "10"
            #+     min: 1
            #+     max: 50
            #+   - name: words
            #+     type: list
            #+     items: string
            PREFIX lk: <https://w3id.org/legkg/ontology#>
            SELECT ?x WHERE { VALUES ?__words_list {} ?_symptom_iri lk:p ?x } LIMIT 5
            """;

    @Test
    void parsesTheHeader() {
        CannedQuery q = CannedQuery.parse("things", Path.of("queries/things.rq"), QUERY);
        assertThat(q.summary()).isEqualTo("Things");
        assertThat(q.description()).isEqualTo("Long description over two lines.");
        assertThat(q.tags()).containsExactly("a", "b");
        assertThat(q.form()).isEqualTo("SELECT");
        assertThat(q.sparql()).startsWith("PREFIX lk:").doesNotContain("#+");
        QueryParameter s = q.parameter("symptom");
        assertThat(s.type()).isEqualTo(ParameterType.IRI);
        assertThat(s.variable()).isEqualTo("_symptom_iri");
        assertThat(s.classes()).containsExactly("lk:Symptom", "lk:BodyPart");
        assertThat(s.required()).isTrue();
        assertThat(s.example()).isEqualTo("pins and needles");
        QueryParameter limit = q.parameter("max-rows");
        assertThat(limit.variable()).isEqualTo(QueryParameter.LIMIT);
        assertThat(limit.minimum()).isEqualTo(1L);
        assertThat(limit.maximum()).isEqualTo(50L);
        QueryParameter words = q.parameter("words");
        assertThat(words.type()).isEqualTo(ParameterType.LIST);
        assertThat(words.itemType()).isEqualTo(ParameterType.STRING);
        assertThat(words.variable()).isEqualTo("__words_list");
    }

    @Test
    void mistakesNameTheFileAndTheProblem() {
        assertError(QUERY.replace("SELECT ?x WHERE", "SELECT ?x WHER"), "queries/things.rq:");
        assertError(QUERY.replace("#+ summary: Things\n", ""), "needs a summary");
        assertError(QUERY.replace("#+ tags: [a, b]", "#+ tagz: [a, b]"), "unknown key 'tagz'");
        assertError(QUERY.replace("#+ method: GET", "#+ method: POST"), "method 'POST' is not supported");
        assertError(QUERY.replace("    type: iri", "    type: colour"), "unknown parameter type 'colour'");
        assertError(QUERY.replace("?_symptom_iri", "?_sym_iri"), "parameter 'symptom' binds no variable");
        assertError(QUERY.replace("VALUES ?__words_list {} ", "FILTER(BOUND(?__words_list)) "), "needs a `VALUES ?__words_list {}` block");
        assertError(QUERY.replace("    required: true\n", "    required: true\n#+     default: x\n"), "required parameter cannot have a default");
        assertError(QUERY.replace("default: \"10\"", "default: ten"), "must be integers");
        assertError(QUERY.replace("    example: pins", "    colour: red\n#+     example: pins"), "unknown key 'colour'");
        assertError(QUERY.replace("#+   - name: max-rows", "#+   - name: symptom"), "clash");
        assertError(QUERY.replace("#+ summary: Things", "#+ summary: [unclosed"), "bad YAML");
    }

    private static void assertError(String text, String message) {
        assertThatThrownBy(() -> CannedQuery.parse("things", Path.of("queries/things.rq"), text))
                .isInstanceOf(QueryDefinitionException.class).hasMessageContaining(message).hasMessageContaining("queries/things.rq");
    }
}
