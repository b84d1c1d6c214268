package org.w3id.legkg.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers of canned queries, kept in memory by key. A served build never changes (a new build means a new
 * server process or at least a new store), so an answer is fully determined by the build, the query, its
 * bound parameter values and the format: that is the key, and its hash is the ETag, which lets a client
 * revalidate with If-None-Match and get 304 without the query even being run. Least recently used entries
 * go first once the byte budget is spent; answers larger than the per-entry limit are not kept.
 */
final class ResultCache {
    /** A cached answer: its bytes and media type. */
    record Entry(byte[] body, String contentType) {}

    private final long maxBytes;
    private final long maxEntryBytes;
    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private final AtomicLong hits = new AtomicLong(), misses = new AtomicLong();

    ResultCache(long maxBytes, long maxEntryBytes) {
        this.maxBytes = maxBytes;
        this.maxEntryBytes = maxEntryBytes;
    }

    /** A strong ETag for the key (quoted, as sent in the header). */
    static String etag(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(d, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether an If-None-Match header names this ETag (or is {@code *}); weak comparison, as RFC 9110 asks for GET. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        String bare = etag.substring(1, etag.length() - 1);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*")) return true;
            if (c.startsWith("W/")) c = c.substring(2);
            if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) c = c.substring(1, c.length() - 1);
            // Jetty's compression handler tags compressed variants "etag--gzip"; the answer is the same.
            if (c.equals(bare) || c.startsWith(bare + "--")) return true;
        }
        return false;
    }

    synchronized Entry get(String key) {
        Entry e = entries.get(key);
        (e == null ? misses : hits).incrementAndGet();
        return e;
    }

    synchronized void put(String key, Entry e) {
        if (maxBytes <= 0 || e.body().length > maxEntryBytes) return;
        Entry old = entries.put(key, e);
        if (old != null) bytes -= old.body().length;
        bytes += e.body().length;
        for (Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator(); bytes > maxBytes && it.hasNext(); ) {
            Map.Entry<String, Entry> eldest = it.next();
            bytes -= eldest.getValue().body().length;
            it.remove();
        }
    }

    synchronized int size() { return entries.size(); }
    synchronized long bytes() { return bytes; }
    long hits() { return hits.get(); }
    long misses() { return misses.get(); }
}
