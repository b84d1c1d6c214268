package org.w3id.legkg.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.legkg.LegkgException;
import org.w3id.legkg.Namespaces;
import org.w3id.legkg.build.BuildArtifact;
import org.w3id.legkg.build.Progress;
import org.w3id.legkg.build.ProjectLayout;

/**
 * Build artifact: the ontology document the server publishes at {@code /ontology} — the ontology graph in
 * Turtle, RDF/XML (what Protégé asks for), JSON-LD and N-Triples, and its HTML documentation. Written at
 * build time because a served build never changes, so every request can be a plain file read.
 */
public final class OntologyDocumentation implements BuildArtifact {
    /** The RDF syntaxes written, with the Jena writer used for each. */
    static final Map<Representation, RDFFormat> SYNTAXES = Map.of(
            Representation.TURTLE, RDFFormat.TURTLE_PRETTY,
            // Plain RDF/XML: no abbreviations, every OWL parser reads it, blank nodes included.
            Representation.RDFXML, RDFFormat.RDFXML_PLAIN,
            Representation.JSONLD, RDFFormat.JSONLD11,
            Representation.NTRIPLES, RDFFormat.NTRIPLES);

    @Override
    public String name() { return "ontology-docs"; }

    @Override
    public String write(Path buildDir, Map<Node, Graph> graphs, ProjectLayout project) {
        Graph ontology = graphs.get(Namespaces.GRAPH_ONTOLOGY);
        if (ontology == null)
            throw new LegkgException("ontology-docs: the build has no graph " + Namespaces.GRAPH_ONTOLOGY.getURI());
        PublishLayout layout = new PublishLayout(buildDir);
        Graph withPrefixes = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(withPrefixes::add);
        withPrefixes.getPrefixMapping().setNsPrefixes(ontology.getPrefixMapping());
        if (withPrefixes.getPrefixMapping().getNsPrefixURI("lk") == null) withPrefixes.getPrefixMapping().setNsPrefix("lk", Namespaces.LK);

        List<DocModel.Download> downloads = new ArrayList<>();
        for (Representation r : List.of(Representation.TURTLE, Representation.RDFXML, Representation.JSONLD, Representation.NTRIPLES)) {
            Path file = layout.ontologyFile(r);
            writeAtomically(file, out -> RDFWriter.source(withPrefixes).format(SYNTAXES.get(r)).output(out));
            downloads.add(new DocModel.Download("/ontology." + r.extension(), r.displayName(), r.mediaType()));
        }
        String html = HtmlTemplates.get().render("ontology.ftlh", OntologyDocBuilder.build(withPrefixes, downloads));
        writeAtomically(layout.ontologyFile(Representation.HTML), out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
        return Progress.count(ontology.size()) + " triples as Turtle, RDF/XML, JSON-LD, N-Triples and HTML ("
                + Progress.count(html.length()) + " characters) in " + buildDir.relativize(layout.ontologyDir());
    }

    @FunctionalInterface
    interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /** Writes to a temporary file and renames it, so a reader never sees half a file. */
    static void writeAtomically(Path file, Writing writing) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writing.to(out);
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
