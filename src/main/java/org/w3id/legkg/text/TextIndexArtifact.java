package org.w3id.legkg.text;

import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.legkg.build.BuildArtifact;
import org.w3id.legkg.build.ProjectLayout;
import org.w3id.legkg.build.Progress;

/**
 * Build step: the full-text index of labels and synonyms, written from the graphs just loaded (the same
 * triples as the store holds) into {@code builds/ID/lucene} before the manifest, so an interrupted build
 * never becomes current with a missing or partial index.
 */
public final class TextIndexArtifact implements BuildArtifact {
    @Override
    public String name() { return "text-index"; }

    @Override
    public String write(Path buildDir, Map<Node, Graph> graphs, ProjectLayout project) {
        long docs = LabelTextIndex.build(LabelTextIndex.dir(buildDir), graphs.values());
        return Progress.count(docs) + " labels and synonyms into " + LabelTextIndex.DIR_NAME + "/";
    }
}
