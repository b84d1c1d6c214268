package org.w3id.legkg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.Test;

/** Substitution on the syntax tree: variables, VALUES blocks (also inside EXISTS and sub-queries), LIMIT. */
class BoundQueryTest {
    @Test
    void substitutesEverywhereAndSetsTheLimit() {
        CannedQuery q = CannedQuery.parse("b", Path.of("b.rq"), """
                #+ summary: b
                #+ params:
                #+   - name: x
                #+     type: iri
                #+   - name: xs
                #+     type: list
                #+   - name: rows
                #+     variable: LIMIT
                #+     type: integer
                SELECT ?s WHERE {
                  ?s ?p ?_x_iri .
                  FILTER EXISTS { VALUES ?_xs_list {} ?s ?q ?_xs_list }
                  { SELECT ?s WHERE { VALUES ?_xs_list {} ?s ?r ?_xs_list } }
                } LIMIT 7""");
        BoundQuery b = new BoundQuery(q,
                Map.of("_x_iri", NodeFactory.createURI("urn:x"), QueryParameter.LIMIT, NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger)),
                Map.of("_xs_list", List.of(NodeFactory.createURI("urn:a"), NodeFactory.createURI("urn:b"))));
        Query bound = b.toQuery();
        String text = bound.serialize();
        assertThat(text).contains("<urn:x>").doesNotContain("?_x_iri");
        assertThat(text.split("<urn:b>", -1)).hasSize(3); // both VALUES blocks filled
        assertThat(bound.getLimit()).isEqualTo(3);
        assertThat(q.query().getLimit()).as("the canned query itself is untouched").isEqualTo(7);
        assertThat(b.cacheKey()).contains("urn:x", "urn:a", "urn:b");
    }

    @Test
    void foldsTheFilterOfAGivenOptionalParameterIntoAnEquality() {
        CannedQuery q = CannedQuery.parse("f", Path.of("f.rq"), """
                #+ summary: f
                #+ params:
                #+   - name: x
                #+     type: iri
                #+   - name: y
                #+     type: iri
                SELECT ?s WHERE {
                  ?s ?p ?o .
                  FILTER(!BOUND(?__x_iri) || ?s = ?__x_iri)
                  FILTER(!BOUND(?__y_iri) || ?o = ?__y_iri)
                }""");
        String text = new BoundQuery(q, Map.of("__x_iri", NodeFactory.createURI("urn:x")), Map.of()).toQuery().serialize();
        // given: a plain equality ARQ can turn into a lookup; not given: BOUND is false, so the filter is true
        assertThat(text).contains("FILTER ( ?s = <urn:x> )").doesNotContain("bound(<urn:x>)").doesNotContain("false")
                .doesNotContain("?__y_iri").contains("FILTER ( true )");
    }

    @Test
    void keepsOnlyTheUnionBranchForWhetherAnOptionalParameterIsGiven() {
        CannedQuery q = CannedQuery.parse("u", Path.of("u.rq"), """
                #+ summary: u
                #+ params:
                #+   - name: x
                #+     type: iri
                #+   - name: z
                #+     type: iri
                SELECT ?s WHERE {
                  { FILTER(BOUND(?__x_iri)) ?s <urn:given> ?o . FILTER(?o = ?__x_iri) }
                  UNION
                  { FILTER(!BOUND(?__x_iri)) ?s <urn:absent> ?o . }
                  ?s <urn:p> ?__z_iri .
                  FILTER(!BOUND(?__z_iri) || ?s != <urn:n>)
                }""");
        String given = new BoundQuery(q, Map.of("__x_iri", NodeFactory.createURI("urn:x")), Map.of()).toQuery().serialize();
        assertThat(given).contains("<urn:given>").doesNotContain("<urn:absent>").doesNotContain("UNION");
        String absent = new BoundQuery(q, Map.of(), Map.of()).toQuery().serialize();
        assertThat(absent).contains("<urn:absent>").doesNotContain("<urn:given>").doesNotContain("UNION");
        // ?__z_iri is bound by a pattern when not given (a wildcard), so BOUND(?__z_iri) is left to ARQ
        assertThat(absent).contains("bound(?__z_iri)");
    }
}
