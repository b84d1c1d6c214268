package org.w3id.legkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.w3id.legkg.LegkgException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The Fuseki query editor's start page ({@code /} and {@code /index.html} from jena-fuseki-ui), with a
 * LegKG bar added at the foot (and the tabs for writing hidden): links to the canned queries (which open in this editor), the OpenAPI
 * document, the SPARQL examples and the resource pages. Everything else of the editor (its scripts,
 * styles, routes) is served unchanged from the jar, so it works offline.
 */
final class EditorPage extends ReadOnlyServlet {
    private static final long serialVersionUID = 1L;

    static final String BAR = """
            <nav id="legkg-bar" style="position:fixed;left:0;right:0;bottom:0;z-index:3000;background:#1f3b57;\
            color:#fff;font:14px system-ui,sans-serif;padding:6px 14px">\
            <strong>LegKG</strong> &middot; dataset <code>sparql</code> &middot; \
            <a style="color:#cfe3ff" href="queries">canned queries (open in editor)</a> &middot; \
            <a style="color:#cfe3ff" href="api">OpenAPI</a> &middot; \
            <a style="color:#cfe3ff" href=".well-known/sparql-examples">SPARQL examples</a> &middot; \
            <a style="color:#cfe3ff" href="id/">resources</a></nav>
            """;

    /**
     * The editor's "add data", "edit" and "manage" tabs lead to operations this read-only server refuses
     * (4xx): hidden, so nobody is invited to try. The query and info tabs stay. (:has() where the browser
     * has it hides the whole tab; the plain selector hides at least the link.)
     */
    static final String HIDE_WRITE_TABS = """
            <style id="legkg-read-only">
            li.nav-item:has(> a[href="#/manage"]), li.nav-item:has(> a[href$="/upload"]), li.nav-item:has(> a[href$="/edit"]),
            a.nav-link[href="#/manage"], a.nav-link[href$="/upload"], a.nav-link[href$="/edit"] { display: none !important; }
            </style>
            """;

    private final byte[] html;

    EditorPage() {
        String original;
        try (InputStream in = EditorPage.class.getClassLoader().getResourceAsStream("webapp/index.html")) {
            if (in == null) throw new LegkgException("The Fuseki UI (jena-fuseki-ui, webapp/index.html) is not on the classpath");
            original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int body = original.lastIndexOf("</body>");
        if (body < 0) throw new LegkgException("Unexpected Fuseki UI index.html: no </body>");
        this.html = (original.substring(0, body) + HIDE_WRITE_TABS + BAR + original.substring(body)).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setStatus(200);
        resp.setContentType("text/html;charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentLength(html.length);
        if (!req.getMethod().equals("HEAD"))
            try (OutputStream out = resp.getOutputStream()) {
                out.write(html);
            }
    }
}
