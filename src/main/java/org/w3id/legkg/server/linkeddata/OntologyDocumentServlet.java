package org.w3id.legkg.server.linkeddata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.WebContent;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;
import org.w3id.legkg.Namespaces;
import org.w3id.legkg.publish.Representation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /ontology} and its version IRI path ({@code /ontology/1.0.0}): the ontology document written
 * by the build. RDF/XML comes first — it is OWL's one mandatory exchange syntax, what a request without
 * Accept or with {@code *}{@code /*} gets (as w3id.org's ontology recipes do), and what OWL API (Protégé's
 * "open from URL") asks for with {@code application/rdf+xml, application/xml; q=0.7, ...}. Browsers get the
 * HTML documentation, whose anchors are the terms' local names, so {@code ontology#Vitamin} lands on its
 * entry. {@code /ontology.ttl}, {@code .rdf}, {@code .owl}, {@code .jsonld}, {@code .nt}, {@code .html}
 * name one representation.
 */
final class OntologyDocumentServlet extends LinkedDataServlet {
    private static final long serialVersionUID = 1L;

    static final Conneg CONNEG = Conneg.offering()
            .offer(Representation.RDFXML, WebContent.contentTypeXML, "text/xml")
            .offer(Representation.TURTLE, "application/x-turtle")
            .offer(Representation.JSONLD, WebContent.contentTypeJSON)
            .offer(Representation.NTRIPLES)
            .offer(Representation.HTML, "application/xhtml+xml")
            .build();

    private final transient Map<Representation, byte[]> cache = new ConcurrentHashMap<>();
    /** The path of the version IRI (e.g. /ontology/1.0.0), if the ontology states one in our IRI space. */
    private final String versionPath;

    OntologyDocumentServlet(LinkedDataContext ctx) {
        super(ctx);
        Node ont = NodeFactory.createURI(Namespaces.ONTOLOGY_IRI);
        this.versionPath = Txn.calculateRead(ctx.dataset, () -> {
            var it = ctx.dataset.find(Namespaces.GRAPH_ONTOLOGY, ont, OWL2.versionIRI.asNode(), Node.ANY);
            while (it.hasNext()) {
                Node v = it.next().getObject();
                if (v.isURI() && v.getURI().startsWith(Namespaces.ONTOLOGY_IRI + "/")) return "/" + v.getURI().substring(Namespaces.BASE.length());
            }
            return null;
        });
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = rawPath(req);
        String document = null;
        Representation forced = null;
        for (String doc : versionPath == null ? List.of("/ontology") : List.of("/ontology", versionPath)) {
            if (path.equals(doc)) document = doc;
            else if (path.startsWith(doc + ".")) {
                Optional<Representation> r = suffix(path.substring(doc.length() + 1));
                if (r.isPresent()) {
                    document = doc;
                    forced = r.get();
                }
            }
        }
        if (document == null) {
            error(req, resp, 404, "No ontology document at " + path + ": the ontology is at /ontology"
                    + (versionPath != null ? " and its version IRI at " + versionPath : "") + ".", List.of());
            return;
        }
        Representation r = forced;
        if (r == null) {
            vary(resp, "Accept");
            Optional<Representation> chosen = CONNEG.choose(req.getHeader("Accept"));
            if (chosen.isEmpty()) {
                alternates(req, resp, document, CONNEG.representations());
                error(req, resp, 406, "None of the media types in 'Accept: " + req.getHeader("Accept")
                        + "' is available for the ontology " + Namespaces.ONTOLOGY_IRI + ".", CONNEG.representations(), document);
                return;
            }
            r = chosen.get();
            resp.setHeader("Content-Location", document + "." + r.extension());
        }
        alternates(req, resp, document, CONNEG.representations());
        Path file = ctx.publish.ontologyFile(r);
        if (!Files.isRegularFile(file)) {
            error(req, resp, 503, "This build has no ontology document " + file + " (it was built without the ontology-docs "
                    + "artifact); rebuild with `legkg build --force`.", List.of());
            return;
        }
        if (ctx.caching.validators(req, resp, "ontology-" + r.extension())) return;
        Representation rep = r;
        send(resp, r.contentType(), cache.computeIfAbsent(r, k -> read(ctx.publish.ontologyFile(rep))));
    }

    private static Optional<Representation> suffix(String ext) {
        return ext.equals("owl") ? Optional.of(Representation.RDFXML)
                : Representation.byExtension(ext).filter(CONNEG.representations()::contains);
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot read " + file, e);
        }
    }
}
