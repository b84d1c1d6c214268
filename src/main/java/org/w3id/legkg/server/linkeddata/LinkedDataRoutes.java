package org.w3id.legkg.server.linkeddata;

import org.apache.jena.fuseki.main.FusekiServer;
import org.w3id.legkg.publish.Representation;
import org.w3id.legkg.store.OpenStore;

/**
 * Registers the linked-data routes on the Fuseki builder: every {@code https://w3id.org/legkg/...} IRI of
 * the store resolves on the server, for programs and for people.
 * <pre>
 *   /id/                     index page of resources (HTML)
 *   /id/{name}[.ext]         description of lkd:{name}: Turtle, JSON-LD, N-Triples, RDF/XML, TriG, N-Quads, HTML
 *   /ontology[.ext]          the ontology document (RDF/XML first, for OWL tools; HTML documentation for browsers)
 *   /ontology/{version}[.ext]  the same at its version IRI
 *   /.well-known/void[.ext]  VoID + DCAT with build-time statistics
 *   /dumps/                  gzipped N-Quads and Turtle dumps
 * </pre>
 * Route {@code /} (the query editor) and {@code /sparql}, {@code /api} belong to the SPARQL service.
 */
public final class LinkedDataRoutes {
    private LinkedDataRoutes() {}

    public static FusekiServer.Builder register(FusekiServer.Builder b, OpenStore store) {
        LinkedDataContext ctx = new LinkedDataContext(store);
        b.addServlet("/id/*", new ResourceServlet(ctx));
        OntologyDocumentServlet ontology = new OntologyDocumentServlet(ctx);
        b.addServlet("/ontology", ontology);
        b.addServlet("/ontology/*", ontology);
        // Servlet path specs cannot say "/ontology.*": one exact mapping per suffix.
        for (Representation r : OntologyDocumentServlet.CONNEG.representations()) b.addServlet("/ontology." + r.extension(), ontology);
        b.addServlet("/ontology.owl", ontology);
        VoidServlet voidServlet = new VoidServlet(ctx);
        b.addServlet(VoidServlet.PATH, voidServlet);
        for (Representation r : VoidServlet.CONNEG.representations()) b.addServlet(VoidServlet.PATH + "." + r.extension(), voidServlet);
        DumpServlet dumps = new DumpServlet(ctx);
        b.addServlet("/dumps", dumps);
        b.addServlet("/dumps/*", dumps);
        return b;
    }
}
