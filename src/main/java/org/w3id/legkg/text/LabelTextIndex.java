package org.w3id.legkg.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.w3id.legkg.LegkgException;

/**
 * The Lucene index of labels ({@code rdfs:label}) and synonyms ({@code skos:altLabel}) behind
 * {@code text:query}. It is written once per build into {@code STORE/builds/ID/lucene}, beside (not inside)
 * the TDB2 directory, and opened by the server over the TDB2 dataset. Build and server share this one
 * definition, so the analyzer that wrote the index is the analyzer that reads it.
 */
public final class LabelTextIndex {
    /** Directory name inside a build directory. */
    public static final String DIR_NAME = "lucene";
    public static final String FIELD_LABEL = "label";
    public static final String FIELD_ALT_LABEL = "altLabel";

    /** Records ({@link org.w3id.legkg.Records}) are left out: their labels would crowd the terms out of the ranking. */
    static final List<Node> NOT_INDEXED = org.w3id.legkg.Records.CLASSES;

    private LabelTextIndex() {}

    public static Path dir(Path buildDir) {
        return buildDir.resolve(DIR_NAME);
    }

    /** One Lucene document per label or synonym triple; the stored value is returned as the matched text. */
    public static TextIndexConfig config() {
        EntityDefinition def = new EntityDefinition("uri", FIELD_LABEL, RDFS.label.asNode());
        def.set(FIELD_ALT_LABEL, SKOS.altLabel.asNode());
        def.setLangField("lang");
        TextIndexConfig cfg = new TextIndexConfig(def);
        cfg.setValueStored(true);
        // English stemming and stop words: "cramps" finds "muscle cramp", and the "and" in "pins and needles"
        // neither helps nor hurts a match.
        cfg.setAnalyzer(new EnglishAnalyzer());
        return cfg;
    }

    /**
     * Writes a fresh index of every label and synonym of an IRI in the graphs.
     *
     * @return the number of documents written
     */
    public static long build(Path indexDir, Iterable<Graph> graphs) {
        TextIndexConfig cfg = config();
        EntityDefinition def = cfg.getEntDef();
        // Distinct and sorted, so the same sources index the same documents in the same order.
        Set<Node> bookkeeping = new java.util.HashSet<>();
        for (Graph g : graphs)
            for (Node type : NOT_INDEXED)
                g.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> bookkeeping.add(t.getSubject()));
        Set<Triple> triples = new LinkedHashSet<>();
        for (Graph g : graphs)
            for (Node p : List.of(RDFS.label.asNode(), SKOS.altLabel.asNode()))
                g.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                    if (t.getSubject().isURI() && t.getObject().isLiteral() && !bookkeeping.contains(t.getSubject()))
                        triples.add(t);
                });
        List<Triple> sorted = new ArrayList<>(triples);
        sorted.sort(Comparator.comparing((Triple t) -> t.getSubject().getURI())
                .thenComparing(t -> t.getPredicate().getURI())
                .thenComparing(t -> t.getObject().getLiteralLexicalForm())
                .thenComparing(t -> t.getObject().getLiteralLanguage()));
        try {
            if (Files.exists(indexDir)) throw new LegkgException("Text index directory already exists: " + indexDir);
            Files.createDirectories(indexDir);
            long n = 0;
            try (Directory dir = FSDirectory.open(indexDir)) {
                TextIndex index = TextDatasetFactory.createLuceneIndex(dir, cfg);
                try {
                    for (Triple t : sorted) {
                        Entity e = TextQueryFuncs.entityFromQuad(def, Quad.defaultGraphIRI, t.getSubject(), t.getPredicate(), t.getObject());
                        if (e != null) {
                            index.addEntity(e);
                            n++;
                        }
                    }
                    index.commit();
                } finally {
                    index.close();
                }
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the text index in " + indexDir, e);
        }
    }

    /** As {@link #wrap}, or the dataset itself for a build without an index (text:query then finds nothing). */
    public static DatasetGraph wrapIfPresent(DatasetGraph base, Path buildDir) {
        return Files.isDirectory(dir(buildDir)) ? wrap(base, buildDir) : base;
    }

    /**
     * The dataset with {@code text:query} over the build's index. The index is copied into memory first:
     * jena-text always opens an IndexWriter (and Lucene's write lock) on its directory, and a served build
     * must stay byte-for-byte as the build wrote it. The index holds only labels, so it is small.
     */
    public static DatasetGraph wrap(DatasetGraph base, Path buildDir) {
        Path indexDir = dir(buildDir);
        if (!Files.isDirectory(indexDir))
            throw new LegkgException("The build at " + buildDir + " has no text index (" + DIR_NAME
                    + "/): it was made by an older program; run `legkg build --force`");
        Directory memory = new ByteBuffersDirectory();
        try (Directory disk = FSDirectory.open(indexDir)) {
            for (String file : disk.listAll())
                if (!file.equals("write.lock")) memory.copyFrom(disk, file, file, IOContext.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the text index in " + indexDir, e);
        }
        return TextDatasetFactory.createLucene(base, memory, config());
    }
}
