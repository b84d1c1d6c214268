package org.w3id.legkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.legkg.Namespaces;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps the query editor offline. The bundled YASQE fetches its prefix suggestions from
 * {@code http://prefix.cc/popular/all.file.json} on every page view, a request to a third party that fails
 * without a network and tells prefix.cc who uses the editor. The editor's scripts are served as they are in
 * the jena-fuseki-ui jar except for that one URL, which points at {@code /prefixes.json} here: LegKG's own
 * prefixes, so "PREFIX lk" completes in the editor. A script without the URL passes through untouched.
 */
final class EditorAssets {
    static final String PREFIXES_PATH = "/prefixes.json";
    /** The expression in YASQE's bundle that builds the prefix.cc URL. */
    static final String PREFIX_CC = "(window.location.protocol.indexOf(\"http\")===0?\"//\":\"http://\")+\"prefix.cc/popular/all.file.json\"";
    static final String LOCAL = "\"./prefixes.json\"";

    static final Map<String, String> PREFIXES = new LinkedHashMap<>();
    static {
        PREFIXES.put("lk", Namespaces.LK);
        PREFIXES.put("lkd", Namespaces.LKD);
        PREFIXES.put("lkg", Namespaces.BASE + "graph/");
        PREFIXES.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        PREFIXES.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        PREFIXES.put("owl", "http://www.w3.org/2002/07/owl#");
        PREFIXES.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        PREFIXES.put("skos", "http://www.w3.org/2004/02/skos/core#");
        PREFIXES.put("dcterms", "http://purl.org/dc/terms/");
        PREFIXES.put("obo", "http://purl.obolibrary.org/obo/");
        PREFIXES.put("text", "http://jena.apache.org/text#");
        PREFIXES.put("sh", "http://www.w3.org/ns/shacl#");
        PREFIXES.put("schema", "https://schema.org/");
        PREFIXES.put("void", "http://rdfs.org/ns/void#");
        PREFIXES.put("math", "http://www.w3.org/2005/xpath-functions/math#");
    }

    private EditorAssets() {}

    /** {@code GET /prefixes.json} in prefix.cc's format: {"prefix": "namespace", ...}. */
    static final class PrefixesServlet extends ReadOnlyServlet {
        private static final long serialVersionUID = 1L;
        private final byte[] body;

        PrefixesServlet() {
            JsonObject o = new JsonObject();
            PREFIXES.forEach(o::put);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            JSON.write(out, o);
            body = out.toByteArray();
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setContentType("application/json;charset=utf-8");
            resp.setHeader("Cache-Control", "public, max-age=86400");
            resp.setContentLength(body.length);
            if (!req.getMethod().equals("HEAD"))
                try (OutputStream out = resp.getOutputStream()) {
                    out.write(body);
                }
        }
    }

    /** On {@code /static/*}: the editor's scripts, with the prefix.cc URL made local. */
    static final class ScriptFilter implements Filter {
        private final Map<String, Optional<byte[]>> rewritten = new ConcurrentHashMap<>();

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
            HttpServletRequest req = (HttpServletRequest) request;
            String path = req.getRequestURI().substring(req.getContextPath().length());
            if (!path.startsWith("/static/") || !path.endsWith(".js") || path.contains("..") || !req.getMethod().equals("GET")) {
                chain.doFilter(request, response);
                return;
            }
            Optional<byte[]> body = rewritten.computeIfAbsent(path.substring("/static/".length()), ScriptFilter::rewrite);
            if (body.isEmpty()) {
                chain.doFilter(request, response);
                return;
            }
            HttpServletResponse resp = (HttpServletResponse) response;
            String etag = ResultCache.etag(path + "\n" + body.get().length + "\nlocal-prefixes");
            resp.setHeader("ETag", etag);
            // the file names carry a content hash: a changed script is a new name
            resp.setHeader("Cache-Control", "public, max-age=86400");
            if (ResultCache.matches(req.getHeader("If-None-Match"), etag)) {
                resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            resp.setContentType("text/javascript;charset=utf-8");
            resp.setContentLength(body.get().length);
            try (OutputStream out = resp.getOutputStream()) {
                out.write(body.get());
            }
        }

        private static Optional<byte[]> rewrite(String file) {
            try (InputStream in = EditorAssets.class.getClassLoader().getResourceAsStream("webapp/static/" + file)) {
                if (in == null) return Optional.empty();
                String js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (!js.contains(PREFIX_CC)) return Optional.empty();
                return Optional.of(js.replace(PREFIX_CC, LOCAL).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }
}
