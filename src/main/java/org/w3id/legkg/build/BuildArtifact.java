package org.w3id.legkg.build;

import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Something a build writes into its build directory beside the store, before the build is made current
 * (text index, documentation, dumps, statistics). A failure fails the build, so an incomplete artifact never
 * becomes current. Artifacts run concurrently with the TDB2 load and with each other, so each writes only
 * its own files and only reads the graphs.
 */
public interface BuildArtifact {
    /** Short name shown in the progress output, e.g. "text-index". */
    String name();

    /**
     * @param buildDir the new build's directory (the TDB2 store in {@code buildDir/tdb2} may still be loading)
     * @param graphs   the graphs just loaded, by graph name (ontology, data, inferred, and any extra)
     * @param project  the project sources
     * @return one line saying what was written, for the progress output
     */
    String write(Path buildDir, Map<Node, Graph> graphs, ProjectLayout project);

    /** True for an artifact that reads what the others wrote (e.g. the dumps' checksums): it runs after them all. */
    default boolean readsOtherArtifacts() { return false; }
}
