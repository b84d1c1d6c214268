package org.w3id.legkg.server.linkeddata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.WebContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.legkg.publish.HtmlTemplates;
import org.w3id.legkg.publish.Representation;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What every linked-data servlet shares: CORS on every response (including errors), error pages that say
 * what was asked and what is available, absolute URLs for Link headers, and a last-resort handler that
 * turns an unexpected failure into a 500 naming the request.
 */
abstract class LinkedDataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final Logger LOG = LoggerFactory.getLogger("org.w3id.legkg.server.linkeddata");
    /** Headers a browser script may read besides the safelisted ones. */
    static final String EXPOSED = "ETag, Link, Content-Location, Vary, Last-Modified";

    final transient LinkedDataContext ctx;

    LinkedDataServlet(LinkedDataContext ctx) {
        this.ctx = ctx;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException, jakarta.servlet.ServletException {
        cors(resp);
        String method = req.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")) {
            resp.setHeader("Allow", "GET, HEAD, OPTIONS");
            error(req, resp, 405, "Method " + method + " not allowed on " + req.getRequestURI() + ": linked-data routes are read-only (GET, HEAD).", List.of());
            return;
        }
        try {
            super.service(req, resp);
        } catch (java.io.UncheckedIOException e) {
            // Writing the answer failed: almost always a client that went away. Nothing to answer, no alarm.
            LOG.debug("I/O error answering {} {}", method, req.getRequestURI(), e);
        } catch (RuntimeException e) {
            LOG.error("Failed to answer {} {}", method, req.getRequestURI(), e);
            if (!resp.isCommitted()) {
                resp.reset();
                cors(resp);
                error(req, resp, 500, "Internal error answering " + req.getRequestURI() + ": " + e.getMessage(), List.of());
            }
        }
    }

    @Override
    protected void doOptions(HttpServletRequest req, HttpServletResponse resp) {
        resp.setHeader("Allow", "GET, HEAD, OPTIONS");
        resp.setStatus(204);
    }

    /**
     * Adds CORS headers unless the server's CORS filter already answered for this request (it echoes the
     * Origin; overriding that with * would break credentialed requests it allowed).
     */
    static void cors(HttpServletResponse resp) {
        if (resp.getHeader("Access-Control-Allow-Origin") == null) resp.setHeader("Access-Control-Allow-Origin", "*");
        String exposed = resp.getHeader("Access-Control-Expose-Headers");
        if (exposed == null || exposed.isBlank()) {
            resp.setHeader("Access-Control-Expose-Headers", EXPOSED);
            return;
        }
        java.util.Set<String> have = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String h : exposed.split(",")) have.add(h.trim());
        StringBuilder merged = new StringBuilder(exposed);
        for (String h : EXPOSED.split(",\\s*")) if (have.add(h)) merged.append(", ").append(h);
        resp.setHeader("Access-Control-Expose-Headers", merged.toString());
    }

    /** Adds to Vary instead of replacing it: the CORS filter has already put Origin there. */
    static void vary(HttpServletResponse resp, String header) {
        String v = resp.getHeader("Vary");
        if (v == null || v.isBlank()) resp.setHeader("Vary", header);
        else if (java.util.Arrays.stream(v.split(",")).noneMatch(x -> x.trim().equalsIgnoreCase(header))) resp.setHeader("Vary", v + ", " + header);
    }

    /** scheme://host[:port] of the request, for absolute URLs in headers. */
    static String origin(HttpServletRequest req) {
        StringBuffer url = req.getRequestURL();
        String path = req.getRequestURI();
        int cut = url.indexOf(path, url.indexOf("//") + 2);
        return cut > 0 ? url.substring(0, cut) : url.toString();
    }

    /** The undecoded request path below the context path: IRIs are compared as written. */
    static String rawPath(HttpServletRequest req) {
        String uri = req.getRequestURI();
        String ctxPath = req.getContextPath();
        return ctxPath != null && !ctxPath.isEmpty() && uri.startsWith(ctxPath) ? uri.substring(ctxPath.length()) : uri;
    }

    static void send(HttpServletResponse resp, String contentType, byte[] body) throws IOException {
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** Link: one rel="alternate" per representation, as absolute URLs. */
    static void alternates(HttpServletRequest req, HttpServletResponse resp, String pathWithoutSuffix, List<Representation> reps) {
        String origin = origin(req);
        List<String> links = new ArrayList<>();
        for (Representation r : reps)
            links.add("<" + origin + pathWithoutSuffix + "." + r.extension() + ">; rel=\"alternate\"; type=\"" + r.mediaType() + "\"");
        resp.setHeader("Link", String.join(", ", links));
    }

    /** Would the client rather read HTML than plain text? Then errors come as a page. */
    static boolean wantsHtml(HttpServletRequest req) {
        String accept = req.getHeader("Accept");
        if (accept == null) return false;
        try {
            var ranges = new AcceptList(accept).entries();
            return Conneg.quality(ranges, MediaType.create(WebContent.contentTypeHTML)) > Conneg.quality(ranges, MediaType.create(WebContent.contentTypeTextPlain));
        } catch (RuntimeException e) {
            return false;
        }
    }

    void error(HttpServletRequest req, HttpServletResponse resp, int status, String message, List<Representation> alternatives)
            throws IOException {
        error(req, resp, status, message, alternatives, null);
    }

    /** An error as an HTML page for browsers, else plain text; lists the representations available, if any. */
    void error(HttpServletRequest req, HttpServletResponse resp, int status, String message, List<Representation> alternatives,
               String pathWithoutSuffix) throws IOException {
        resp.setStatus(status);
        resp.setHeader("Cache-Control", "no-store");
        if (wantsHtml(req)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("status", status);
            m.put("reason", reason(status));
            m.put("message", message);
            List<Map<String, String>> alts = new ArrayList<>();
            for (Representation r : alternatives)
                alts.add(Map.of("href", (pathWithoutSuffix != null ? pathWithoutSuffix + "." + r.extension() : ""), "label", r.displayName(),
                        "mediaType", r.mediaType()));
            m.put("alternatives", pathWithoutSuffix != null ? alts : List.of());
            send(resp, Representation.HTML.contentType(), HtmlTemplates.get().render("error.ftlh", m).getBytes(StandardCharsets.UTF_8));
        } else {
            StringBuilder sb = new StringBuilder().append(status).append(' ').append(reason(status)).append(": ").append(message).append('\n');
            if (!alternatives.isEmpty()) {
                sb.append("Available media types:\n");
                for (Representation r : alternatives) {
                    sb.append("  ").append(r.mediaType());
                    if (pathWithoutSuffix != null) sb.append("  (or ").append(pathWithoutSuffix).append('.').append(r.extension()).append(')');
                    sb.append('\n');
                }
            }
            send(resp, "text/plain;charset=utf-8", sb.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    static String reason(int status) {
        return switch (status) {
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }
}
