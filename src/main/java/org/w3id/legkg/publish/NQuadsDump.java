package org.w3id.legkg.publish;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.w3id.legkg.build.BuildArtifact;
import org.w3id.legkg.build.Progress;
import org.w3id.legkg.build.ProjectLayout;
import org.w3id.legkg.store.CanonicalNQuads;

/**
 * Build artifact: the whole store as a gzipped N-Quads dump. It keeps every named graph (so asserted and
 * inferred stay apart) and is sorted with canonical blank-node labels, like {@code legkg export}, so the
 * same sources always give the same bytes.
 */
public final class NQuadsDump implements BuildArtifact {

    @Override
    public String name() { return "nq-dump"; }

    @Override
    public String write(Path buildDir, Map<Node, Graph> graphs, ProjectLayout project) {
        List<Quad> quads = new ArrayList<>();
        graphs.forEach((name, g) -> g.find().forEachRemaining(t -> quads.add(Quad.create(name, t))));
        List<String> lines = CanonicalNQuads.lines(quads);
        Path nq = new PublishLayout(buildDir).dump(PublishLayout.NQUADS_DUMP);
        OntologyDocumentation.writeAtomically(nq, out -> {
            try (var w = new BufferedWriter(new OutputStreamWriter(DumpFiles.gzip(out), StandardCharsets.UTF_8), 1 << 16)) {
                for (String line : lines) {
                    w.write(line);
                    w.write('\n');
                }
            }
        });
        return PublishLayout.NQUADS_DUMP + " (" + Progress.count(lines.size()) + " quads, " + DumpFiles.kib(nq) + ")";
    }
}
