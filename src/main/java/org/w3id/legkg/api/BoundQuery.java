package org.w3id.legkg.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.*;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementUnion;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransform;
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
        if (!subst.isEmpty()) q = QueryTransformOps.transform(q, subst);
        q = dropEmptyUnionBranches(foldConstantLogic(foldBound(q, notGiven(q))));
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
     * The variables of the optional single-value parameters that were not given and that no pattern of the
     * query binds (a parameter variable may also be used as a wildcard in a triple pattern, where it gets
     * bound): {@code BOUND} of such a variable is false wherever it stands.
     */
    private Set<String> notGiven(Query q) {
        Set<String> vars = new HashSet<>();
        for (QueryParameter p : canned.parameters()) {
            if (p.required() || p.type() == ParameterType.LIST || QueryParameter.LIMIT.equals(p.variable())
                    || QueryParameter.OFFSET.equals(p.variable())) continue;
            if (!values.containsKey(p.variable())) vars.add(p.variable());
        }
        if (vars.isEmpty()) return vars;
        Set<Var> bindable = new HashSet<>();
        collectBindable(Algebra.compile(q), bindable);
        // Algebra.compile renames the variables of sub-selects (?/name): compare by the original name too
        Set<String> bound = new HashSet<>();
        for (Var v : bindable) bound.add(v.getVarName().replaceFirst("^/+", ""));
        vars.removeIf(bound::contains);
        return vars;
    }

    /** The variables a pattern of op may bind, also inside sub-selects and EXISTS / NOT EXISTS. */
    private static void collectBindable(Op op, Set<Var> bindable) {
        org.apache.jena.sparql.expr.ExprVisitor inExists = new org.apache.jena.sparql.expr.ExprVisitorBase() {
            @Override public void visit(org.apache.jena.sparql.expr.ExprFunctionOp f) { collectBindable(f.getGraphPattern(), bindable); }
        };
        java.util.function.Consumer<Expr> exprs = e -> org.apache.jena.sparql.algebra.walker.Walker.walk(e, inExists);
        OpWalker.walk(op, new OpVisitorBase() {
            @Override public void visit(OpBGP o) { o.getPattern().forEach(t -> org.apache.jena.sparql.util.VarUtils.addVarsFromTriple(bindable, t)); }
            @Override public void visit(OpTriple o) { org.apache.jena.sparql.util.VarUtils.addVarsFromTriple(bindable, o.getTriple()); }
            @Override public void visit(OpQuadPattern o) { o.getPattern().forEach(quad -> org.apache.jena.sparql.util.VarUtils.addVarsFromQuad(bindable, quad)); }
            @Override public void visit(OpPath o) { org.apache.jena.sparql.util.VarUtils.addVarsFromTriplePath(bindable, o.getTriplePath()); }
            @Override public void visit(OpGraph o) { if (o.getNode().isVariable()) bindable.add(Var.alloc(o.getNode())); }
            @Override public void visit(OpExtend o) { bindable.addAll(o.getVarExprList().getVars()); o.getVarExprList().getExprs().values().forEach(exprs); }
            @Override public void visit(OpAssign o) { bindable.addAll(o.getVarExprList().getVars()); o.getVarExprList().getExprs().values().forEach(exprs); }
            @Override public void visit(OpTable o) { bindable.addAll(o.getTable().getVars()); }
            @Override public void visit(OpPropFunc o) { bindable.addAll(OpVars.mentionedVars(o)); }
            @Override public void visit(OpProcedure o) { bindable.addAll(OpVars.mentionedVars(o)); }
            @Override public void visit(OpFilter o) { o.getExprs().forEach(exprs); }
            @Override public void visit(OpLeftJoin o) { if (o.getExprs() != null) o.getExprs().forEach(exprs); }
        });
    }

    /**
     * Optional parameters are tested with {@code BOUND(?__name)}. Once a value is substituted that reads
     * {@code BOUND(<iri>)}, which ARQ evaluates as true but which is not SPARQL syntax: it becomes {@code true},
     * which keeps the bound query printable (the runnable examples, the editor) with the same answer. For a
     * parameter that was not given (and that no pattern binds) it becomes {@code false}, so that the
     * constant folding below can remove what only applies to a given value.
     */
    private static Query foldBound(Query q, Set<String> notGiven) {
        ExprTransformCopy constantBound = new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunction1 func, Expr arg) {
                if (func instanceof E_Bound && arg.isConstant()) return NodeValue.TRUE;
                if (func instanceof E_Bound && arg.isVariable() && notGiven.contains(arg.getVarName())) return NodeValue.FALSE;
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

    /**
     * Removes the branches of a UNION that contain {@code FILTER(false)}: such a group has no solution, so the
     * union's answer is that of its other branches. A query can thus hold one form of a pattern for a given
     * optional parameter ({@code FILTER(BOUND(?__p))}) and another for its absence ({@code FILTER(!BOUND(?__p))}),
     * and ARQ plans only the one that applies (a union that keeps one branch becomes that branch).
     */
    static Query dropEmptyUnionBranches(Query q) {
        ElementTransformCopyBase pruning = new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementUnion el, List<Element> elts) {
                List<Element> kept = new ArrayList<>();
                for (Element e : elts) if (!hasFalseFilter(e)) kept.add(e);
                if (kept.isEmpty()) kept.add(elts.get(0));
                if (kept.size() == 1) {
                    Element only = kept.get(0);
                    if (only instanceof ElementGroup) return only;
                    ElementGroup g = new ElementGroup();
                    g.addElement(only);
                    return g;
                }
                ElementUnion u = new ElementUnion();
                kept.forEach(u::addElement);
                return u;
            }

            @Override
            public Element transform(ElementSubQuery el, Query query) {
                return intoSubQuery(el, this);
            }
        };
        Query copy = q.cloneQuery();
        copy.setQueryPattern(ElementTransformer.transform(q.getQueryPattern(), pruning, new ExprTransformApplyElementTransform(pruning)));
        return copy;
    }

    /** ElementTransformer leaves sub-selects alone: the same transform, applied inside one. */
    private static Element intoSubQuery(ElementSubQuery el, ElementTransform transform) {
        Query sub = el.getQuery().cloneQuery();
        sub.setQueryPattern(ElementTransformer.transform(sub.getQueryPattern(), transform, new ExprTransformApplyElementTransform(transform)));
        return new ElementSubQuery(sub);
    }

    private static boolean hasFalseFilter(Element e) {
        if (!(e instanceof ElementGroup g)) return false;
        for (Element part : g.getElements())
            if (part instanceof ElementFilter f && isBooleanConstant(f.getExpr()) && !f.getExpr().getConstant().getBoolean()) return true;
        return false;
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
                return intoSubQuery(el, this);
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
