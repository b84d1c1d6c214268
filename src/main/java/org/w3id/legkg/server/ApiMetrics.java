package org.w3id.legkg.server;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Prometheus metrics of the canned-query API, registered in Fuseki's own registry so they appear at
 * {@code /$/metrics} beside Fuseki's: {@code legkg_api_requests_total{query,status,source}} (source is
 * hit, miss, revalidated or error) and {@code legkg_api_execution_seconds{query}} for queries actually run.
 */
final class ApiMetrics {
    /** Set once the server is built: Fuseki creates its registry while building. */
    private volatile MeterRegistry registry;
    private ResultCache watched;

    void attach(MeterRegistry r) {
        this.registry = r;
        if (watched != null) {
            r.gauge("legkg.api.cache.entries", watched, c -> c.size());
            r.gauge("legkg.api.cache.bytes", watched, c -> c.bytes());
        }
    }

    void answered(String query, int status, String source) {
        MeterRegistry registry = this.registry;
        if (registry == null) return;
        Counter.builder("legkg.api.requests").description("Canned-query API requests")
                .tag("query", query).tag("status", Integer.toString(status)).tag("source", source)
                .register(registry).increment();
    }

    void executed(String query, long nanos) {
        MeterRegistry registry = this.registry;
        if (registry == null) return;
        Timer.builder("legkg.api.execution").description("Canned-query executions (cache misses)")
                .tag("query", query).register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** Cache size as gauges, registered when the registry is attached. */
    void watch(ResultCache cache) {
        this.watched = cache;
    }
}
