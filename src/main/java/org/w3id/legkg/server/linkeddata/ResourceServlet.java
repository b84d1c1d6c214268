package org.w3id.legkg.server.linkeddata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.WebContent;
import org.apache.jena.system.Txn;
import org.w3id.legkg.Namespaces;
import org.w3id.legkg.publish.HtmlTemplates;
import org.w3id.legkg.publish.Representation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /id/{name}}: the description of {@code https://w3id.org/legkg/id/{name}}, answered with 200 at
 * the IRI itself (no 303), in the representation the Accept header asks for; {@code /id/{name}.ttl} and
 * the other suffixes name one representation directly. {@code /id/} is the index page.
 */
final class ResourceServlet extends LinkedDataServlet {
    private static final long serialVersionUID = 1L;

    /** Turtle first: it is what curl (*}{@code /*}), no Accept, Jena and rdflib get. */
    static final Conneg CONNEG = Conneg.offering()
            .offer(Representation.TURTLE, "application/x-turtle")
            .offer(Representation.JSONLD, WebContent.contentTypeJSON)
            .offer(Representation.NTRIPLES)
            .offer(Representation.RDFXML)
            .offer(Representation.TRIG)
            .offer(Representation.NQUADS)
            .offer(Representation.HTML, "application/xhtml+xml")
            .build();

    /** Enough for every representation of a few hundred well-linked resources. */
    static final long CACHE_BYTES = 64L << 20;

    private final transient IndexPage index;
    private final transient BodyCache cache = new BodyCache(CACHE_BYTES);

    ResourceServlet(LinkedDataContext ctx) {
        super(ctx);
        this.index = new IndexPage(ctx);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = rawPath(req);
        if (path.equals("/id")) {
            resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            resp.setHeader("Location", "/id/");
            return;
        }
        String name = path.substring("/id/".length());
        if (name.isEmpty()) {
            index.answer(req, resp);
            return;
        }
        if (name.contains("/")) {
            error(req, resp, 404, "No resource " + Namespaces.LKD + name + ": LegKG names have no '/' (see /id/ for all resources).", List.of());
            return;
        }
        Txn.executeRead(ctx.dataset, () -> {
            try {
                answer(req, resp, name);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private void answer(HttpServletRequest req, HttpServletResponse resp, String name) throws IOException {
        StoreTerms terms = new StoreTerms(ctx.dataset);
        Representation forced = null;
        String local = name;
        Node x = NodeFactory.createURI(Namespaces.LKD + name);
        int dot = name.lastIndexOf('.');
        if (!terms.exists(x) && dot > 0) {
            // /id/VitaminD.ttl names the Turtle of lkd:VitaminD (a resource whose own name has a dot wins).
            Optional<Representation> bySuffix = Representation.byExtension(name.substring(dot + 1));
            Node base = NodeFactory.createURI(Namespaces.LKD + name.substring(0, dot));
            if (bySuffix.isPresent() && terms.exists(base)) {
                forced = bySuffix.get();
                local = name.substring(0, dot);
                x = base;
            }
        }
        String pathNoSuffix = "/id/" + local;
        if (!terms.exists(x)) {
            error(req, resp, 404, "No resource " + x.getURI() + " in this build of LegKG (see /id/ for all resources).", List.of());
            return;
        }
        Representation r;
        if (forced != null) {
            r = forced;
        } else {
            vary(resp, "Accept");
            Optional<Representation> chosen = CONNEG.choose(req.getHeader("Accept"));
            if (chosen.isEmpty()) {
                alternates(req, resp, pathNoSuffix, CONNEG.representations());
                error(req, resp, 406, "None of the media types in 'Accept: " + req.getHeader("Accept") + "' is available for "
                        + x.getURI() + ".", CONNEG.representations(), pathNoSuffix);
                return;
            }
            r = chosen.get();
            resp.setHeader("Content-Location", pathNoSuffix + "." + r.extension());
        }
        alternates(req, resp, pathNoSuffix, CONNEG.representations());
        if (ctx.caching.validators(req, resp, r.extension())) return;
        Node resource = x;
        Representation rep = r;
        byte[] body = cache.get(local + "." + r.extension(), () -> {
            ResourceDescription d = ResourceDescription.describe(ctx.dataset, resource);
            if (rep != Representation.HTML) return RdfOutput.write(d, rep);
            Map<String, Object> model = ResourcePage.model(terms, d, pathNoSuffix);
            model.put("buildTime", ctx.buildTime());
            return HtmlTemplates.get().render("resource.ftlh", model).getBytes(StandardCharsets.UTF_8);
        });
        send(resp, r.contentType(), body);
    }
}
