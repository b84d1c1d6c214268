package org.w3id.legkg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.legkg.Namespaces;
import org.w3id.legkg.build.ProjectLayout;
import org.w3id.legkg.build.SourceGraphs;
import org.w3id.legkg.build.SourceReader;

/**
 * Writes a LegKG project at a chosen scale: the same ontology, shapes and queries, and the seed data/
 * repeated as many times as it takes to reach the requested number of data triples. Copy k renames every
 * lkd: individual to {@code lkd:NameCk} and its rdfs:label and skos:altLabel values to "label (k)", so
 * names, labels and synonyms stay unique as the shapes and the label lookup require; claims and table parts keep their labels (records, whose labels are
 * headings), and the controlled qualifiers (lk:Qualifier) are shared by all copies like any reviewed
 * vocabulary. Each copy has exactly the shape of the real data: the same classes, properties, claims,
 * tables and chains, and the same inferences, so a build of N copies infers N times what the seed infers.
 *
 * <pre>java -cp TEST_CLASSES:legkg.jar org.w3id.legkg.bench.ScaleDataGenerator --source . --out /tmp/legkg-1m --triples 1000000</pre>
 */
public final class ScaleDataGenerator {
    /** Copies per data file: files of roughly 100k triples, like a large hand-split dataset. */
    private static final int COPIES_PER_FILE = 8;

    private ScaleDataGenerator() {}

    public static void main(String[] args) {
        Path source = Path.of("."), out = null;
        long triples = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--source" -> source = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--triples" -> triples = Long.parseLong(args[++i].replace("_", ""));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (usage: --source PROJECT --out DIR --triples N)");
            }
        }
        if (out == null || triples <= 0) throw new IllegalArgumentException("usage: --source PROJECT --out DIR --triples N");
        long t0 = System.nanoTime();
        Result r = generate(source, out, triples);
        System.out.printf(Locale.ROOT, "wrote %s: %,d copies of the %,d seed triples, %,d data triples in %d files (%.1f s)%n",
                out, r.copies(), r.seedTriples(), r.written(), r.files(), (System.nanoTime() - t0) / 1e9);
    }

    public record Result(long seedTriples, int copies, long written, int files) {}

    public static Result generate(Path sourceRoot, Path outRoot, long targetTriples) {
        ProjectLayout source = new ProjectLayout(sourceRoot);
        ProjectLayout out = new ProjectLayout(outRoot);
        List<Path> seedFiles = source.turtleFiles(source.dataDir());
        if (seedFiles.isEmpty()) throw new IllegalStateException(source.dataDir() + " has no Turtle files to scale up");
        SourceGraphs sources = new SourceReader(source).read();   // claims in the lk:Claim form the build makes
        Graph seed = sources.data();
        Graph ontology = sources.ontology();
        Copier copier = new Copier(
                instancesOf(seed, subclassesOf(ontology, Set.of("Qualifier"))),
                instancesOf(seed, subclassesOf(ontology, Set.of("Claim", "ComparisonTable", "TableRow", "TableColumn", "ArticleSection"))));
        List<Triple> triples = seed.find().toList();
        long perCopy = triples.stream().filter(t -> !copier.shared().contains(t.getSubject())).count();
        int copies = (int) Math.max(1, 1 + (targetTriples - triples.size() + perCopy - 1) / perCopy);
        try {
            org.w3id.legkg.store.BuildCleaner.deleteTree(outRoot);
            for (Path dir : List.of(source.ontologyDir(), source.shapesDir(), source.queriesDir()))
                copyTree(dir, outRoot.resolve(dir.getFileName().toString()));
            Files.createDirectories(out.dataDir());
            int files = 0;
            long written = 0;
            for (int first = 0; first < copies; first += COPIES_PER_FILE) {
                Path file = out.dataDir().resolve(String.format(Locale.ROOT, "scale-%05d.ttl", files++));
                try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                    StreamRDF w = StreamRDFWriter.getWriterStream(os, RDFFormat.TURTLE_BLOCKS);
                    w.start();
                    w.prefix("lk", Namespaces.LK);
                    w.prefix("lkd", Namespaces.LKD);
                    w.prefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
                    w.prefix("rdfs", RDFS.uri);
                    w.prefix("xsd", "http://www.w3.org/2001/XMLSchema#");
                    w.prefix("skos", "http://www.w3.org/2004/02/skos/core#");
                    w.prefix("dcterms", "http://purl.org/dc/terms/");
                    w.prefix("obo", "http://purl.obolibrary.org/obo/");
                    w.prefix("prov", "http://www.w3.org/ns/prov#");
                    for (int k = first; k < Math.min(copies, first + COPIES_PER_FILE); k++) {
                        for (Triple t : triples) {
                            Triple c = copier.copy(t, k);
                            if (c != null) {
                                w.triple(c);
                                written++;
                            }
                        }
                    }
                    w.finish();
                }
            }
            return new Result(triples.size(), copies, written, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param shared  individuals all copies use as they are (controlled vocabulary)
     * @param records individuals whose labels are headings, repeated freely (claims, tables, rows, columns)
     */
    record Copier(Set<Node> shared, Set<Node> records) {
        /** Copy 0 is the seed itself; null for a triple about shared vocabulary, which copy 0 already has. */
        Triple copy(Triple t, int k) {
            if (k == 0) return t;
            Node s = t.getSubject(), o = t.getObject();
            if (shared.contains(s)) return null;
            if (isLabel(t.getPredicate()) && isIndividual(s) && o.isLiteral() && !records.contains(s)) {
                o = NodeFactory.createLiteralLang(o.getLiteralLexicalForm() + " (" + k + ")", o.getLiteralLanguage());
            } else {
                o = rename(o, k);
            }
            return Triple.create(rename(s, k), t.getPredicate(), o);
        }

        private Node rename(Node n, int k) {
            // The copy suffix goes on the first part of a name, so that a contextual mechanism
            // (lkd:<Deficiency>-<Mechanism>) stays named after its copied deficiency as the shapes require.
            if (isIndividual(n) && !shared.contains(n)) {
                String uri = n.getURI();
                int dash = records.contains(n) ? -1 : uri.indexOf('-', Namespaces.LKD.length());
                return NodeFactory.createURI(dash < 0 ? uri + "C" + k : uri.substring(0, dash) + "C" + k + uri.substring(dash));
            }
            if (n.isBlank()) return NodeFactory.createBlankNode(n.getBlankNodeLabel() + "_" + k);
            return n;
        }
    }

    /** Labels and synonyms: the label lookup of the API must find one individual per name, as in the seed. */
    private static boolean isLabel(Node p) {
        return p.equals(RDFS.label.asNode()) || p.equals(SKOS.altLabel.asNode());
    }

    private static boolean isIndividual(Node n) {
        return n.isURI() && n.getURI().startsWith(Namespaces.LKD);
    }

    /** The named lk: classes and all their told subclasses in the ontology. */
    private static Set<Node> subclassesOf(Graph ontology, Set<String> localNames) {
        Set<Node> out = new HashSet<>();
        for (String n : localNames) out.add(NodeFactory.createURI(Namespaces.LK + n));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Triple t : ontology.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).toList())
                if (t.getSubject().isURI() && out.contains(t.getObject())) changed |= out.add(t.getSubject());
        }
        return out;
    }

    private static Set<Node> instancesOf(Graph data, Set<Node> classes) {
        Set<Node> out = new HashSet<>();
        data.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (classes.contains(t.getObject())) out.add(t.getSubject());
        });
        return out;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) return;
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
