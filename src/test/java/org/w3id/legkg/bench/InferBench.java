package org.w3id.legkg.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.w3id.legkg.build.ProjectLayout;
import org.w3id.legkg.build.SourceGraphs;
import org.w3id.legkg.build.SourceReader;
import org.w3id.legkg.infer.Inferences;
import org.w3id.legkg.infer.RuleMaterialiser;

/**
 * Materialisation alone, on a project's ontology and data: parse time, the first (cold JVM) run and the
 * median of further runs, and what was inferred. The build's own infer step is the cold figure.
 *
 * <pre>java -cp TEST_CLASSES:legkg.jar org.w3id.legkg.bench.InferBench PROJECT [RUNS=3]</pre>
 */
public final class InferBench {
    private InferBench() {}

    public static void main(String[] args) {
        ProjectLayout project = new ProjectLayout(Path.of(args.length > 0 ? args[0] : "."));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long t0 = System.nanoTime();
        SourceGraphs sources = new SourceReader(project).read();
        Graph ontology = sources.ontology();
        Graph data = sources.data();
        double parse = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "parse        ontology %,d + data %,d triples: %.2f s%n", ontology.size(), data.size(), parse);

        double[] times = new double[runs + 1];
        long cpu0 = LoadBench.cpuNanos();
        Inferences last = null;
        for (int i = 0; i <= runs; i++) {
            long t = System.nanoTime();
            last = new RuleMaterialiser().materialise(ontology, data);
            times[i] = (System.nanoTime() - t) / 1e9;
            if (i == 0) cpu0 = LoadBench.cpuNanos() - cpu0;
        }
        double[] warm = Arrays.copyOfRange(times, 1, times.length);
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "materialise  first run %.2f s (process CPU %.2f s), median of %d more %.2f s%n",
                times[0], cpu0 / 1e9, runs, runs > 0 ? warm[warm.length / 2] : times[0]);
        System.out.println("inferred     " + last.summary());
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap in use  %,d MB (max %,d MB)%n", (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    }
}
