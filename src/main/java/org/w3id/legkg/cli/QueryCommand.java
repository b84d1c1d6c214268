package org.w3id.legkg.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.w3id.legkg.api.BoundQuery;
import org.w3id.legkg.api.CannedQuery;
import org.w3id.legkg.api.LabelIndex;
import org.w3id.legkg.api.ParameterBinder;
import org.w3id.legkg.api.ParameterException;
import org.w3id.legkg.api.QueryCatalog;
import org.w3id.legkg.api.QueryRunner;
import org.w3id.legkg.api.ResultFormat;
import org.w3id.legkg.store.OpenStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a canned query from queries/ (by name) or a SPARQL file against the local store; no server needed.")
final class QueryCommand implements Callable<Integer> {
    @Mixin ProjectOptions options;

    @Parameters(index = "0", paramLabel = "NAME|FILE.rq", description = "A canned query name (see queries/) or a path to a .rq file.")
    String target;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A parameter value; repeat for several parameters or list items.")
    List<String> params = new ArrayList<>();

    @Option(names = {"-f", "--format"}, defaultValue = "table", description = "table, csv, tsv, json or xml (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS", description = "Query timeout (default: ${DEFAULT-VALUE} s).")
    long timeoutSeconds;

    @Override
    public Integer call() {
        ResultFormat fmt = ResultFormat.parse(format);
        CannedQuery canned = resolve();
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) throw new ParameterException(p, "--param takes NAME=VALUE, got '" + p + "'");
            values.computeIfAbsent(p.substring(0, eq), k -> new ArrayList<>()).add(p.substring(eq + 1));
        }
        try (OpenStore store = OpenStore.openCurrent(options.storeLayout())) {
            BoundQuery bound = new ParameterBinder(store.dataset(), LabelIndex.build(store.dataset())).bind(canned, values);
            OutputStream out = new PrintStream(System.out, false);
            // text:query (the search query) needs the build's Lucene index beside the store
            var dataset = org.w3id.legkg.text.LabelTextIndex.wrapIfPresent(store.dataset(), store.buildDir());
            new QueryRunner(dataset, timeoutSeconds * 1000).run(bound.toQuery(), fmt, out);
            System.out.flush();
        }
        return ExitCodes.OK;
    }

    private CannedQuery resolve() {
        Path file = Path.of(target);
        if (target.endsWith(".rq") || Files.isRegularFile(file)) {
            if (!Files.isRegularFile(file)) throw new ParameterException("NAME|FILE.rq", "No such query file: " + target);
            String text;
            try {
                text = Files.readString(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            // A plain SPARQL file may have no #+ header: treat it as a query without parameters.
            return text.lines().anyMatch(l -> l.stripLeading().startsWith("#+"))
                    ? CannedQuery.load(file)
                    : CannedQuery.parse(file.getFileName().toString(), file, "#+ summary: " + file.getFileName() + "\n" + text);
        }
        QueryCatalog catalog = QueryCatalog.load(options.layout());
        return catalog.get(target).orElseThrow(() -> new ParameterException("NAME|FILE.rq",
                "No canned query named '" + target + "' in " + options.layout().queriesDir() + " (available: "
                        + String.join(", ", catalog.names()) + ")"));
    }
}
