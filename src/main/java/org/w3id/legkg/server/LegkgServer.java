package org.w3id.legkg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.metrics.MetricsProvider;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.compression.gzip.GzipCompression;
import org.eclipse.jetty.compression.server.CompressionHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.legkg.LegkgException;
import org.w3id.legkg.api.CannedQueryArtifact;
import org.w3id.legkg.api.LabelIndex;
import org.w3id.legkg.api.ParameterBinder;
import org.w3id.legkg.api.QueryCatalog;
import org.w3id.legkg.api.QueryRunner;
import org.w3id.legkg.store.OpenStore;
import org.w3id.legkg.text.LabelTextIndex;

/**
 * The HTTP face of a built store: embedded Fuseki, read-only.
 * <pre>
 *   /sparql                       SPARQL 1.1 query (GET, POST); GET without a query: Service Description
 *   /api                          OpenAPI 3 description of the canned queries
 *   /api/NAME[.json|.csv|...]     one canned query, parameters in the query string (cached, ETag)
 *   /queries                      the canned queries for people, with "open in editor" links
 *   /.well-known/sparql-examples  the canned queries as SIB sparql-examples RDF
 *   /                             the Fuseki query editor (dataset "sparql"), from jena-fuseki-ui
 *   /prefixes.json                LegKG's prefixes, for the editor's prefix completion (instead of prefix.cc)
 *   /$/ping /$/metrics /$/stats /$/server   liveness, Prometheus metrics, request counters, dataset list for the UI
 *   /id/ /ontology /.well-known/void /dumps  linked data (package linkeddata)
 * </pre>
 * Nothing can write: the dataset has the query operation only, no admin operation that changes anything
 * is mounted (no /$/datasets, /$/compact, /$/backup, /$/tasks), SERVICE cannot call out, every query has a
 * timeout (503), and request bodies are capped (413). Responses are gzip-compressed when the client asks.
 */
public final class LegkgServer implements AutoCloseable {
    /** The dataset's name in Fuseki and in the editor. */
    public static final String DATASET = "/sparql";
    private static final Logger LOG = LoggerFactory.getLogger(LegkgServer.class);

    private final FusekiServer fuseki;
    private final OpenStore store;
    private final ResultCache cache;
    private final ExecutorService background;
    private final CannedQueryServlet api;
    private final boolean warmCache;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();

    private LegkgServer(FusekiServer fuseki, OpenStore store, ResultCache cache, ExecutorService background,
                        CannedQueryServlet api, boolean warmCache) {
        this.fuseki = fuseki;
        this.store = store;
        this.cache = cache;
        this.background = background;
        this.api = api;
        this.warmCache = warmCache;
    }

    public static Builder create(OpenStore store) {
        return new Builder(store);
    }

    /**
     * Starts listening. The background work queued by {@link Builder#build()} (label index, pages, graph
     * sizes) goes on meanwhile; then, if asked for, the canned queries' examples are answered into the cache.
     */
    public LegkgServer start() {
        fuseki.start();
        background.execute(() -> {
            try {
                if (warmCache) {
                    long t0 = System.nanoTime();
                    int n = api.warm();
                    LOG.info("Result cache warmed with {} canned-query examples in {} ms", n, (System.nanoTime() - t0) / 1_000_000);
                }
                ready.complete(null);
            } catch (RuntimeException e) {
                ready.completeExceptionally(e);
            }
        });
        return this;
    }

    /** Completes once the background start-up work (and the cache warm-up, if enabled) is over. */
    public CompletableFuture<Void> ready() { return ready; }

    public int port() { return fuseki.getHttpPort(); }

    public String baseUrl(String host) { return "http://" + host + ":" + port() + "/"; }

    public void join() { fuseki.join(); }

    /**
     * Server threads busy right now (serving a request). A query stopped by the timeout must give its
     * thread back: tests watch this fall back after 503s.
     */
    public int busyThreads() {
        return fuseki.getJettyServer().getThreadPool() instanceof org.eclipse.jetty.util.thread.QueuedThreadPool q ? q.getBusyThreads() : -1;
    }

    /** The Jetty server underneath (for tests that check its configuration). */
    org.eclipse.jetty.server.Server jetty() { return fuseki.getJettyServer(); }

    /** Canned-query answers held in memory (for tests and operators). */
    public int cachedAnswers() { return cache.size(); }

    @Override
    public void close() {
        fuseki.stop();
        // the warm-up checks for interruption between queries; a query it is running ends within the timeout
        background.shutdownNow();
        try {
            if (!background.awaitTermination(30, TimeUnit.SECONDS)) LOG.warn("Background start-up work still running at close");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }

    public static final class Builder {
        /** Jetty's own default: within its buffer pool's largest size, so a buffer is reused, not allocated. */
        private static final int OUTPUT_BUFFER_BYTES = 32 * 1024;
        private final OpenStore store;
        private int port = 3030;
        private String host = "127.0.0.1";
        private long queryTimeoutMillis = 30_000;
        private long maxRequestBytes = 1 << 20;
        private long cacheBytes = 64L << 20;
        private boolean warmCache;

        private Builder(OpenStore store) { this.store = Objects.requireNonNull(store); }

        /** 0 picks a free port. */
        public Builder port(int port) { this.port = port; return this; }
        public Builder host(String host) { this.host = host; return this; }
        /** Every query (SPARQL and canned) is stopped after this long and answered with 503. */
        public Builder queryTimeoutMillis(long ms) { this.queryTimeoutMillis = ms; return this; }
        /** Larger request bodies are refused with 413. */
        public Builder maxRequestBytes(long bytes) { this.maxRequestBytes = bytes; return this; }
        /** Memory for cached canned-query answers; 0 turns the cache off. */
        public Builder cacheBytes(long bytes) { this.cacheBytes = bytes; return this; }
        /** After start, answer every canned query's example into the cache (off by default: tests see misses). */
        public Builder warmCache(boolean warm) { this.warmCache = warm; return this; }

        public LegkgServer build() {
            if (queryTimeoutMillis <= 0) throw new LegkgException("The query timeout must be positive, got " + queryTimeoutMillis + " ms");
            Path buildDir = store.buildDir();
            DatasetGraph tdb = store.dataset();
            // text:query over the build's Lucene index; the wrapper passes everything else to TDB2
            DatasetGraph dataset = LabelTextIndex.wrap(tdb, buildDir);
            for (Context cxt : new Context[] {tdb.getContext(), dataset.getContext()}) {
                cxt.set(ARQ.queryTimeout, Long.toString(queryTimeoutMillis));
                // Per dataset, not in ARQ's global context: Fuseki lets the dataset's context override the
                // global one, and two servers in one JVM (tests) must not change each other's timeout.
                // SERVICE would let any caller make this server fetch arbitrary URLs.
                cxt.set(Service.httpServiceAllowed, false);
            }

            Path queriesDir = CannedQueryArtifact.dir(buildDir);
            if (!Files.isDirectory(queriesDir))
                throw new LegkgException("The build at " + buildDir + " has no canned queries (queries/): it was made by an "
                        + "older program; run `legkg build --force`");
            // Everything /sparql does not need is computed on one background thread while Jetty starts, in
            // this order (a task may use the values of the tasks before it): the endpoint answers its first
            // query sooner, and the second core is used during start-up.
            ExecutorService background = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "legkg-background");
                t.setDaemon(true);
                return t;
            });
            Deferred<QueryCatalog> catalog = Deferred.start("the canned-query catalogue", () -> QueryCatalog.load(queriesDir), background);
            Deferred<ParameterBinder> binder = Deferred.start("the label index",
                    () -> new ParameterBinder(tdb, LabelIndex.build(tdb)), background);
            Deferred<byte[]> openApi = Deferred.start("the OpenAPI document", () -> OpenApiDocument.render(catalog.get()), background);
            Deferred<SparqlServiceDescription> description = Deferred.start("the service description",
                    () -> new SparqlServiceDescription(tdb), background);
            Deferred<byte[]> catalogPage = Deferred.start("the query list page",
                    () -> QueryCatalogPage.html(catalog.get(), binder.get()), background);
            Deferred<org.apache.jena.graph.Graph> examples = Deferred.start("the sparql-examples graph",
                    () -> ExamplesServlet.copy(tdb), background);

            QueryRunner runner = new QueryRunner(dataset, queryTimeoutMillis);
            // identifies this build's answers: same sources and program give the same key
            String buildKey = store.manifest().fingerprint() + "/" + buildDir.getFileName();
            ResultCache cache = new ResultCache(cacheBytes, Math.max(cacheBytes / 16, 1));
            ApiMetrics metrics = new ApiMetrics();
            metrics.watch(cache);

            // Only the Query operation on the dataset itself: no update, no graph store protocol, no upload.
            DataService sparql = DataService.newBuilder(dataset).addEndpoint(Operation.Query).build();
            SparqlEndpointFilter sparqlFilter = new SparqlEndpointFilter(description, buildKey);
            CannedQueryServlet api = new CannedQueryServlet(catalog, binder, openApi, runner, cache, buildKey, queryTimeoutMillis, metrics);
            EditorPage editor = new EditorPage();

            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .add(DATASET, sparql)
                    .addFilter(DATASET, sparqlFilter)
                    .addFilter(DATASET + "/*", sparqlFilter)
                    .addServlet("/api", api)
                    .addServlet("/api/*", api)
                    .addServlet(QueryCatalogPage.PATH, new QueryCatalogPage(catalogPage, buildKey))
                    .addServlet(ExamplesServlet.PATH, new ExamplesServlet(examples, buildKey))
                    // The editor: static files from the jena-fuseki-ui jar, its start page with the LegKG bar,
                    // and /$/server, from which it lists the dataset.
                    .staticFileBase(uiBase())
                    .addServlet("", editor)
                    .addServlet("/index.html", editor)
                    .addServlet("/$/server", new ActionServerStatus())
                    .addFilter("/static/*", new EditorAssets.ScriptFilter())
                    .addServlet(EditorAssets.PREFIXES_PATH, new EditorAssets.PrefixesServlet())
                    .enablePing(true)
                    .enableStats(true)
                    .enableMetrics(true);
            enableCors(b);
            org.w3id.legkg.server.linkeddata.LinkedDataRoutes.register(b, store);
            FusekiServer fuseki = b.build();

            for (Connector c : fuseki.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) sc.setHost(host);
                useSmallOutputBuffer(c);
            }
            wrapHandlers(fuseki.getJettyServer(), maxRequestBytes);
            MetricsProvider provider = MetricsProvider.getMetricsProvider(fuseki.getServletContext());
            if (provider != null) metrics.attach(provider.getMeterRegistry());
            return new LegkgServer(fuseki, store, cache, background, api, warmCache);
        }

        /** The editor's files inside the jena-fuseki-ui jar (a jar: URL works offline). */
        private static String uiBase() {
            URL ui = LegkgServer.class.getClassLoader().getResource("webapp");
            if (ui == null) throw new LegkgException("The Fuseki UI (jena-fuseki-ui) is not on the classpath");
            return ui.toExternalForm();
        }

        /**
         * Fuseki's own CORS filter, restricted to the methods a read-only service answers, and exposing the
         * headers a browser client needs to revalidate (ETag) and to see where an answer came from.
         */
        private static void enableCors(FusekiServer.Builder b) {
            try {
                Path props = Files.createTempFile("legkg-cors", ".properties");
                try {
                    try (Writer w = Files.newBufferedWriter(props, StandardCharsets.UTF_8)) {
                        w.write("allowedOrigins=*\n");
                        w.write("allowedMethods=GET,POST,HEAD,OPTIONS\n");
                        w.write("allowedHeaders=X-Requested-With,Content-Type,Accept,Origin,Authorization,If-None-Match,Cache-Control\n");
                        w.write("exposedHeaders=ETag,Cache-Control,Content-Type,Content-Length,Content-Encoding,Vary,X-Cache,Link,Location\n");
                        w.write("preflightMaxAge=1800\n");
                        // nothing here uses cookies or authentication: never let a page send credentials
                        w.write("allowCredentials=false\n");
                    }
                    b.enableCors(true, props.toString());
                } finally {
                    Files.deleteIfExists(props);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot configure CORS", e);
            }
        }

        /**
         * Fuseki asks Jetty for a 5 MB response buffer so that an error found early can still change the
         * status. Jetty pools buffers only up to 64 KB, so every request allocated (and zeroed) 5 MB of direct
         * memory, freed only by the garbage collector: about 20 ms of CPU per request here, even for
         * {@code /$/ping}. With Jetty's default 32 KB the buffer comes from the pool; a query that fails after
         * 32 KB of results ends the response early instead of changing its status.
         */
        private static void useSmallOutputBuffer(Connector connector) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
        }

        /**
         * Outermost: the request-size limit (413 for larger bodies, before anything reads them), then gzip
         * for clients that accept it (SPARQL results, canned answers, the editor's files).
         */
        private static void wrapHandlers(Server jetty, long maxRequestBytes) {
            CompressionHandler gzip = new CompressionHandler();
            gzip.putCompression(new GzipCompression());
            gzip.setHandler(jetty.getHandler());
            SizeLimitHandler limit = new SizeLimitHandler(maxRequestBytes, -1);
            limit.setHandler(gzip);
            jetty.setHandler(limit);
        }
    }
}
