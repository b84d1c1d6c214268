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
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A canned query with its parameter values as RDF terms. {@link #toQuery()} substitutes them into the
 * parsed query (syntax-tree substitution, not text): single values replace their variable, list values
 * fill the query's {@code VALUES ?var {}} block.
 */
public record BoundQuery(CannedQuery canned, Map<String, Node> values, Map<String, List<Node>> lists) {

    public Query toQuery() {
        Query q = canned.query().cloneQuery();
        if (!lists.isEmpty()) q = fillValues(q);
        if (!values.isEmpty()) {
            Map<Var, Node> subst = new HashMap<>();
            values.forEach((v, n) -> subst.put(Var.alloc(v), n));
            q = QueryTransformOps.transform(q, subst);
        }
        return q;
    }

    /** A stable key for result caching: query name plus bound values. */
    public String cacheKey() {
        StringBuilder sb = new StringBuilder(canned.name());
        new java.util.TreeMap<>(values).forEach((k, v) -> sb.append('\u0001').append(k).append('=').append(v));
        new java.util.TreeMap<>(lists).forEach((k, v) -> sb.append('\u0001').append(k).append('=').append(v));
        return sb.toString();
    }

    private Query fillValues(Query q) {
        List<String> filled = new ArrayList<>();
        ElementTransformCopyBase transform = new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementData el) {
                List<Var> vars = el.getVars();
                if (vars.size() != 1 || !lists.containsKey(vars.get(0).getVarName())) return el;
                Var var = vars.get(0);
                ElementData data = new ElementData();
                data.add(var);
                for (Node n : lists.get(var.getVarName())) data.add(BindingFactory.binding(var, n));
                filled.add(var.getVarName());
                return data;
            }

            @Override
            public Element transform(ElementSubQuery el, Query query) {
                Query sub = el.getQuery().cloneQuery();
                sub.setQueryPattern(ElementTransformer.transform(sub.getQueryPattern(), this));
                return new ElementSubQuery(sub);
            }
        };
        q.setQueryPattern(ElementTransformer.transform(q.getQueryPattern(), transform));
        for (String v : lists.keySet())
            if (!filled.contains(v))
                throw new QueryDefinitionException(canned.name() + ": list parameter variable ?" + v
                        + " needs a `VALUES ?" + v + " {}` block in the query");
        return q;
    }
}
