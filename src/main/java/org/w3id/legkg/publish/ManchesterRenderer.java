package org.w3id.legkg.publish;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.w3id.legkg.publish.DocModel.Expression;
import org.w3id.legkg.publish.DocModel.Fragment;

/**
 * Renders OWL class expressions, property expressions and data ranges from their RDF encoding as
 * Manchester-like text, the way Protégé shows them with labels: {@code nutrient deficiency and (acts
 * through some neuropathy)}. Named terms become links; nested composite expressions are parenthesised so
 * the reading never depends on operator precedence. Something it cannot read is shown as a visible
 * warning, never dropped.
 */
final class ManchesterRenderer {
    private static final Map<Node, String> FACETS = Map.of(
            XSD.minInclusive.asNode(), ">=", XSD.minExclusive.asNode(), ">",
            XSD.maxInclusive.asNode(), "<=", XSD.maxExclusive.asNode(), "<",
            XSD.length.asNode(), "length", XSD.minLength.asNode(), "minLength",
            XSD.maxLength.asNode(), "maxLength", XSD.pattern.asNode(), "pattern",
            XSD.totalDigits.asNode(), "totalDigits", XSD.fractionDigits.asNode(), "fractionDigits");

    private final OntologyTerms terms;

    ManchesterRenderer(OntologyTerms terms) {
        this.terms = terms;
    }

    /** A class expression, data range, individual or literal. */
    Expression render(Node n) {
        List<Fragment> out = new ArrayList<>();
        expr(n, out, false, new HashSet<>());
        return new Expression(List.copyOf(out));
    }

    /** An object or data property expression: a named property or {@code inverse p}. */
    Expression property(Node n) {
        List<Fragment> out = new ArrayList<>();
        propertyExpr(n, out, new HashSet<>());
        return new Expression(List.copyOf(out));
    }

    /** A property chain {@code p1 o p2 o ...}. */
    Expression chain(List<Node> properties) {
        List<Fragment> out = new ArrayList<>();
        for (int i = 0; i < properties.size(); i++) {
            if (i > 0) out.add(Fragment.keyword(" o "));
            propertyExpr(properties.get(i), out, new HashSet<>());
        }
        return new Expression(List.copyOf(out));
    }

    /** Several terms joined by commas, e.g. the members of a disjointness axiom. */
    Expression list(List<Node> nodes) {
        List<Fragment> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (i > 0) out.add(Fragment.punct(", "));
            expr(nodes.get(i), out, false, new HashSet<>());
        }
        return new Expression(List.copyOf(out));
    }

    private void expr(Node n, List<Fragment> out, boolean nested, Set<Node> visiting) {
        if (n.isURI()) {
            out.add(Fragment.term(terms.link(n)));
            return;
        }
        if (n.isLiteral()) {
            out.add(Fragment.literal(literal(n)));
            return;
        }
        if (!visiting.add(n)) {
            out.add(Fragment.warning("(cyclic expression)"));
            return;
        }
        try {
            anonymous(n, out, nested, visiting);
        } finally {
            visiting.remove(n);
        }
    }

    private void anonymous(Node n, List<Fragment> out, boolean nested, Set<Node> visiting) {
        Optional<Node> inter = terms.object(n, OWL2.intersectionOf.asNode());
        Optional<Node> union = terms.object(n, OWL2.unionOf.asNode());
        Optional<Node> complement = terms.object(n, OWL2.complementOf.asNode())
                .or(() -> terms.object(n, OWL2.datatypeComplementOf.asNode()));
        Optional<Node> oneOf = terms.object(n, OWL2.oneOf.asNode());
        Optional<Node> onDatatype = terms.object(n, OWL2.onDatatype.asNode());
        if (inter.isPresent() || union.isPresent()) {
            boolean and = inter.isPresent();
            Optional<List<Node>> items = terms.list(and ? inter.get() : union.get());
            if (items.isEmpty()) {
                out.add(Fragment.warning("(malformed RDF list in " + (and ? "owl:intersectionOf" : "owl:unionOf") + ")"));
                return;
            }
            if (nested) out.add(Fragment.punct("("));
            for (int i = 0; i < items.get().size(); i++) {
                if (i > 0) out.add(Fragment.keyword(and ? " and " : " or "));
                expr(items.get().get(i), out, true, visiting);
            }
            if (nested) out.add(Fragment.punct(")"));
        } else if (complement.isPresent()) {
            if (nested) out.add(Fragment.punct("("));
            out.add(Fragment.keyword("not "));
            expr(complement.get(), out, true, visiting);
            if (nested) out.add(Fragment.punct(")"));
        } else if (oneOf.isPresent()) {
            Optional<List<Node>> items = terms.list(oneOf.get());
            if (items.isEmpty()) {
                out.add(Fragment.warning("(malformed RDF list in owl:oneOf)"));
                return;
            }
            out.add(Fragment.punct("{"));
            for (int i = 0; i < items.get().size(); i++) {
                if (i > 0) out.add(Fragment.punct(", "));
                expr(items.get().get(i), out, true, visiting);
            }
            out.add(Fragment.punct("}"));
        } else if (onDatatype.isPresent()) {
            datatypeRestriction(n, onDatatype.get(), out);
        } else if (terms.object(n, OWL2.onProperty.asNode()).isPresent()
                || terms.object(n, OWL2.onProperties.asNode()).isPresent()) {
            if (nested) out.add(Fragment.punct("("));
            restriction(n, out, visiting);
            if (nested) out.add(Fragment.punct(")"));
        } else if (terms.object(n, OWL2.inverseOf.asNode()).isPresent()) {
            propertyExpr(n, out, visiting);
        } else {
            out.add(Fragment.warning("(unrecognised anonymous expression)"));
        }
    }

    private void restriction(Node r, List<Fragment> out, Set<Node> visiting) {
        Optional<Node> prop = terms.object(r, OWL2.onProperty.asNode());
        if (prop.isPresent()) {
            propertyExpr(prop.get(), out, visiting);
        } else {
            // n-ary data restriction (owl:onProperties): rare, shown as a list of properties
            Optional<List<Node>> props = terms.list(terms.object(r, OWL2.onProperties.asNode()).get());
            if (props.isEmpty()) {
                out.add(Fragment.warning("(malformed owl:onProperties list)"));
            } else {
                out.add(Fragment.punct("("));
                for (int i = 0; i < props.get().size(); i++) {
                    if (i > 0) out.add(Fragment.punct(", "));
                    propertyExpr(props.get().get(i), out, visiting);
                }
                out.add(Fragment.punct(")"));
            }
        }
        Optional<Node> v;
        if ((v = terms.object(r, OWL2.someValuesFrom.asNode())).isPresent()) {
            out.add(Fragment.keyword(" some "));
            expr(v.get(), out, true, visiting);
        } else if ((v = terms.object(r, OWL2.allValuesFrom.asNode())).isPresent()) {
            out.add(Fragment.keyword(" only "));
            expr(v.get(), out, true, visiting);
        } else if ((v = terms.object(r, OWL2.hasValue.asNode())).isPresent()) {
            out.add(Fragment.keyword(" value "));
            expr(v.get(), out, true, visiting);
        } else if (terms.object(r, OWL2.hasSelf.asNode()).isPresent()) {
            out.add(Fragment.keyword(" Self"));
        } else if (!cardinality(r, out, visiting)) {
            out.add(Fragment.warning(" (restriction without a filler)"));
        }
    }

    private boolean cardinality(Node r, List<Fragment> out, Set<Node> visiting) {
        Node[][] kinds = {
                {OWL2.minCardinality.asNode(), OWL2.minQualifiedCardinality.asNode()},
                {OWL2.maxCardinality.asNode(), OWL2.maxQualifiedCardinality.asNode()},
                {OWL2.cardinality.asNode(), OWL2.qualifiedCardinality.asNode()}};
        String[] words = {" min ", " max ", " exactly "};
        for (int k = 0; k < kinds.length; k++) {
            for (Node p : kinds[k]) {
                Optional<Node> n = terms.object(r, p);
                if (n.isEmpty()) continue;
                out.add(Fragment.keyword(words[k]));
                out.add(Fragment.literal(n.get().isLiteral() ? n.get().getLiteralLexicalForm() : n.get().toString()));
                Optional<Node> filler = terms.object(r, OWL2.onClass.asNode()).or(() -> terms.object(r, OWL2.onDataRange.asNode()));
                if (filler.isPresent()) {
                    out.add(Fragment.punct(" "));
                    expr(filler.get(), out, true, visiting);
                }
                return true;
            }
        }
        return false;
    }

    private void propertyExpr(Node p, List<Fragment> out, Set<Node> visiting) {
        if (p.isURI()) {
            out.add(Fragment.term(terms.link(p)));
            return;
        }
        Optional<Node> inv = terms.object(p, OWL2.inverseOf.asNode());
        if (inv.isPresent() && visiting.add(p)) {
            try {
                out.add(Fragment.keyword("inverse "));
                if (inv.get().isURI()) {
                    propertyExpr(inv.get(), out, visiting);
                } else {
                    out.add(Fragment.punct("("));
                    propertyExpr(inv.get(), out, visiting);
                    out.add(Fragment.punct(")"));
                }
            } finally {
                visiting.remove(p);
            }
            return;
        }
        out.add(Fragment.warning("(unrecognised property expression)"));
    }

    private void datatypeRestriction(Node n, Node datatype, List<Fragment> out) {
        expr(datatype, out, true, new HashSet<>());
        Optional<List<Node>> facets = terms.object(n, OWL2.withRestrictions.asNode()).flatMap(terms::list);
        if (facets.isEmpty()) {
            out.add(Fragment.warning("[malformed owl:withRestrictions]"));
            return;
        }
        out.add(Fragment.punct("["));
        boolean first = true;
        for (Node facet : facets.get()) {
            for (var e : FACETS.entrySet()) {
                Optional<Node> v = terms.object(facet, e.getKey());
                if (v.isEmpty()) continue;
                if (!first) out.add(Fragment.punct(", "));
                first = false;
                out.add(Fragment.keyword(e.getValue() + " "));
                out.add(Fragment.literal(literal(v.get())));
            }
        }
        out.add(Fragment.punct("]"));
    }

    /** Literals as Manchester writes them: numbers and booleans bare, strings quoted with their language. */
    String literal(Node lit) {
        if (!lit.isLiteral()) return lit.toString();
        String lex = lit.getLiteralLexicalForm();
        String dt = lit.getLiteralDatatypeURI();
        if (!lit.getLiteralLanguage().isEmpty()) return "\"" + lex + "\"@" + lit.getLiteralLanguage();
        if (dt == null || dt.equals(XSDDatatype.XSDstring.getURI())) return "\"" + lex + "\"";
        if (dt.equals(XSDDatatype.XSDinteger.getURI()) || dt.equals(XSDDatatype.XSDdecimal.getURI())
                || dt.equals(XSDDatatype.XSDboolean.getURI()) || dt.equals(XSDDatatype.XSDnonNegativeInteger.getURI())) return lex;
        if (dt.equals(RDF.langString.getURI())) return "\"" + lex + "\"";
        return "\"" + lex + "\"^^" + terms.curie(dt);
    }
}
