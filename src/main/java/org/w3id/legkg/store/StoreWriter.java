package org.w3id.legkg.store;

import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/** Load stage: bulk-loads named graphs into a new TDB2 database in a build directory nobody reads yet. */
public final class StoreWriter {
    private StoreWriter() {}

    /** @return the number of quads loaded */
    public static long write(Path buildDir, Map<Node, Graph> graphs, LoadListener listener) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(StoreLayout.tdbDir(buildDir).toString());
        long n = 0;
        Throwable failure = null;
        try {
            // Sequential, not phased or parallel: on the 2-core target the parallel loaders' index threads
            // compete for the cores. 1M-triple project (1.16M quads), 2 cores: sequential 28-41 s wall /
            // 16-21 s CPU, phased 57-58 s / 31-32 s, parallel 95 s / 35 s (bench/README.md, LoadBench). The
            // build also runs validation and the other artifacts on the second core meanwhile.
            DataLoader loader = LoaderFactory.sequentialLoader(dsg, MonitorOutputs.nullOutput());
            loader.startBulk();
            try {
                StreamRDF sink = loader.stream();
                for (Map.Entry<Node, Graph> e : graphs.entrySet()) {
                    Node g = e.getKey();
                    var it = e.getValue().find();
                    while (it.hasNext()) {
                        var t = it.next();
                        sink.quad(Quad.create(g, t));
                        listener.loaded(++n);
                    }
                }
                loader.finishBulk();
            } catch (RuntimeException ex) {
                loader.finishException(ex);
                throw ex;
            }
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            release(dsg, failure);
        }
        return n;
    }

    /**
     * Releases the files and the TDB lock: the build is handed over by directory, not by open object. After a
     * failed load the write transaction may still be open (on a full disk even its abort fails to write), and
     * TDB then refuses to let go ("Can't expel: Active transactions"); the build is discarded anyway, so it is
     * let go by force, and a failure to do even that never hides the failure that stopped the load.
     */
    private static void release(DatasetGraph dsg, Throwable failure) {
        try {
            TDBInternal.expel(dsg, failure != null);
        } catch (RuntimeException e) {
            if (failure == null) throw e;
            failure.addSuppressed(e);
        }
    }
}
