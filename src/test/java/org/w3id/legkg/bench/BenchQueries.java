package org.w3id.legkg.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.legkg.api.BoundQuery;
import org.w3id.legkg.api.CannedQuery;
import org.w3id.legkg.api.LabelIndex;
import org.w3id.legkg.api.ParameterBinder;
import org.w3id.legkg.api.ParameterException;
import org.w3id.legkg.api.QueryCatalog;
import org.w3id.legkg.api.QueryParameter;
import org.w3id.legkg.api.QueryRunner;
import org.w3id.legkg.api.ResultFormat;
import org.w3id.legkg.store.OpenStore;
import org.w3id.legkg.store.StoreLayout;
import org.w3id.legkg.text.LabelTextIndex;

/**
 * For the serving benchmark (bench/serving): binds every canned query of a built store to the example values
 * of its parameters with the project's own binder, and writes, per query, the bound SPARQL text that every
 * peer server receives ({@code NAME.rq}) and the equivalent {@code /api} call. It also runs each bound query
 * in-process twice, over the full union (asserted + inferred) and over the asserted graphs alone, to tell
 * the queries whose answer depends on inference.
 *
 * <pre>java -cp BENCH_CLASSES:legkg.jar:lib/* org.w3id.legkg.bench.BenchQueries --store STORE --out DIR [--timeout 120]</pre>
 * Writes DIR/NAME.rq and DIR/manifest.tsv (name, api path, needs inference, rows full, rows asserted only);
 * {@code --no-check} skips running the queries (needs inference is then "unknown").
 */
public final class BenchQueries {
    private static final String G = "https://w3id.org/legkg/graph/";

    private BenchQueries() {}

    public static void main(String[] args) throws IOException {
        Path store = null, out = null;
        long timeoutSeconds = 120;
        boolean check = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--store" -> store = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--timeout" -> timeoutSeconds = Long.parseLong(args[++i]);
                case "--no-check" -> check = false;
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + " (usage: --store STORE --out DIR)");
            }
        }
        if (store == null || out == null) throw new IllegalArgumentException("usage: --store STORE --out DIR [--timeout S]");
        Files.createDirectories(out);
        try (OpenStore open = OpenStore.openCurrent(new StoreLayout(store))) {
            DatasetGraph full = open.dataset();
            QueryCatalog catalog = QueryCatalog.load(org.w3id.legkg.api.CannedQueryArtifact.dir(open.buildDir()));
            ParameterBinder binder = new ParameterBinder(full, LabelIndex.build(full));
            long timeout = timeoutSeconds;
            DatasetGraph fullText = LabelTextIndex.wrapIfPresent(full, open.buildDir());
            StringBuilder manifest = new StringBuilder("name\tapi\tneeds_inference\trows_full\trows_asserted\n");
            for (CannedQuery cq : catalog.all()) {
                Map<String, List<String>> params = new LinkedHashMap<>();
                List<String> qs = new ArrayList<>();
                for (QueryParameter p : cq.parameters()) {
                    if (p.example() == null) continue;
                    params.put(p.name(), List.of(p.example()));
                    qs.add(enc(p.name()) + "=" + enc(p.example()));
                }
                BoundQuery bound;
                try {
                    bound = binder.bind(cq, params);
                } catch (ParameterException e) {
                    // Scaled data repeats synonyms in every copy, so an example given as a synonym can name many
                    // resources; take the first by IRI (the seed's own) and call the API with that IRI too.
                    if (e.getMessage() == null || !e.getMessage().startsWith("Ambiguous")) throw e;
                    QueryParameter p = cq.parameter(e.parameter());
                    List<org.apache.jena.graph.Node> hits = binder.labels().lookup(p.example());
                    String iri = hits.stream().map(org.apache.jena.graph.Node::getURI).sorted().findFirst().orElseThrow(() -> e);
                    params.put(p.name(), List.of(iri));
                    qs.replaceAll(kv -> kv.startsWith(enc(p.name()) + "=") ? enc(p.name()) + "=" + enc(iri) : kv);
                    System.err.println(cq.name() + ": example '" + p.example() + "' is ambiguous here; using " + iri);
                    bound = binder.bind(cq, params);
                }
                Query q = bound.toQuery();
                String text = sparqlText(q);
                Files.writeString(out.resolve(cq.name() + ".rq"), text, StandardCharsets.UTF_8);
                String api = "/api/" + cq.name() + (qs.isEmpty() ? "" : "?" + String.join("&", qs));
                String answerFull = check ? answer(fullText, q, timeout) : null;
                String answerAsserted = !check ? null : Txn.calculateRead(full, () ->
                        answer(LabelTextIndex.wrapIfPresent(assertedView(full), open.buildDir()), q, timeout));
                long rowsFull = rows(answerFull), rowsAsserted = rows(answerAsserted);
                // An answer that changes when the inferred graph is left out depends on inference.
                boolean needs = answerFull != null && !answerFull.equals(answerAsserted);
                manifest.append(String.join("\t", cq.name(), api, check ? Boolean.toString(needs) : "unknown", Long.toString(rowsFull),
                        Long.toString(rowsAsserted))).append('\n');
                System.err.printf(Locale.ROOT, "%-30s rows %d (asserted only %d)%s%n", cq.name(), rowsFull, rowsAsserted,
                        needs ? "  needs inference" : "");
            }
            Files.writeString(out.resolve("manifest.tsv"), manifest.toString(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The bound query as SPARQL text every server can parse. Substitution turns {@code BOUND(?p)} of a given
     * parameter into {@code BOUND(<value>)}, which evaluates to true but is no SPARQL syntax; write it as true.
     */
    static String sparqlText(Query q) {
        String text = BOUND_CONSTANT.matcher(q.toString()).replaceAll("true");
        org.apache.jena.query.QueryFactory.create(text); // must parse
        return text;
    }

    private static final java.util.regex.Pattern BOUND_CONSTANT = java.util.regex.Pattern.compile(
            "(?i)\\bbound\\(\\s*(<[^>]*>|\"(?:[^\"\\\\]|\\\\.)*\"(?:\\^\\^(?:<[^>]*>|[\\w-]*:[\\w.-]*)|@[A-Za-z0-9-]+)?"
                    + "|[+-]?[0-9][0-9.eE+-]*|true|false|[A-Za-z][\\w-]*:[\\w.-]*)\\s*\\)");

    /**
     * The ontology and data graphs and the support graph (derived from the claims by the build, not by a reasoner:
     * the canned queries credit articles through it), as a dataset whose default graph is their union.
     */
    private static DatasetGraph assertedView(DatasetGraph full) {
        Graph onto = full.getGraph(NodeFactory.createURI(G + "ontology"));
        Graph data = full.getGraph(NodeFactory.createURI(G + "data"));
        Graph support = full.getGraph(NodeFactory.createURI(G + "support"));
        MultiUnion union = new MultiUnion(new Graph[] {onto, data, support});
        DatasetGraph ds = DatasetGraphFactory.create(union);
        ds.addGraph(NodeFactory.createURI(G + "ontology"), onto);
        ds.addGraph(NodeFactory.createURI(G + "data"), data);
        ds.addGraph(NodeFactory.createURI(G + "support"), support);
        return ds;
    }

    /** The answer as TSV with its lines sorted (order-insensitive), or null if the query failed. */
    private static String answer(DatasetGraph ds, Query q, long timeoutSeconds) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            new QueryRunner(ds, timeoutSeconds * 1000).run(q, ResultFormat.TSV, buf);
        } catch (RuntimeException e) {
            System.err.println("  " + q.toString().lines().filter(l -> !l.startsWith("PREFIX")).findFirst().orElse("") + ": " + e);
            return null;
        }
        String[] lines = buf.toString(StandardCharsets.UTF_8).split("\n");
        java.util.Arrays.sort(lines);
        return String.join("\n", lines);
    }

    /** Rows of a sorted TSV answer (header line first); -1 when the query failed or timed out. */
    private static long rows(String answer) {
        if (answer == null) return -1;
        return answer.isEmpty() ? 0 : answer.split("\n").length - 1;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
