package org.w3id.legkg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Content negotiation and the answer cache, without a server. */
class NegotiationAndCacheTest {
    static final List<String> OFFERS = List.of("application/sparql-results+json", "application/json", "text/csv");

    @Test
    void negotiationFollowsQualityThenServerPreference() {
        assertThat(Negotiation.choose(null, OFFERS)).contains("application/sparql-results+json");
        assertThat(Negotiation.choose("*/*", OFFERS)).contains("application/sparql-results+json");
        assertThat(Negotiation.choose("text/csv", OFFERS)).contains("text/csv");
        assertThat(Negotiation.choose("text/csv;q=0.5, application/json", OFFERS)).contains("application/json");
        assertThat(Negotiation.choose("text/*;q=0.9, */*;q=0.1", OFFERS)).contains("text/csv");
        // a browser's header gets JSON, not an XML alias of it
        assertThat(Negotiation.choose("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", OFFERS))
                .contains("application/sparql-results+json");
        assertThat(Negotiation.choose("text/csv;q=0, */*", OFFERS)).contains("application/sparql-results+json");
        assertThat(Negotiation.choose("image/png", OFFERS)).isEmpty();
        assertThat(Negotiation.choose("garbage", OFFERS)).isEmpty();
    }

    @Test
    void etagsMatchStrongWeakListsAndCompressedVariants() {
        String etag = ResultCache.etag("key");
        assertThat(etag).startsWith("\"").endsWith("\"").isEqualTo(ResultCache.etag("key")).isNotEqualTo(ResultCache.etag("key2"));
        String bare = etag.substring(1, etag.length() - 1);
        assertThat(ResultCache.matches(etag, etag)).isTrue();
        assertThat(ResultCache.matches("W/" + etag, etag)).isTrue();
        assertThat(ResultCache.matches("\"x\", " + etag, etag)).isTrue();
        assertThat(ResultCache.matches("\"" + bare + "--gzip\"", etag)).isTrue();
        assertThat(ResultCache.matches("*", etag)).isTrue();
        assertThat(ResultCache.matches("\"x\"", etag)).isFalse();
        assertThat(ResultCache.matches(null, etag)).isFalse();
    }

    @Test
    void leastRecentlyUsedAnswersGoFirstWithinTheBudget() {
        ResultCache cache = new ResultCache(100, 60);
        cache.put("a", new ResultCache.Entry(new byte[40], "text/csv"));
        cache.put("b", new ResultCache.Entry(new byte[40], "text/csv"));
        assertThat(cache.get("a")).isNotNull(); // a is now the most recently used
        cache.put("c", new ResultCache.Entry(new byte[40], "text/csv"));
        assertThat(cache.get("b")).isNull();
        assertThat(cache.get("a")).isNotNull();
        assertThat(cache.get("c")).isNotNull();
        assertThat(cache.bytes()).isEqualTo(80);
        cache.put("huge", new ResultCache.Entry(new byte[61], "text/csv"));
        assertThat(cache.get("huge")).as("larger than one entry may be").isNull();
        assertThat(cache.hits()).isEqualTo(3);
        assertThat(cache.misses()).isEqualTo(2);
        ResultCache off = new ResultCache(0, 0);
        off.put("a", new ResultCache.Entry(new byte[1], "text/csv"));
        assertThat(off.size()).isZero();
    }
}
