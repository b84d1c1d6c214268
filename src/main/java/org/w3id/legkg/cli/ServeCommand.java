package org.w3id.legkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.w3id.legkg.build.BuildPipeline;
import org.w3id.legkg.build.Progress;
import org.w3id.legkg.server.LegkgServer;
import org.w3id.legkg.server.PortCheck;
import org.w3id.legkg.store.OpenStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the store if it is missing or stale, then serve it read-only over HTTP (SPARQL at /sparql).")
final class ServeCommand implements Callable<Integer> {
    @Mixin ProjectOptions options;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
    String host;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Query timeout; longer queries are stopped and answered with 503 (default: ${DEFAULT-VALUE} s).")
    long timeoutSeconds;

    @Option(names = "--max-request-bytes", defaultValue = "1048576", paramLabel = "BYTES",
            description = "Largest request body accepted; larger ones are answered with 413 (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes;

    @Option(names = "--cache-bytes", defaultValue = "67108864", paramLabel = "BYTES",
            description = "Memory for cached canned-query answers, 0 for none (default: ${DEFAULT-VALUE}).")
    long cacheBytes;

    @Option(names = "--warm-cache", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "After start, answer every canned query's example values into the result cache, so the first "
                    + "calls from /queries and /api are answered from memory (default: on; --no-warm-cache turns it off).")
    boolean warmCache;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PortCheck.requireFree(host, port); // before the build, which can take minutes
        BuildPipeline pipeline = BuildPipeline.create(options.layout()).store(options.storeLayout()).progress(new Progress(out)).build();
        if (pipeline.upToDateBuild().isEmpty()) pipeline.run();
        OpenStore store = OpenStore.openCurrent(options.storeLayout());
        LegkgServer server = LegkgServer.create(store).port(port).host(host).queryTimeoutMillis(timeoutSeconds * 1000)
                .maxRequestBytes(maxRequestBytes).cacheBytes(cacheBytes).warmCache(warmCache && cacheBytes > 0).build();
        try {
            server.start();
        } catch (RuntimeException e) {
            throw PortCheck.explain(e, host, port); // taken while the store was being built
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "legkg-shutdown"));
        String base = server.baseUrl(host);
        out.println("LegKG serving " + store.buildDir() + " at " + base);
        out.println("  query editor " + base + "   SPARQL " + base + "sparql   canned queries " + base + "queries (OpenAPI " + base + "api)");
        out.flush();
        server.join();
        return ExitCodes.OK;
    }
}
