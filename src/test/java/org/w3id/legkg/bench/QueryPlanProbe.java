package org.w3id.legkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.expr.E_LogicalAnd;
import org.apache.jena.sparql.expr.E_LogicalNot;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.ExprTransformApplyElementTransform;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.w3id.legkg.api.BoundQuery;
import org.w3id.legkg.api.CannedQuery;
import org.w3id.legkg.api.LabelIndex;
import org.w3id.legkg.api.ParameterBinder;
import org.w3id.legkg.api.QueryCatalog;
import org.w3id.legkg.api.QueryParameter;
import org.w3id.legkg.store.OpenStore;
import org.w3id.legkg.store.StoreLayout;

/**
 * Profiling aid for the serving benchmark: times canned queries (bound to their examples) in-process, as
 * LegKG runs them, and with two candidate fixes, to tell where the time goes:
 * <ul>
 *   <li>{@code as-is}: the bound query over the store's union default graph (what /api and /sparql run);</li>
 *   <li>{@code folded}: the same after folding the constant parts of the optional-parameter filters
 *       ({@code !BOUND(<v>) || ?x = <v>} becomes {@code ?x = <v>}), so ARQ can turn the equality into an
 *       index lookup instead of filtering a full scan;</li>
 *   <li>{@code default-graph}: the folded query over a TDB2 copy whose default graph holds every triple
 *       (no union of named graphs at query time), if {@code --merged DIR} is given.</li>
 * </ul>
 * {@code --peer DIR} also times the query as it is over another TDB2 location with a union default graph (the
 * store stock Fuseki (b) serves), to tell the store apart from the server.
 * <pre>java -cp BENCH_CLASSES:legkg.jar:lib/* org.w3id.legkg.bench.QueryPlanProbe --store STORE [--merged TDB2DIR] [--peer TDB2DIR] [--runs 5] [--timeout 120] [--plan] [NAME...]</pre>
 * Comparison mode, for rewriting a canned query: {@code --build BUILD_DIR --old OLD_QUERIES_DIR --new NEW_QUERIES_DIR}
 * binds the old and the new text of every query to the same values (the examples; with {@code --variants} also
 * the required parameters alone and each optional parameter alone), checks that both give the same rows (as a
 * multiset, and in the same order where the query orders its answer) and prints the median times of the two,
 * measured alternately in the same run:
 * <pre>java -cp BENCH_CLASSES:legkg.jar:lib/* org.w3id.legkg.bench.QueryPlanProbe --build BUILD --old OLD --new queries [--runs 5] [--variants] [--plan] [NAME...]</pre>
 */
public final class QueryPlanProbe {
    private QueryPlanProbe() {}

    public static void main(String[] args) {
        Path store = null, merged = null, peer = null, build = null, oldDir = null, newDir = null;
        int runs = 5;
        long timeout = 120;
        boolean plan = false, variants = false;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--store" -> store = Path.of(args[++i]);
                case "--merged" -> merged = Path.of(args[++i]);
                case "--peer" -> peer = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--timeout" -> timeout = Long.parseLong(args[++i]);
                case "--plan" -> plan = true;
                case "--build" -> build = Path.of(args[++i]);
                case "--old" -> oldDir = Path.of(args[++i]);
                case "--new" -> newDir = Path.of(args[++i]);
                case "--variants" -> variants = true;
                default -> names.add(args[i]);
            }
        }
        if (oldDir != null) {
            compare(build, oldDir, newDir, names, runs, timeout, plan, variants);
            return;
        }
        try (OpenStore open = OpenStore.openCurrent(new StoreLayout(store))) {
            DatasetGraph union = open.dataset();
            DatasetGraph mergedDs = merged == null ? null : DatabaseMgr.connectDatasetGraph(merged.toString());
            DatasetGraph peerDs = peer == null ? null : DatabaseMgr.connectDatasetGraph(peer.toString());
            if (peerDs != null) peerDs.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
            QueryCatalog catalog = QueryCatalog.load(org.w3id.legkg.api.CannedQueryArtifact.dir(open.buildDir()));
            ParameterBinder binder = new ParameterBinder(union, LabelIndex.build(union));
            for (CannedQuery cq : catalog.all()) {
                if (!names.isEmpty() && !names.contains(cq.name())) continue;
                Map<String, List<String>> params = new LinkedHashMap<>();
                for (QueryParameter p : cq.parameters()) if (p.example() != null) params.put(p.name(), List.of(p.example()));
                Query asIs;
                try {
                    asIs = binder.bind(cq, params).toQuery();
                } catch (RuntimeException e) {
                    System.out.println(cq.name() + ": " + e.getMessage().lines().findFirst().orElse(""));
                    continue;
                }
                Query folded = fold(asIs);
                if (plan) {
                    System.out.println("== " + cq.name() + " as-is\n" + Algebra.optimize(Algebra.compile(asIs)));
                    System.out.println("== " + cq.name() + " folded\n" + Algebra.optimize(Algebra.compile(folded)));
                }
                String a = time(union, asIs, runs, timeout);
                String b = time(union, folded, runs, timeout);
                String c = mergedDs == null ? "-" : time(mergedDs, folded, runs, timeout);
                String d = peerDs == null ? "-" : time(peerDs, asIs, runs, timeout);
                System.out.printf(Locale.ROOT, "%-28s as-is %s | folded %s | folded, default graph %s | as-is on peer store %s%n",
                        cq.name(), a, b, c, d);
            }
        }
    }

    /** Old against new query text: same rows, and the median times of both (see the class comment). */
    private static void compare(Path build, Path oldDir, Path newDir, List<String> names, int runs, long timeout,
                                boolean plan, boolean variants) {
        boolean newOnly = Boolean.getBoolean("probe.newOnly");
        int failures = 0;
        try (OpenStore open = OpenStore.open(build)) {
            DatasetGraph ds = org.w3id.legkg.text.LabelTextIndex.wrapIfPresent(open.dataset(), open.buildDir());
            QueryCatalog oldCat = QueryCatalog.load(oldDir), newCat = QueryCatalog.load(newDir);
            ParameterBinder binder = new ParameterBinder(open.dataset(), LabelIndex.build(open.dataset()));
            for (CannedQuery nq : newCat.all()) {
                if (!names.isEmpty() && !names.contains(nq.name())) continue;
                CannedQuery oq = oldCat.get(nq.name()).orElse(null);
                if (oq == null) { System.out.println(nq.name() + ": no old text"); continue; }
                for (Map<String, List<String>> params : paramSets(nq, variants)) {
                    String label = nq.name() + " " + params;
                    Query a, b;
                    try {
                        a = bindLenient(binder, oq, params).toQuery();
                        b = bindLenient(binder, nq, params).toQuery();
                    } catch (RuntimeException e) {
                        System.out.println(label + ": " + e.getMessage().lines().findFirst().orElse(""));
                        continue;
                    }
                    if (plan) System.out.println("== " + label + " new\n" + Algebra.optimize(Algebra.compile(b)));
                    if (newOnly) {
                        double[] tb = new double[runs];
                        int n = 0;
                        for (int i = 0; i < runs; i++) { tb[i] = millis(ds, b, timeout); }
                        List<String> r = rows(ds, b, timeout);
                        System.out.printf(Locale.ROOT, "%-60s new %9.1f ms  answer %08x%n", label, median(tb),
                                r == null ? 0 : r.hashCode());
                        continue;
                    }
                    List<String> ra = rows(ds, a, timeout), rb = rows(ds, b, timeout);
                    String verdict;
                    if (ra == null || rb == null) verdict = "FAILED/TIMEOUT old=" + (ra != null) + " new=" + (rb != null);
                    else {
                        List<String> sa = new ArrayList<>(ra), sb = new ArrayList<>(rb);
                        java.util.Collections.sort(sa);
                        java.util.Collections.sort(sb);
                        if (!sa.equals(sb)) {
                            verdict = "DIFFERENT ROWS (" + ra.size() + " vs " + rb.size() + ")";
                            List<String> missing = new ArrayList<>(sa); missing.removeAll(sb);
                            List<String> extra = new ArrayList<>(sb); extra.removeAll(sa);
                            missing.stream().limit(3).forEach(r -> System.out.println("   - " + r));
                            extra.stream().limit(3).forEach(r -> System.out.println("   + " + r));
                        } else if (b.hasOrderBy() && !ra.equals(rb)) verdict = "same rows, ORDER DIFFERS (" + ra.size() + ")";
                        else verdict = "same (" + ra.size() + " rows)";
                    }
                    if (!verdict.startsWith("same (")) failures++;
                    double[] ta = new double[runs], tb = new double[runs];
                    for (int i = 0; i < runs; i++) {
                        ta[i] = millis(ds, a, timeout);
                        tb[i] = millis(ds, b, timeout);
                    }
                    System.out.printf(Locale.ROOT, "%-60s old %9.1f ms  new %9.1f ms  %s%n", label, median(ta), median(tb), verdict);
                }
            }
        }
        System.out.println(failures == 0 ? "ALL SAME" : failures + " DIFFERENCES");
    }

    /** The examples; with variants also the required parameters alone and each optional parameter alone. */
    private static List<Map<String, List<String>>> paramSets(CannedQuery cq, boolean variants) {
        List<Map<String, List<String>>> sets = new ArrayList<>();
        Map<String, List<String>> examples = new LinkedHashMap<>(), required = new LinkedHashMap<>();
        for (QueryParameter p : cq.parameters()) {
            if (p.example() == null) continue;
            examples.put(p.name(), List.of(p.example()));
            if (p.required()) required.put(p.name(), List.of(p.example()));
        }
        sets.add(examples);
        if (variants) {
            if (!required.equals(examples)) sets.add(required);
            for (QueryParameter p : cq.parameters()) {
                if (p.required() || p.example() == null || !examples.containsKey(p.name()) || examples.size() - required.size() < 2) continue;
                Map<String, List<String>> one = new LinkedHashMap<>(required);
                one.put(p.name(), List.of(p.example()));
                sets.add(one);
            }
        }
        return sets;
    }

    /** Binds; an example that names several resources at scale (repeated synonyms) takes the first IRI. */
    private static BoundQuery bindLenient(ParameterBinder binder, CannedQuery cq, Map<String, List<String>> params) {
        try {
            return binder.bind(cq, params);
        } catch (org.w3id.legkg.api.ParameterException e) {
            if (e.getMessage() == null || !e.getMessage().startsWith("Ambiguous")) throw e;
            QueryParameter p = cq.parameter(e.parameter());
            Map<String, List<String>> copy = new LinkedHashMap<>(params);
            List<String> iris = new ArrayList<>();
            for (String v : params.get(p.name()).get(0).split(",")) {
                List<org.apache.jena.graph.Node> hits = binder.labels().lookup(v.trim());
                iris.add(hits.isEmpty() ? v.trim() : hits.stream().map(org.apache.jena.graph.Node::getURI).sorted().findFirst().get());
            }
            copy.put(p.name(), List.of(String.join(",", iris)));
            return bindLenient(binder, cq, copy);
        }
    }

    private static List<String> rows(DatasetGraph ds, Query q, long timeoutSeconds) {
        try {
            return Txn.calculateRead(ds, () -> {
                try (QueryExec exec = QueryExec.dataset(ds).query(q).timeout(timeoutSeconds, TimeUnit.SECONDS).build()) {
                    RowSet rs = exec.select();
                    List<org.apache.jena.sparql.core.Var> vars = rs.getResultVars();
                    List<String> out = new ArrayList<>();
                    while (rs.hasNext()) {
                        org.apache.jena.sparql.engine.binding.Binding row = rs.next();
                        StringBuilder sb = new StringBuilder();
                        for (org.apache.jena.sparql.core.Var v : vars) {
                            org.apache.jena.graph.Node n = row.get(v);
                            sb.append(v.getVarName()).append('=').append(n == null ? "" : org.apache.jena.riot.out.NodeFmtLib.strNT(n)).append(' ');
                        }
                        out.add(sb.toString());
                    }
                    return out;
                }
            });
        } catch (RuntimeException e) {
            System.out.println("   " + e);
            return null;
        }
    }

    private static double millis(DatasetGraph ds, Query q, long timeoutSeconds) {
        long t0 = System.nanoTime();
        List<String> r = rows(ds, q, timeoutSeconds);
        return r == null ? Double.NaN : (System.nanoTime() - t0) / 1e6;
    }

    private static double median(double[] t) {
        double[] c = t.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    /** Median time of runs (after one warm-up run), with the row count. */
    private static String time(DatasetGraph ds, Query q, int runs, long timeoutSeconds) {
        double[] t = new double[runs];
        long rows = 0;
        for (int i = -1; i < runs; i++) {
            long t0 = System.nanoTime();
            try {
                rows = Txn.calculateRead(ds, () -> {
                    try (QueryExec exec = QueryExec.dataset(ds).query(q).timeout(timeoutSeconds, TimeUnit.SECONDS).build()) {
                        if (!q.isSelectType()) return 0L;
                        RowSet rs = exec.select();
                        long n = 0;
                        while (rs.hasNext()) { rs.next(); n++; }
                        return n;
                    }
                });
            } catch (RuntimeException e) {
                return "failed (" + e.getClass().getSimpleName() + ")";
            }
            double secs = (System.nanoTime() - t0) / 1e6;
            if (i >= 0) t[i] = secs;
            if (secs > timeoutSeconds * 1000.0 / 2 && i >= 0) { t = Arrays.copyOf(t, i + 1); break; }
        }
        Arrays.sort(t);
        return String.format(Locale.ROOT, "%9.1f ms (%d rows)", t[t.length / 2], rows);
    }

    /** Folds logical operators with a constant operand: false || X = X, true && X = X, !true = false, ... */
    static Query fold(Query q) {
        ExprTransformCopy folding = new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunction1 func, Expr arg) {
                if (func instanceof E_LogicalNot && arg.isConstant()) return NodeValue.booleanReturn(!isTrue(arg));
                return super.transform(func, arg);
            }

            @Override
            public Expr transform(ExprFunction2 func, Expr a, Expr b) {
                if (func instanceof E_LogicalOr) {
                    if (a.isConstant() && isBoolean(a)) return isTrue(a) ? NodeValue.TRUE : b;
                    if (b.isConstant() && isBoolean(b)) return isTrue(b) ? NodeValue.TRUE : a;
                }
                if (func instanceof E_LogicalAnd) {
                    if (a.isConstant() && isBoolean(a)) return isTrue(a) ? b : NodeValue.FALSE;
                    if (b.isConstant() && isBoolean(b)) return isTrue(b) ? a : NodeValue.FALSE;
                }
                return super.transform(func, a, b);
            }
        };
        ElementTransformCopyBase elements = new ElementTransformCopyBase();
        return QueryTransformOps.transform(q, elements, new ExprTransformApplyElementTransform(elements) {
            @Override
            public Expr transform(ExprFunction1 func, Expr arg) { return folding.transform(func, arg); }

            @Override
            public Expr transform(ExprFunction2 func, Expr a, Expr b) { return folding.transform(func, a, b); }
        });
    }

    private static boolean isBoolean(Expr e) {
        return e.getConstant() != null && e.getConstant().isBoolean();
    }

    private static boolean isTrue(Expr e) {
        return e.getConstant().getBoolean();
    }
}
