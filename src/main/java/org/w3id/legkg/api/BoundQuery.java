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
        if (!subst.isEmpty()) q = boundOfAConstantIsTrue(QueryTransformOps.transform(q, subst));
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
