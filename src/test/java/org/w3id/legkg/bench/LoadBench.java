package org.w3id.legkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.main.LoaderPlans;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.legkg.Namespaces;
import org.w3id.legkg.build.ProjectLayout;
import org.w3id.legkg.build.SourceGraphs;
import org.w3id.legkg.build.SourceReader;
import org.w3id.legkg.infer.RuleMaterialiser;

/**
 * The TDB2 bulk loaders side by side on a project's graphs (ontology, data, inferred), to choose the one
 * {@code StoreWriter} uses.
 *
 * <pre>java -cp TEST_CLASSES:legkg.jar org.w3id.legkg.bench.LoadBench PROJECT [phased,sequential,parallel,basic,light,minimal,simple]</pre>
 */
public final class LoadBench {
    private LoadBench() {}

    public static void main(String[] args) throws IOException {
        ProjectLayout project = new ProjectLayout(Path.of(args.length > 0 ? args[0] : "."));
        String[] loaders = (args.length > 1 ? args[1] : "phased,sequential,parallel").split(",");
        SourceGraphs sources = new SourceReader(project).read();
        Graph ontology = sources.ontology();
        Graph data = sources.data();
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        graphs.put(Namespaces.GRAPH_ONTOLOGY, ontology);
        graphs.put(Namespaces.GRAPH_DATA, data);
        graphs.put(Namespaces.GRAPH_INFERRED, new RuleMaterialiser().materialise(ontology, data).graph());
        for (String name : loaders) {
            Path dir = Files.createTempDirectory("legkg-loadbench-");
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
            long t = System.nanoTime(), cpu = cpuNanos(), n = 0;
            DataLoader loader = switch (name) {
                case "phased" -> LoaderFactory.phasedLoader(dsg, MonitorOutputs.nullOutput());
                case "sequential" -> LoaderFactory.sequentialLoader(dsg, MonitorOutputs.nullOutput());
                case "parallel" -> LoaderFactory.parallelLoader(dsg, MonitorOutputs.nullOutput());
                case "basic" -> LoaderFactory.basicLoader(dsg, MonitorOutputs.nullOutput());
                case "light" -> LoaderFactory.createLoader(LoaderPlans.loaderPlanLight, dsg, MonitorOutputs.nullOutput());
                case "minimal" -> LoaderFactory.createLoader(LoaderPlans.loaderPlanMinimal, dsg, MonitorOutputs.nullOutput());
                case "simple" -> LoaderFactory.createLoader(LoaderPlans.loaderPlanSimple, dsg, MonitorOutputs.nullOutput());
                default -> throw new IllegalArgumentException("unknown loader " + name);
            };
            loader.startBulk();
            StreamRDF sink = loader.stream();
            for (Map.Entry<Node, Graph> e : graphs.entrySet()) {
                var it = e.getValue().find();
                while (it.hasNext()) {
                    sink.quad(Quad.create(e.getKey(), it.next()));
                    n++;
                }
            }
            loader.finishBulk();
            TDBInternal.expel(dsg);
            System.out.printf(Locale.ROOT, "%-10s %,d quads in %.2f s (process CPU %.2f s), %,d MB on disk%n", name, n,
                    (System.nanoTime() - t) / 1e9, (cpuNanos() - cpu) / 1e9, size(dir) >> 20);
            delete(dir);
        }
    }

    /** CPU time of the whole process (all threads, GC included): comparable even on a busy machine. */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
