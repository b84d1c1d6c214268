package org.w3id.legkg.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.legkg.build.BuildArtifact;
import org.w3id.legkg.build.ProjectLayout;

/**
 * Build step: copies queries/*.rq into the build ({@code builds/ID/queries}), so a build is self-contained:
 * the server answers /api from the very queries the build's examples graph and fingerprint were made from,
 * whatever happens to the project folder after.
 */
public final class CannedQueryArtifact implements BuildArtifact {
    public static final String DIR_NAME = "queries";

    public static Path dir(Path buildDir) {
        return buildDir.resolve(DIR_NAME);
    }

    @Override
    public String name() { return "queries"; }

    @Override
    public String write(Path buildDir, Map<Node, Graph> graphs, ProjectLayout project) {
        Path target = dir(buildDir);
        try {
            Files.createDirectories(target);
            int n = 0;
            for (Path f : project.queryFiles()) {
                Files.copy(f, target.resolve(f.getFileName()));
                n++;
            }
            return n + " canned queries into " + DIR_NAME + "/";
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the canned queries into " + target, e);
        }
    }
}
