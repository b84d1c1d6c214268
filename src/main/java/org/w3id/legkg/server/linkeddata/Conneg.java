package org.w3id.legkg.server.linkeddata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;
import org.w3id.legkg.publish.Representation;

/**
 * Content negotiation over a fixed list of offers, in the server's order of preference. Jena's
 * {@link AcceptList} parses the header and {@link MediaRange} matches; the choice follows RFC 9110 §12.5.1:
 * each offer gets the q of the most specific range that matches it (so {@code text/turtle;q=0} refuses
 * Turtle even next to a wildcard), the highest q wins, and equal q goes to the earlier offer. That tie rule
 * is why Jena's default header ({@code text/turtle} and {@code application/trig} both at q=1) and rdflib's
 * (no q at all) get Turtle, and why {@code *}{@code /*} and a missing header get the first offer.
 */
public final class Conneg {
    private final Map<String, Representation> offers;

    private Conneg(Map<String, Representation> offers) {
        this.offers = offers;
    }

    /** Offers in order of preference; each representation's own media type plus any aliases given after it. */
    public static Builder offering() { return new Builder(); }

    public static final class Builder {
        private final Map<String, Representation> offers = new LinkedHashMap<>();

        public Builder offer(Representation r, String... aliases) {
            offers.put(r.mediaType(), r);
            for (String a : aliases) offers.put(a, r);
            return this;
        }

        public Conneg build() { return new Conneg(new LinkedHashMap<>(offers)); }
    }

    /** The first (most preferred) offer: what a request without Accept gets. */
    public Representation preferred() { return offers.values().iterator().next(); }

    /** Distinct representations, in order, for Link headers and 406 bodies. */
    public List<Representation> representations() {
        List<Representation> out = new ArrayList<>();
        offers.values().forEach(r -> { if (!out.contains(r)) out.add(r); });
        return out;
    }

    /** The representation for an Accept header, or empty when nothing offered is acceptable (406). */
    public Optional<Representation> choose(String acceptHeader) {
        if (acceptHeader == null || acceptHeader.isBlank()) return Optional.of(preferred());
        List<MediaRange> ranges;
        try {
            ranges = new AcceptList(acceptHeader).entries();
        } catch (RuntimeException e) {
            // An unparsable header says nothing usable: answer as if it were absent rather than refuse.
            return Optional.of(preferred());
        }
        // A range without a subtype ("foo") is malformed: ignore the header rather than refuse everything.
        if (ranges.isEmpty() || ranges.stream().anyMatch(r -> r.getSubType() == null)) return Optional.of(preferred());
        Representation best = null;
        double bestQ = 0;
        for (Map.Entry<String, Representation> offer : offers.entrySet()) {
            boolean alias = !offer.getKey().equals(offer.getValue().mediaType());
            // An alias counts only when named exactly: "text/turtle;q=0, */*;q=0.1" refuses Turtle, and the
            // wildcard must not let it back in as application/x-turtle.
            double q = alias ? exactQuality(ranges, MediaType.create(offer.getKey())) : quality(ranges, MediaType.create(offer.getKey()));
            if (q > bestQ) {
                best = offer.getValue();
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** q of the most specific range matching the type; 0 when none does. */
    static double quality(List<MediaRange> ranges, MediaType type) {
        MediaRange chosen = null;
        for (MediaRange r : ranges)
            if (r.accepts(type) && (chosen == null || specificity(r) > specificity(chosen))) chosen = r;
        return chosen == null ? 0 : chosen.get_q();
    }

    /** q of a range naming exactly this type (no wildcard); 0 when none does. */
    static double exactQuality(List<MediaRange> ranges, MediaType type) {
        for (MediaRange r : ranges)
            if (specificity(r) == 2 && r.accepts(type)) return r.get_q();
        return 0;
    }

    private static int specificity(MediaRange r) {
        if ("*".equals(r.getType())) return 0;
        if ("*".equals(r.getSubType())) return 1;
        return 2;
    }
}
