package org.w3id.legkg.server.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3id.legkg.publish.HtmlTemplates;
import org.w3id.legkg.publish.PublishLayout;
import org.w3id.legkg.publish.Representation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /dumps/}: the gzipped dumps the build wrote, and a page listing them. Files are sent as
 * {@code application/gzip} (not as N-Quads with Content-Encoding), so a download keeps the bytes — and the
 * checksum — the VoID description states.
 */
final class DumpServlet extends LinkedDataServlet {
    private static final long serialVersionUID = 1L;

    /** File name → what it holds; only these are served. */
    static final Map<String, String> FILES = Map.of(
            PublishLayout.NQUADS_DUMP, "N-Quads, every named graph (ontology, data, inferred)",
            PublishLayout.TURTLE_DUMP, "Turtle, all graphs merged");

    private volatile byte[] listing;

    DumpServlet(LinkedDataContext ctx) {
        super(ctx);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = rawPath(req);
        if (path.equals("/dumps")) {
            resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            resp.setHeader("Location", "/dumps/");
            return;
        }
        String name = path.substring("/dumps/".length());
        if (name.isEmpty()) {
            if (ctx.caching.validators(req, resp, "dumps")) return;
            send(resp, Representation.HTML.contentType(), listing());
            return;
        }
        Path file = ctx.publish.dump(name);
        if (!FILES.containsKey(name)) {
            error(req, resp, 404, "No dump " + path + ": the dumps are " + String.join(", ", FILES.keySet().stream().sorted().toList())
                    + " (see /dumps/).", List.of());
            return;
        }
        if (!Files.isRegularFile(file)) {
            error(req, resp, 503, "This build has no dump " + file + "; rebuild with `legkg build --force`.", List.of());
            return;
        }
        if (ctx.caching.validators(req, resp, "dump-" + name)) return;
        resp.setContentType("application/gzip");
        resp.setContentLengthLong(Files.size(file));
        if (!"HEAD".equals(req.getMethod())) Files.copy(file, resp.getOutputStream());
    }

    private byte[] listing() throws IOException {
        byte[] l = listing;
        if (l != null) return l;
        List<Map<String, Object>> dumps = new ArrayList<>();
        for (String name : FILES.keySet().stream().sorted().toList()) {
            Path file = ctx.publish.dump(name);
            if (!Files.isRegularFile(file)) continue;
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("name", name);
            d.put("href", "/dumps/" + name);
            d.put("content", FILES.get(name));
            d.put("size", Files.size(file));
            d.put("sha256", sha256(file));
            dumps.add(d);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dumps", dumps);
        m.put("buildTime", ctx.buildTime());
        l = HtmlTemplates.get().render("dumps.ftlh", m).getBytes(StandardCharsets.UTF_8);
        listing = l;
        return l;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
