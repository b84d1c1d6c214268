package org.w3id.legkg.server.linkeddata;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rendered response bodies, least recently used first out, bounded by total size. A served build never
 * changes, so a body rendered once is right for as long as the server runs; this saves the expensive
 * writers (compacting JSON-LD of a well-linked symptom takes a few hundred milliseconds) on every repeat.
 */
final class BodyCache {
    private final long maxBytes;
    private final Map<String, byte[]> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    BodyCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The cached body for the key, rendering (outside the lock) and keeping it if it is not there. */
    byte[] get(String key, Supplier<byte[]> render) {
        synchronized (this) {
            byte[] hit = entries.get(key);
            if (hit != null) return hit;
        }
        byte[] body = render.get();
        if (body.length > maxBytes / 4) return body; // one huge body must not flush everything else
        synchronized (this) {
            byte[] old = entries.put(key, body);
            bytes += body.length - (old == null ? 0 : old.length);
            for (Iterator<Map.Entry<String, byte[]>> it = entries.entrySet().iterator(); bytes > maxBytes && it.hasNext(); ) {
                bytes -= it.next().getValue().length;
                it.remove();
            }
        }
        return body;
    }

    synchronized long size() { return bytes; }
}
