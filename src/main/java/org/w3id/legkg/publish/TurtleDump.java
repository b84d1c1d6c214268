package org.w3id.legkg.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.legkg.Namespaces;
import org.w3id.legkg.build.BuildArtifact;
import org.w3id.legkg.build.Progress;
import org.w3id.legkg.build.ProjectLayout;

/** Build artifact: the store's graphs merged into one, as a gzipped Turtle dump for tools that read triples only. */
public final class TurtleDump implements BuildArtifact {

    @Override
    public String name() { return "ttl-dump"; }

    @Override
    public String write(Path buildDir, Map<Node, Graph> graphs, ProjectLayout project) {
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(PrefixMapping.Standard)
                .setNsPrefix("lk", Namespaces.LK).setNsPrefix("lkd", Namespaces.LKD);
        Graph ontology = graphs.get(Namespaces.GRAPH_ONTOLOGY);
        if (ontology != null) prefixes.setNsPrefixes(ontology.getPrefixMapping());
        Path ttl = new PublishLayout(buildDir).dump(PublishLayout.TURTLE_DUMP);
        long[] triples = {0};
        OntologyDocumentation.writeAtomically(ttl, out -> {
            try (GZIPOutputStream gz = DumpFiles.gzip(out)) {
                // Streamed graph by graph rather than copied into one union graph first (a million triples).
                StreamRDF turtle = StreamRDFWriter.getWriterStream(gz, RDFFormat.TURTLE_BLOCKS);
                turtle.start();
                prefixes.getNsPrefixMap().forEach(turtle::prefix);
                List<Graph> written = new ArrayList<>();
                for (Graph g : graphs.values()) {
                    g.find().forEachRemaining((Triple t) -> {
                        if (DatasetStatistics.inEarlier(written, t)) return;
                        turtle.triple(t);
                        triples[0]++;
                    });
                    written.add(g);
                }
                turtle.finish();
            }
        });
        return PublishLayout.TURTLE_DUMP + " (" + Progress.count(triples[0]) + " triples, " + DumpFiles.kib(ttl) + ")";
    }
}
