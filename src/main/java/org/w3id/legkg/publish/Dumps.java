package org.w3id.legkg.publish;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.legkg.Namespaces;
import org.w3id.legkg.build.BuildArtifact;
import org.w3id.legkg.build.Progress;
import org.w3id.legkg.build.ProjectLayout;
import org.w3id.legkg.store.CanonicalNQuads;

/**
 * Build artifact: the whole store as downloadable dumps, gzipped. N-Quads keep every named graph (so
 * asserted and inferred stay apart) and are sorted with canonical blank-node labels, like
 * {@code legkg export}, so the same sources always give the same bytes; Turtle merges the graphs into one
 * for tools that read triples only.
 */
public final class Dumps implements BuildArtifact {

    @Override
    public String name() { return "dumps"; }

    @Override
    public String write(Path buildDir, Map<Node, Graph> graphs, ProjectLayout project) {
        PublishLayout layout = new PublishLayout(buildDir);
        List<Quad> quads = new ArrayList<>();
        graphs.forEach((name, g) -> g.find().forEachRemaining(t -> quads.add(Quad.create(name, t))));
        List<String> lines = CanonicalNQuads.lines(quads);
        Path nq = layout.dump(PublishLayout.NQUADS_DUMP);
        OntologyDocumentation.writeAtomically(nq, out -> {
            // GZIPOutputStream writes a zero timestamp in its header, so equal content gives equal bytes.
            try (var w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
                for (String line : lines) {
                    w.write(line);
                    w.write('\n');
                }
            }
        });

        Graph union = GraphFactory.createDefaultGraph();
        graphs.values().forEach(g -> g.find().forEachRemaining(union::add));
        union.getPrefixMapping().setNsPrefixes(PrefixMapping.Standard)
                .setNsPrefix("lk", Namespaces.LK).setNsPrefix("lkd", Namespaces.LKD);
        Graph ontology = graphs.get(Namespaces.GRAPH_ONTOLOGY);
        if (ontology != null) union.getPrefixMapping().setNsPrefixes(ontology.getPrefixMapping());
        Path ttl = layout.dump(PublishLayout.TURTLE_DUMP);
        OntologyDocumentation.writeAtomically(ttl, out -> {
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                RDFWriter.source(union).format(RDFFormat.TURTLE_BLOCKS).output(gz);
            }
        });
        return PublishLayout.NQUADS_DUMP + " (" + Progress.count(lines.size()) + " quads, " + kib(nq) + "), "
                + PublishLayout.TURTLE_DUMP + " (" + Progress.count(union.size()) + " triples, " + kib(ttl) + ")";
    }

    private static String kib(Path file) {
        try {
            return Progress.count(Math.max(1, Files.size(file) / 1024)) + " KiB";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot read the size of " + file, e);
        }
    }
}
