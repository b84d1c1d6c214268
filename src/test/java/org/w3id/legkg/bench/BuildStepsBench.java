package org.w3id.legkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.legkg.Namespaces;
import org.w3id.legkg.build.ProjectLayout;
import org.w3id.legkg.build.SourceGraphs;
import org.w3id.legkg.build.SourceReader;
import org.w3id.legkg.infer.Inferences;
import org.w3id.legkg.infer.RuleMaterialiser;
import org.w3id.legkg.store.LoadListener;
import org.w3id.legkg.store.StoreWriter;
import org.w3id.legkg.validate.ShapeValidator;
import org.w3id.legkg.validate.ValidationOutcome;

/**
 * The core build steps (parse, SHACL validate, infer, TDB2 load) one after another in one JVM, each with its
 * wall time and the process CPU time it used. CPU time shows a step's cost even on a busy machine, where
 * wall times are inflated by other processes.
 *
 * <pre>java -cp TEST_CLASSES:legkg.jar org.w3id.legkg.bench.BuildStepsBench PROJECT</pre>
 */
public final class BuildStepsBench {
    private BuildStepsBench() {}

    public static void main(String[] args) throws IOException {
        ProjectLayout project = new ProjectLayout(Path.of(args.length > 0 ? args[0] : "."));
        SourceGraphs sources = step("parse", () -> new SourceReader(project).read(),
                s -> String.format(Locale.ROOT, "ontology %,d, data %,d, shapes %,d triples",
                        s.ontology().size(), s.data().size(), s.shapes().size()));
        step("validate", () -> ShapeValidator.validate(sources.shapes(), sources.ontology(), sources.data()),
                (ValidationOutcome o) -> o.shapeCount() + " shapes, " + o.violations() + " violations");
        Inferences inf = step("infer", () -> new RuleMaterialiser().materialise(sources.ontology(), sources.data()),
                Inferences::summary);
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        graphs.put(Namespaces.GRAPH_ONTOLOGY, sources.ontology());
        graphs.put(Namespaces.GRAPH_DATA, sources.data());
        graphs.put(Namespaces.GRAPH_INFERRED, inf.graph());
        Path dir = Files.createTempDirectory("legkg-steps-");
        try {
            step("load", () -> StoreWriter.write(dir, graphs, LoadListener.NONE), n -> String.format(Locale.ROOT, "%,d quads", n));
        } finally {
            LoadBench.delete(dir);
        }
    }

    private static <T> T step(String name, Supplier<T> work, java.util.function.Function<T, String> describe) {
        long t = System.nanoTime(), cpu = LoadBench.cpuNanos();
        T result = work.get();
        System.out.printf(Locale.ROOT, "%-9s wall %6.2f s  CPU %6.2f s  %s%n", name, (System.nanoTime() - t) / 1e9,
                (LoadBench.cpuNanos() - cpu) / 1e9, describe.apply(result));
        return result;
    }
}
