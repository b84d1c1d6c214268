package org.w3id.legkg.server.linkeddata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.WebContent;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.legkg.publish.PublicIris;
import org.w3id.legkg.publish.Representation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /.well-known/void}: the VoID and DCAT description the build computed, with the build time
 * added as {@code dcterms:modified} (the same instant as Last-Modified). Turtle by default; JSON-LD,
 * N-Triples and RDF/XML by Accept or suffix.
 */
final class VoidServlet extends LinkedDataServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = PublicIris.path(PublicIris.VOID);

    static final Conneg CONNEG = Conneg.offering()
            .offer(Representation.TURTLE, "application/x-turtle")
            .offer(Representation.JSONLD, WebContent.contentTypeJSON)
            .offer(Representation.NTRIPLES)
            .offer(Representation.RDFXML)
            .build();

    private final transient Model description;
    private final transient Map<Representation, byte[]> cache = new ConcurrentHashMap<>();

    VoidServlet(LinkedDataContext ctx) {
        super(ctx);
        if (Files.isRegularFile(ctx.publish.voidFile())) {
            description = RDFDataMgr.loadModel(ctx.publish.voidFile().toString());
            var modified = description.createTypedLiteral(ctx.buildTime(), XSDDatatype.XSDdateTime);
            description.getResource(PublicIris.DATASET).addLiteral(DCTerms.modified, modified);
            description.getResource(PublicIris.CATALOG_RECORD).addLiteral(DCTerms.modified, modified);
        } else {
            LOG.warn("No VoID description in {}: /.well-known/void answers 503 until the store is rebuilt", ctx.publish.voidFile());
            description = null;
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = rawPath(req);
        Representation r = null;
        if (!path.equals(PATH)) {
            Optional<Representation> bySuffix = path.startsWith(PATH + ".")
                    ? Representation.byExtension(path.substring(PATH.length() + 1)).filter(CONNEG.representations()::contains)
                    : Optional.empty();
            if (bySuffix.isEmpty()) {
                error(req, resp, 404, "Nothing at " + path + ": the VoID description is at " + PATH + ".", List.of());
                return;
            }
            r = bySuffix.get();
        }
        if (r == null) {
            vary(resp, "Accept");
            Optional<Representation> chosen = CONNEG.choose(req.getHeader("Accept"));
            if (chosen.isEmpty()) {
                error(req, resp, 406, "None of the media types in 'Accept: " + req.getHeader("Accept")
                        + "' is available for the VoID description.", CONNEG.representations(), PATH);
                return;
            }
            r = chosen.get();
            resp.setHeader("Content-Location", PATH + "." + r.extension());
        }
        alternates(req, resp, PATH, CONNEG.representations());
        if (description == null) {
            error(req, resp, 503, "This build has no VoID description (" + ctx.publish.voidFile()
                    + " is missing); rebuild with `legkg build --force`.", List.of());
            return;
        }
        if (ctx.caching.validators(req, resp, "void-" + r.extension())) return;
        Representation rep = r;
        send(resp, r.contentType(), cache.computeIfAbsent(r, k -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            synchronized (description) { // Jena models are not safe for concurrent readers while writing prefixes
                RDFWriter.source(description).format(rep.format()).output(out);
            }
            return out.toByteArray();
        }));
    }
}
