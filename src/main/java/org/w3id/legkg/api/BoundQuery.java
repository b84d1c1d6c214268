package org.w3id.legkg.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformer;
import org.apache.jena.sparql.syntax.syntaxtransform.ExprTransformApplyElementTransform;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.E_LogicalAnd;
import org.apache.jena.sparql.expr.E_LogicalNot;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A canned query with its parameter values as RDF terms. {@link #toQuery()} substitutes them into the
 * parsed query (syntax-tree substitution, not text): single values replace their variable, list values
 * fill the query's {@code VALUES ?var {}} block.
 */
public record BoundQuery(CannedQuery canned, Map<String, Node> values, Map<String, List<Node>> lists) {

    public Query toQuery() {
        Query q = canned.query().cloneQuery();
        if (canned.parameters().stream().anyMatch(p -> p.type() == ParameterType.LIST)) q = fillValues(q);
        Map<Var, Node> subst = new HashMap<>();
        Long limit = null, offset = null;
        for (Map.Entry<String, Node> e : values.entrySet()) {
            if (e.getKey().equals(QueryParameter.LIMIT)) limit = Long.parseLong(e.getValue().getLiteralLexicalForm());
            else if (e.getKey().equals(QueryParameter.OFFSET)) offset = Long.parseLong(e.getValue().getLiteralLexicalForm());
            else subst.put(Var.alloc(e.getKey()), e.getValue());
        }
        if (!subst.isEmpty()) q = foldConstantLogic(boundOfAConstantIsTrue(QueryTransformOps.transform(q, subst)));
        if (limit != null) q.setLimit(limit);
        if (offset != null) q.setOffset(offset);
        return q;
    }

    /** A stable key for result caching: query name plus bound values. */
    public String cacheKey() {
        StringBuilder sb = new StringBuilder(canned.name());
        new java.util.TreeMap<>(values).forEach((k, v) -> sb.append('\u0001').append(k).append('=').append(v));
        new java.util.TreeMap<>(lists).forEach((k, v) -> sb.append('\u0001').append(k).append('=').append(v));
        return sb.toString();
    }

    /**
     * Optional parameters are tested with {@code BOUND(?__name)}; once a value is substituted that reads
     * {@code BOUND(<iri>)}, which ARQ evaluates as true but which is not SPARQL syntax. Replacing it by
     * {@code true} keeps the bound query printable (the runnable examples, the editor) with the same answer.
     */
    private static Query boundOfAConstantIsTrue(Query q) {
        ExprTransformCopy constantBound = new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunction1 func, Expr arg) {
                if (func instanceof E_Bound && arg.isConstant()) return NodeValue.TRUE;
                return super.transform(func, arg);
            }
        };
        ElementTransformCopyBase elements = new ElementTransformCopyBase();
        return QueryTransformOps.transform(q, elements, new ExprTransformApplyElementTransform(elements) {
            @Override
            public Expr transform(ExprFunction1 func, Expr arg) {
                return constantBound.transform(func, arg);
            }
        });
    }

    /**
     * After substitution an optional-parameter filter reads {@code FILTER(!true || ?x = <v>)}. ARQ folds the
     * {@code !true} but keeps {@code false || ?x = <v>}, and an equality inside a disjunction is no index
     * lookup: the pattern is scanned whole and filtered (measured on 1M triples: risk-factor-predispositions
     * 150 ms as against 2 ms once folded, symptoms-for-deficiency 5.9 s against 3.1 s). Folding the constant
     * operands away leaves {@code FILTER(?x = <v>)}, which ARQ turns into a lookup; the answer is the same.
     */
    static Query foldConstantLogic(Query q) {
        ExprTransformCopy folding = new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunction1 func, Expr arg) {
                if (func instanceof E_LogicalNot && isBooleanConstant(arg)) return NodeValue.booleanReturn(!arg.getConstant().getBoolean());
                return super.transform(func, arg);
            }

            @Override
            public Expr transform(ExprFunction2 func, Expr a, Expr b) {
                boolean or = func instanceof E_LogicalOr, and = func instanceof E_LogicalAnd;
                if (or || and) {
                    for (Expr[] pair : new Expr[][] {{a, b}, {b, a}}) {
                        if (!isBooleanConstant(pair[0])) continue;
                        boolean v = pair[0].getConstant().getBoolean();
                        if (or) return v ? NodeValue.TRUE : pair[1];
                        return v ? pair[1] : NodeValue.FALSE;
                    }
                }
                return super.transform(func, a, b);
            }
        };
        ElementTransformCopyBase elements = new ElementTransformCopyBase();
        return QueryTransformOps.transform(q, elements, new ExprTransformApplyElementTransform(elements) {
            @Override
            public Expr transform(ExprFunction1 func, Expr arg) {
                return folding.transform(func, arg);
            }

            @Override
            public Expr transform(ExprFunction2 func, Expr a, Expr b) {
                return folding.transform(func, a, b);
            }
        });
    }

    private static boolean isBooleanConstant(Expr e) {
        return e.isConstant() && e.getConstant().isBoolean();
    }

    private Query fillValues(Query q) {
        List<String> filled = new ArrayList<>();
        java.util.Set<String> listVariables = new java.util.HashSet<>(lists.keySet());
        canned.parameters().stream().filter(p -> p.type() == ParameterType.LIST).forEach(p -> listVariables.add(p.variable()));
        ElementTransformCopyBase transform = new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementData el) {
                List<Var> vars = el.getVars();
                if (vars.size() != 1 || !listVariables.contains(vars.get(0).getVarName())) return el;
                Var var = vars.get(0);
                ElementData data = new ElementData();
                data.add(var);
                List<Node> values = lists.get(var.getVarName());
                // an optional list that was not given leaves its variable unbound (one row, UNDEF), as an
                // optional single value does; an empty VALUES block would remove every answer
                if (values == null) data.add(BindingFactory.empty());
                else for (Node n : values) data.add(BindingFactory.binding(var, n));
                filled.add(var.getVarName());
                return data;
            }

            @Override
            public Element transform(ElementSubQuery el, Query query) {
                Query sub = el.getQuery().cloneQuery();
                sub.setQueryPattern(ElementTransformer.transform(sub.getQueryPattern(), this, new ExprTransformApplyElementTransform(this)));
                return new ElementSubQuery(sub);
            }
        };
        // The expression transform carries the same change into EXISTS / NOT EXISTS blocks.
        q.setQueryPattern(ElementTransformer.transform(q.getQueryPattern(), transform, new ExprTransformApplyElementTransform(transform)));
        for (String v : lists.keySet())
            if (!filled.contains(v))
                throw new QueryDefinitionException(canned.name() + ": list parameter variable ?" + v
                        + " needs a `VALUES ?" + v + " {}` block in the query");
        return q;
    }
}
