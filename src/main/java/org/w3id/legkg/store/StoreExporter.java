package org.w3id.legkg.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.w3id.legkg.Namespaces;

/** Writes the store, or a selection of its graphs, in one RDF syntax. */
public final class StoreExporter {

    public enum Graphs {
        ASSERTED(Namespaces.GRAPH_ONTOLOGY, Namespaces.GRAPH_DATA),
        INFERRED(Namespaces.GRAPH_INFERRED),
        ALL(Namespaces.GRAPH_ONTOLOGY, Namespaces.GRAPH_DATA, Namespaces.GRAPH_INFERRED);

        final List<Node> names;
        Graphs(Node... names) { this.names = List.of(names); }
    }

    public enum Format {
        NQ("nq"), TRIG("trig"), TTL("ttl"), JSONLD("jsonld");
        public final String extension;
        Format(String ext) { this.extension = ext; }
    }

    private StoreExporter() {}

    /** @return the number of quads (or triples, for Turtle) written */
    public static long export(DatasetGraph store, Graphs graphs, Format format, OutputStream out) {
        return Txn.calculateRead(store, () -> {
            List<Quad> quads = new ArrayList<>();
            for (Node g : graphs.names) store.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            switch (format) {
                case NQ -> {
                    List<String> lines = CanonicalNQuads.lines(quads);
                    writeLines(lines, out);
                    return (long) lines.size();
                }
                case TRIG, JSONLD -> {
                    DatasetGraph copy = DatasetGraphFactory.create();
                    quads.forEach(copy::add);
                    copy.prefixes().putAll(store.prefixes());
                    addStandardPrefixes(copy);
                    RDFDataMgr.write(out, copy, format == Format.TRIG ? RDFFormat.TRIG_BLOCKS : RDFFormat.JSONLD11);
                    return (long) quads.size();
                }
                case TTL -> {
                    var model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
                    quads.forEach(q -> model.getGraph().add(q.asTriple()));
                    model.setNsPrefix("lk", Namespaces.LK).setNsPrefix("lkd", Namespaces.LKD)
                         .setNsPrefixes(org.apache.jena.shared.PrefixMapping.Standard);
                    RDFDataMgr.write(out, model, RDFFormat.TURTLE_BLOCKS);
                    return model.size();
                }
                default -> throw new IllegalArgumentException(format.name());
            }
        });
    }

    private static void addStandardPrefixes(DatasetGraph dsg) {
        dsg.prefixes().add("lk", Namespaces.LK);
        dsg.prefixes().add("lkd", Namespaces.LKD);
        org.apache.jena.shared.PrefixMapping.Standard.getNsPrefixMap().forEach(dsg.prefixes()::add);
    }

    private static void writeLines(List<String> lines, OutputStream out) {
        try {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            for (String l : lines) {
                w.write(l);
                w.write('\n');
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
