package org.w3id.legkg.build;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs build steps on a few threads, each as soon as the steps it reads from are done, in the order they
 * became ready. Once a step fails, steps not yet started are skipped and long steps stop at their next
 * {@link #checkNotFailed()}; {@link #awaitAll()} waits until nothing runs any more, so the caller can
 * remove what the steps wrote.
 */
final class ConcurrentSteps implements AutoCloseable {
    private final ExecutorService pool;
    private final List<CompletableFuture<?>> steps = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private volatile boolean failed;

    ConcurrentSteps(int threads) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "legkg-build-" + n.incrementAndGet());
            t.setDaemon(true); // a build interrupted by an error in main must not keep the JVM alive
            return t;
        });
    }

    /** Threads worth using: the cores, at least 1, at most 2 (the build has two long independent chains). */
    static int defaultThreads() {
        return Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    /** Runs work once every input is done; fails without running if an input failed or another step did. */
    <T> CompletableFuture<T> run(Supplier<T> work, CompletableFuture<?>... inputs) {
        CompletableFuture<T> step = CompletableFuture.allOf(inputs).thenApplyAsync(ignored -> {
            checkNotFailed();
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                if (!(e instanceof Stopped)) fail(e);
                throw e;
            }
        }, pool);
        synchronized (steps) {
            steps.add(step);
        }
        return step;
    }

    /** For long steps to call now and then: throws once another step has failed. */
    void checkNotFailed() {
        if (failed) throw new Stopped();
    }

    /**
     * Waits for every step, including those added while waiting.
     *
     * @return the failures in the order they happened; empty if every step succeeded
     */
    List<Throwable> awaitAll() {
        for (int i = 0; ; i++) {
            CompletableFuture<?> step;
            synchronized (steps) {
                if (i >= steps.size()) break;
                step = steps.get(i);
            }
            try {
                step.join();
            } catch (CompletionException | java.util.concurrent.CancellationException e) {
                // recorded by fail(), or a step stopped or skipped because of another failure
            }
        }
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    private void fail(Throwable e) {
        synchronized (failures) {
            failures.add(e);
        }
        failed = true;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** A step given up because another one failed: not a failure of its own. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped: another build step failed", null, false, false);
        }
    }
}
