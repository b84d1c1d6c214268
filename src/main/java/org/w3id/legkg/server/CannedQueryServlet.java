package org.w3id.legkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.query.QueryCancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.legkg.api.BoundQuery;
import org.w3id.legkg.api.CannedQuery;
import org.w3id.legkg.api.ParameterBinder;
import org.w3id.legkg.api.ParameterException;
import org.w3id.legkg.api.QueryCatalog;
import org.w3id.legkg.api.QueryRunner;
import org.w3id.legkg.api.ResultFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/NAME[.json|.csv|.tsv|.xml]?param=value...}: runs one canned query with its parameters
 * bound, the format chosen by suffix or Accept header. {@code GET /api} is the OpenAPI document.
 * <p>
 * Answers are cached by build, query, bound values and format, with that key's hash as a strong ETag:
 * If-None-Match answers 304 before the query runs, and a repeated call is served from memory.
 */
final class CannedQueryServlet extends ReadOnlyServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(CannedQueryServlet.class);
    /** Result syntaxes offered for SELECT/ASK, best first; application/json is an alias of the SPARQL JSON results. */
    private static final List<String> TABLE_OFFERS = List.of(ResultFormat.JSON.mediaType, "application/json",
            ResultFormat.CSV.mediaType, ResultFormat.TSV.mediaType, ResultFormat.XML.mediaType, ResultFormat.TABLE.mediaType);
    private static final List<String> GRAPH_OFFERS = List.of(ResultFormat.TURTLE.mediaType, ResultFormat.JSONLD.mediaType,
            ResultFormat.NTRIPLES.mediaType, ResultFormat.RDFXML.mediaType, "application/json");
    /** Suffixes the API accepts, e.g. /api/search.csv. */
    static final List<String> SUFFIXES = List.of("json", "csv", "tsv", "xml", "ttl", "jsonld", "nt", "rdf");

    // Suppliers: the catalogue, the label index and the OpenAPI document are prepared in the background
    // while the server starts (see Deferred); the first /api request waits for them if it must.
    private final transient Supplier<QueryCatalog> catalog;
    private final transient Supplier<ParameterBinder> binder;
    private final transient QueryRunner runner;
    private final transient ResultCache cache;
    private final String buildKey;
    private final long timeoutMillis;
    private final transient Supplier<byte[]> openApi;
    private final String openApiEtag;
    private final transient ApiMetrics metrics;

    CannedQueryServlet(Supplier<QueryCatalog> catalog, Supplier<ParameterBinder> binder, Supplier<byte[]> openApi,
                       QueryRunner runner, ResultCache cache, String buildKey, long timeoutMillis, ApiMetrics metrics) {
        this.catalog = catalog;
        this.binder = binder;
        this.runner = runner;
        this.cache = cache;
        this.buildKey = buildKey;
        this.timeoutMillis = timeoutMillis;
        this.metrics = metrics;
        this.openApi = openApi;
        this.openApiEtag = ResultCache.etag(buildKey + "\nopenapi");
    }

    /**
     * Runs every canned query with its header's example values (as {@code GET /api/NAME?param=example}
     * would, in the default format) and keeps the answers, so the calls a newcomer makes first, from the
     * OpenAPI page, the query list or the README, are answered from memory. Queries whose examples do not
     * bind, or that fail, are skipped: a request for them reports the problem as usual.
     *
     * @return the number of answers cached
     */
    int warm() {
        int n = 0;
        for (CannedQuery query : catalog.get().all()) {
            if (Thread.currentThread().isInterrupted()) break;
            Map<String, List<String>> examples = new LinkedHashMap<>();
            query.parameters().forEach(p -> { if (p.example() != null) examples.put(p.name(), List.of(p.example())); });
            ResultFormat format = query.returnsGraph() ? ResultFormat.TURTLE : ResultFormat.JSON;
            try {
                BoundQuery bound = binder.get().bind(query, examples);
                String key = buildKey + "\n" + bound.cacheKey() + "\n" + format.mediaType;
                if (cache.get(key) == null) {
                    cache.put(key, execute(query.name(), bound, format));
                    n++;
                }
            } catch (RuntimeException e) {
                LOG.debug("Canned query {} not warmed: {}", query.name(), e.toString());
            }
        }
        return n;
    }

    /** Runs the bound query into an answer to keep; the query timeout applies. */
    private ResultCache.Entry execute(String name, BoundQuery bound, ResultFormat format) {
        long t0 = System.nanoTime();
        ByteArrayOutputStream buf = new ByteArrayOutputStream(8192);
        runner.run(bound.toQuery(), format, buf);
        metrics.executed(name, System.nanoTime() - t0);
        return new ResultCache.Entry(buf.toByteArray(), contentType(format));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.equals("/")) {
            sendOpenApi(req, resp);
            return;
        }
        String name = path.substring(1);
        ResultFormat forced = null;
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            String suffix = name.substring(dot + 1);
            name = name.substring(0, dot);
            if (!SUFFIXES.contains(suffix)) {
                fail(resp, name, new Problem(404, "Unknown format suffix '." + suffix + "' in " + req.getRequestURI()
                        + "; use one of ." + String.join(", .", SUFFIXES) + ", or the Accept header").available(SUFFIXES));
                return;
            }
            forced = ResultFormat.bySuffix(suffix).orElseThrow();
        }
        CannedQuery query = catalog.get().get(name).orElse(null);
        if (query == null) {
            fail(resp, "unknown", new Problem(404, "No canned query named '" + name + "'; GET /api lists them as OpenAPI")
                    .available(catalog.get().names()));
            return;
        }
        ResultFormat format;
        if (forced != null) {
            if (!forced.fits(query.returnsGraph())) {
                fail(resp, name, new Problem(404, "Query " + name + " is a " + query.form() + " query: ." + forced.suffix
                        + " cannot carry its answer").available(suffixesFor(query)));
                return;
            }
            format = forced;
        } else {
            List<String> offers = query.returnsGraph() ? GRAPH_OFFERS : TABLE_OFFERS;
            String chosen = Negotiation.choose(req.getHeader("Accept"), offers).orElse(null);
            if (chosen == null) {
                fail(resp, name, new Problem(406, "None of the media types in Accept: " + req.getHeader("Accept")
                        + " can carry the answer of " + name).available(offers));
                return;
            }
            format = formatFor(chosen, query.returnsGraph());
        }

        BoundQuery bound;
        try {
            bound = binder.get().bind(query, parameters(req));
        } catch (ParameterException e) {
            fail(resp, name, new Problem(400, e.getMessage()).parameter(e.parameter()).suggestions(e.suggestions()));
            return;
        }

        String key = buildKey + "\n" + bound.cacheKey() + "\n" + format.mediaType;
        String etag = ResultCache.etag(key);
        resp.setHeader("Vary", "Accept");
        if (ResultCache.matches(req.getHeader("If-None-Match"), etag)) {
            cacheHeaders(resp, etag);
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            metrics.answered(name, 304, "revalidated");
            return;
        }
        ResultCache.Entry entry = cache.get(key);
        String cacheState = "HIT";
        if (entry == null) {
            cacheState = "MISS";
            try {
                entry = execute(name, bound, format);
            } catch (QueryCancelledException e) {
                fail(resp, name, new Problem(503, "Query " + name + " was stopped after the server's timeout of "
                        + timeoutMillis + " ms"));
                return;
            } catch (RuntimeException e) {
                LOG.error("Canned query {} failed", name, e);
                fail(resp, name, new Problem(500, "Query " + name + " failed: " + e.getMessage()));
                return;
            }
            cache.put(key, entry);
        }
        cacheHeaders(resp, etag);
        resp.setHeader("X-Cache", cacheState);
        resp.setStatus(200);
        resp.setContentType(entry.contentType());
        resp.setContentLength(entry.body().length);
        metrics.answered(name, 200, cacheState.toLowerCase(java.util.Locale.ROOT));
        if (!req.getMethod().equals("HEAD"))
            try (OutputStream out = resp.getOutputStream()) {
                out.write(entry.body());
            }
    }

    /** The answer may be stored by shared caches and revalidated with its ETag (a build never changes). */
    private static void cacheHeaders(HttpServletResponse resp, String etag) {
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", "public, max-age=300");
    }

    private void sendOpenApi(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        cacheHeaders(resp, openApiEtag);
        if (ResultCache.matches(req.getHeader("If-None-Match"), openApiEtag)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        if (!req.getParameterMap().isEmpty()) {
            new Problem(400, "GET /api takes no parameters (did you mean /api/NAME?...)").send(resp);
            return;
        }
        // application/json for browsers and generic clients; the OpenAPI media type when asked for.
        String chosen = Negotiation.choose(req.getHeader("Accept"), List.of("application/json", OpenApiDocument.MEDIA_TYPE)).orElse("application/json");
        resp.setStatus(200);
        resp.setContentType(chosen + ";charset=utf-8");
        byte[] body = openApi.get();
        resp.setContentLength(body.length);
        if (!req.getMethod().equals("HEAD"))
            try (OutputStream out = resp.getOutputStream()) {
                out.write(body);
            }
    }

    private void fail(HttpServletResponse resp, String name, Problem p) throws IOException {
        // only catalogue names become metric labels: a client must not be able to mint new series
        metrics.answered(catalog.get().get(name).isPresent() ? name : "unknown", p.status(), "error");
        p.send(resp);
    }

    /** Query-string values by name, in order; a name may repeat (list parameters). */
    private static Map<String, List<String>> parameters(HttpServletRequest req) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> out.put(k, new ArrayList<>(Arrays.asList(v))));
        return out;
    }

    private static ResultFormat formatFor(String mediaType, boolean graph) {
        if (mediaType.equals("application/json")) return graph ? ResultFormat.JSONLD : ResultFormat.JSON;
        for (ResultFormat f : ResultFormat.values())
            if (f.mediaType.equals(mediaType) && f.fits(graph)) return f;
        throw new IllegalStateException("no format for " + mediaType);
    }

    private static String contentType(ResultFormat f) {
        return f.mediaType + ";charset=utf-8";
    }

    private static List<String> suffixesFor(CannedQuery q) {
        return SUFFIXES.stream().filter(s -> ResultFormat.bySuffix(s).map(f -> f.fits(q.returnsGraph())).orElse(false)).toList();
    }
}
