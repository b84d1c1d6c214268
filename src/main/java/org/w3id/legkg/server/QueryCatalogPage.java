package org.w3id.legkg.server;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.w3id.legkg.api.CannedQuery;
import org.w3id.legkg.api.ParameterBinder;
import org.w3id.legkg.api.ParameterException;
import org.w3id.legkg.api.QueryCatalog;
import org.w3id.legkg.api.QueryParameter;
import org.w3id.legkg.api.SparqlExamples;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /queries}: the canned queries for people, each with its description and parameters, an
 * "open in editor" link that loads the query (its example values bound) into the Fuseki query editor at
 * {@code /#/dataset/sparql/query?query=...}, and links that run it through the API. The editor's own page
 * links here (see {@link EditorPage}). Rendered once, in the background as the server starts: the catalogue and the build never change while served.
 */
final class QueryCatalogPage extends ReadOnlyServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/queries";

    private final transient Supplier<byte[]> html;
    private final String etag;

    /** @param html the page, as {@link #html} renders it (in the background while the server starts) */
    QueryCatalogPage(Supplier<byte[]> html, String buildKey) {
        this.html = html;
        this.etag = ResultCache.etag(buildKey + "\nqueries-page");
    }

    static byte[] html(QueryCatalog catalog, ParameterBinder binder) {
        return render(catalog, binder).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", "public, max-age=300");
        if (ResultCache.matches(req.getHeader("If-None-Match"), etag)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = html.get();
        resp.setStatus(200);
        resp.setContentType("text/html;charset=utf-8");
        resp.setContentLength(body.length);
        if (!req.getMethod().equals("HEAD"))
            try (OutputStream out = resp.getOutputStream()) {
                out.write(body);
            }
    }

    /** The query with the header's example values bound, as the editor should open it. */
    static String editorText(CannedQuery q, ParameterBinder binder) {
        try {
            return SparqlExamples.runnable(q, binder);
        } catch (ParameterException e) {
            return q.sparql();
        }
    }

    static String render(QueryCatalog catalog, ParameterBinder binder) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>LegKG canned queries</title>
                <style>
                body{font:15px/1.45 system-ui,sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#1d2733}
                h1{margin-bottom:.2rem} h2{margin:2rem 0 .3rem;font-size:1.15rem} code,pre{font:13px ui-monospace,monospace}
                pre{background:#f4f6f8;padding:.7rem;overflow:auto;max-height:16rem} table{border-collapse:collapse;margin:.4rem 0}
                td,th{border:1px solid #d5dbe1;padding:.25rem .5rem;text-align:left;vertical-align:top} .tags{color:#5b6b7b}
                a.button{display:inline-block;margin:.2rem .4rem .2rem 0;padding:.25rem .6rem;border:1px solid #2c5d8a;border-radius:4px;text-decoration:none}
                nav a{margin-right:1rem}
                </style></head><body>
                <h1>LegKG canned queries</h1>
                <nav><a href="./">Query editor</a><a href="api">OpenAPI (JSON)</a><a href=".well-known/sparql-examples">SPARQL examples (RDF)</a><a href="sparql">Service description</a><a href="id/">Resources</a></nav>
                <p>Each query runs at <code>/api/NAME?param=value</code> (JSON by default; <code>.csv</code>, <code>.tsv</code>,
                <code>.json</code>, <code>.xml</code> or the Accept header for others). A resource parameter takes an IRI, an
                <code>lkd:</code> name, or a label or synonym. <em>Open in editor</em> loads the query, with its example values,
                into the SPARQL editor.</p>
                """);
        for (CannedQuery q : catalog.all()) {
            String id = esc(q.name());
            h.append("<section id=\"").append(id).append("\"><h2>").append(id).append(" — ").append(esc(q.summary())).append("</h2>\n");
            if (!q.tags().isEmpty()) h.append("<div class=\"tags\">").append(esc(String.join(" · ", q.tags()))).append("</div>\n");
            h.append("<p>").append(esc(q.description())).append("</p>\n");
            if (!q.parameters().isEmpty()) {
                h.append("<table><tr><th>parameter</th><th>type</th><th></th><th>default</th><th>example</th><th>meaning</th></tr>\n");
                for (QueryParameter p : q.parameters()) {
                    String type = p.type().displayName() + (p.itemType() != null ? " of " + p.itemType().displayName() : "")
                            + (p.classes().isEmpty() ? "" : " (" + String.join(", ", p.classes()) + ")");
                    h.append("<tr><td><code>").append(esc(p.name())).append("</code></td><td>").append(esc(type))
                            .append("</td><td>").append(p.required() ? "required" : "optional")
                            .append("</td><td>").append(esc(nullToEmpty(p.defaultValue())))
                            .append("</td><td>").append(esc(nullToEmpty(p.example())))
                            .append("</td><td>").append(esc(p.description())).append("</td></tr>\n");
                }
                h.append("</table>\n");
            }
            String editor = "./#/dataset/sparql/query?query=" + url(editorText(q, binder));
            String api = "api/" + q.name();
            String example = exampleQueryString(q);
            h.append("<p><a class=\"button open-in-editor\" data-query=\"").append(id).append("\" href=\"").append(esc(editor))
                    .append("\">Open in editor</a>");
            for (String suffix : new String[] {"json", "csv", "tsv"})
                h.append("<a class=\"button\" href=\"").append(esc(api + "." + suffix + example)).append("\">Run: ")
                        .append(suffix.toUpperCase(java.util.Locale.ROOT)).append("</a>");
            h.append("</p>\n<details><summary>SPARQL</summary><pre>").append(esc(q.sparql())).append("</pre></details></section>\n");
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    private static String exampleQueryString(CannedQuery q) {
        Map<String, String> params = new LinkedHashMap<>();
        for (QueryParameter p : q.parameters()) if (p.example() != null) params.put(p.name(), p.example());
        if (params.isEmpty()) return "";
        StringBuilder sb = new StringBuilder("?");
        params.forEach((k, v) -> sb.append(sb.length() > 1 ? "&" : "").append(url(k)).append('=').append(url(v)));
        return sb.toString();
    }

    static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String nullToEmpty(String s) { return s == null ? "" : s; }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

}
