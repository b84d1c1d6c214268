package org.w3id.legkg.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.legkg.LegkgException;

/**
 * A value the server computes once, in the background, while Jetty starts and after it listens: the label
 * index, graph sizes, rendered pages. {@code /sparql} does not need any of them, so the endpoint answers
 * its first query without waiting for them; a request that does need one waits for it (once). A failure is
 * rethrown to every request that asks, named by what was being computed.
 */
final class Deferred<T> implements Supplier<T> {
    private static final Logger LOG = LoggerFactory.getLogger(Deferred.class);
    private final String what;
    private final CompletableFuture<T> future;

    private Deferred(String what, CompletableFuture<T> future) {
        this.what = what;
        this.future = future;
    }

    static <T> Deferred<T> start(String what, Supplier<T> work, Executor executor) {
        return new Deferred<>(what, CompletableFuture.supplyAsync(() -> {
            long t0 = System.nanoTime();
            T value = work.get();
            LOG.info("{} ready in {} ms", what, (System.nanoTime() - t0) / 1_000_000);
            return value;
        }, executor));
    }

    /** Waits for the value if it is still being computed. */
    @Override
    public T get() {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            throw new LegkgException("Computing " + what + " failed: " + cause, cause);
        }
    }
}
