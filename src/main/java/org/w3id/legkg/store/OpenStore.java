package org.w3id.legkg.store;

import java.nio.file.Path;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.legkg.LegkgException;

/**
 * A built store opened for querying: the default graph is the union of the named graphs, so asserted
 * and inferred triples answer together and stay apart under GRAPH.
 */
public final class OpenStore implements AutoCloseable {
    private final Path buildDir;
    private final DatasetGraph dataset;
    private final BuildManifest manifest;

    private OpenStore(Path buildDir, DatasetGraph dataset, BuildManifest manifest) {
        this.buildDir = buildDir;
        this.dataset = dataset;
        this.manifest = manifest;
    }

    public static OpenStore openCurrent(StoreLayout store) {
        Path build = store.currentBuild().orElseThrow(() -> new LegkgException(
                "No store at " + store.dir() + ": run `legkg build` first"));
        return open(build);
    }

    public static OpenStore open(Path buildDir) {
        BuildManifest manifest = BuildManifest.readFrom(buildDir).orElseThrow(() -> new LegkgException(
                "Incomplete build at " + buildDir + " (no " + StoreLayout.manifestFile(buildDir).getFileName() + ")"));
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(StoreLayout.tdbDir(buildDir).toString());
        } catch (DBOpEnvException e) {
            throw StoreInUseException.explain(buildDir, e); // e.g. `legkg serve` has it open
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new OpenStore(buildDir, dsg, manifest);
    }

    public DatasetGraph dataset() { return dataset; }
    public Path buildDir() { return buildDir; }
    public BuildManifest manifest() { return manifest; }

    /** Sets the query timeout in milliseconds for everything run against this store. */
    public OpenStore withQueryTimeout(long millis) {
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(millis));
        return this;
    }

    @Override
    public void close() {
        TDBInternal.expel(dataset);
    }
}
