package org.w3id.legkg.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses a media type from an Accept header among the offers, in the server's order of preference
 * (RFC 9110 §12.5.1): each offer gets the q of the most specific range that matches it, the highest q wins,
 * ties go to the earlier offer, q=0 refuses. A missing or empty header accepts the first offer.
 */
final class Negotiation {
    private record Range(String type, String subtype, double q, int specificity) {
        boolean matches(String t, String s) {
            return (type.equals("*") || type.equals(t)) && (subtype.equals("*") || subtype.equals(s));
        }
    }

    private Negotiation() {}

    static Optional<String> choose(String accept, List<String> offers) {
        if (offers.isEmpty()) return Optional.empty();
        if (accept == null || accept.isBlank()) return Optional.of(offers.get(0));
        List<Range> ranges = parse(accept);
        String best = null;
        double bestQ = 0;
        for (String offer : offers) {
            String[] ts = offer.toLowerCase(Locale.ROOT).split("/", 2);
            Range match = null;
            for (Range r : ranges)
                if (r.matches(ts[0], ts[1]) && (match == null || r.specificity > match.specificity)) match = r;
            if (match != null && match.q > bestQ) {
                best = offer;
                bestQ = match.q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<Range> parse(String accept) {
        List<Range> out = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] pieces = part.trim().split(";");
            String[] ts = pieces[0].trim().toLowerCase(Locale.ROOT).split("/", 2);
            if (ts.length != 2 || ts[0].isEmpty() || ts[1].isEmpty()) continue;
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            int specificity = (ts[0].equals("*") ? 0 : 1) + (ts[1].equals("*") ? 0 : 1);
            out.add(new Range(ts[0], ts[1], q, specificity));
        }
        return out;
    }
}
