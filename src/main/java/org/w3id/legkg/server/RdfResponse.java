package org.w3id.legkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Sends a graph in the RDF syntax the Accept header prefers: Turtle, JSON-LD, N-Triples or RDF/XML. */
final class RdfResponse {
    static final List<String> OFFERS = List.of("text/turtle", "application/ld+json", "application/n-triples",
            "application/rdf+xml", "application/json");

    private RdfResponse() {}

    /** @param etag sent, and checked against If-None-Match, when not null */
    static void send(HttpServletRequest req, HttpServletResponse resp, Graph graph, String etag) throws IOException {
        String chosen = Negotiation.choose(req.getHeader("Accept"), OFFERS).orElse(null);
        if (chosen == null) {
            new Problem(406, "None of the media types in Accept: " + req.getHeader("Accept") + " is available here")
                    .available(OFFERS).send(resp);
            return;
        }
        resp.setHeader("Vary", "Accept");
        if (etag != null) {
            String variant = ResultCache.etag(etag + "\n" + chosen);
            resp.setHeader("ETag", variant);
            resp.setHeader("Cache-Control", "public, max-age=300");
            if (ResultCache.matches(req.getHeader("If-None-Match"), variant)) {
                resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        RDFFormat format = switch (chosen) {
            case "application/ld+json", "application/json" -> RDFFormat.JSONLD11;
            case "application/n-triples" -> RDFFormat.NTRIPLES;
            case "application/rdf+xml" -> RDFFormat.RDFXML;
            default -> RDFFormat.TURTLE_PRETTY;
        };
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        RDFDataMgr.write(buf, graph, format);
        resp.setStatus(200);
        // the media type negotiated, not Jena's name for the writer (JSON-LD 1.1's is "x/ld-json-11")
        resp.setContentType((chosen.equals("application/json") ? "application/ld+json" : chosen) + ";charset=utf-8");
        resp.setContentLength(buf.size());
        if (!req.getMethod().equals("HEAD"))
            try (OutputStream out = resp.getOutputStream()) {
                buf.writeTo(out);
            }
    }
}
