package org.w3id.legkg.server.linkeddata;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.w3id.legkg.store.BuildManifest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Validators for everything served from one build. A served build is immutable, so the build fingerprint
 * (sources + program) identifies every response: ETag = fingerprint + representation, Last-Modified =
 * build time. Revalidation is then a string comparison, and a new build changes every ETag at once.
 */
final class HttpCaching {
    /** Short enough for headers, long enough (64 bits) never to collide between builds. */
    private static final int TAG_CHARS = 16;
    /**
     * Clients may reuse a response for five minutes, then revalidate (a cheap 304). Short, because a
     * restarted server may serve a newer build under the same IRIs.
     */
    static final String CACHE_CONTROL = "public, max-age=300";

    private final String tagBase;
    private final long lastModifiedMillis;

    HttpCaching(BuildManifest manifest) {
        String fp = manifest.fingerprint();
        this.tagBase = fp.length() > TAG_CHARS ? fp.substring(0, TAG_CHARS) : fp;
        // HTTP dates have one-second resolution; compare on the same footing.
        this.lastModifiedMillis = manifest.created().truncatedTo(ChronoUnit.SECONDS).toEpochMilli();
    }

    String etag(String variant) {
        return "\"" + tagBase + "-" + variant + "\"";
    }

    Instant lastModified() { return Instant.ofEpochMilli(lastModifiedMillis); }

    /**
     * Sets ETag, Last-Modified and Cache-Control, and answers 304 when the client's copy is current.
     *
     * @return true if a 304 was sent and the caller must write no body
     */
    boolean validators(HttpServletRequest req, HttpServletResponse resp, String variant) {
        String etag = etag(variant);
        resp.setHeader("ETag", etag);
        resp.setDateHeader("Last-Modified", lastModifiedMillis);
        resp.setHeader("Cache-Control", CACHE_CONTROL);
        if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())) return false;
        String inm = req.getHeader("If-None-Match");
        boolean notModified;
        if (inm != null) {
            notModified = matches(inm, etag); // RFC 9110 §13.2.2: If-None-Match wins over If-Modified-Since
        } else {
            long ims = -1;
            try {
                ims = req.getDateHeader("If-Modified-Since");
            } catch (IllegalArgumentException ignored) {
                // an unparsable date is ignored, as the RFC says
            }
            notModified = ims >= 0 && lastModifiedMillis <= ims;
        }
        if (notModified) resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        return notModified;
    }

    /** Weak comparison over a list of entity tags, as If-None-Match requires. */
    static boolean matches(String ifNoneMatch, String etag) {
        String mine = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*")) return true;
            if (opaque(c).equals(mine)) return true;
        }
        return false;
    }

    /**
     * The opaque tag without W/ and without a content-coding suffix: Jetty's compression handler sends
     * {@code "tag--gzip"} for compressed responses, and a client revalidates with what it was sent.
     */
    private static String opaque(String tag) {
        String t = tag.startsWith("W/") ? tag.substring(2) : tag;
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) t = t.substring(1, t.length() - 1);
        int coding = t.lastIndexOf("--");
        if (coding > 0 && t.substring(coding + 2).toLowerCase(Locale.ROOT).matches("gzip|br|zstd|deflate")) t = t.substring(0, coding);
        return t;
    }
}
