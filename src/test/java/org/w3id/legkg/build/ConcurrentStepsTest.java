package org.w3id.legkg.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/** The build's step runner: inputs first, and after a failure nothing new starts and running steps can stop. */
class ConcurrentStepsTest {

    @Test
    void aStepRunsAfterItsInputsAndSeesTheirResults() {
        try (ConcurrentSteps steps = new ConcurrentSteps(2)) {
            CompletableFuture<Integer> a = steps.run(() -> 20);
            CompletableFuture<Integer> b = steps.run(() -> 22);
            CompletableFuture<Integer> sum = steps.run(() -> a.join() + b.join(), a, b);
            assertThat(steps.awaitAll()).isEmpty();
            assertThat(sum.join()).isEqualTo(42);
        }
    }

    @Test
    void afterAFailureLaterStepsAreSkippedAndRunningOnesStopWithoutCountingAsFailures() throws Exception {
        try (ConcurrentSteps steps = new ConcurrentSteps(2)) {
            CountDownLatch longStepRunning = new CountDownLatch(1);
            AtomicBoolean stoppedItself = new AtomicBoolean();
            steps.run(() -> {
                longStepRunning.countDown();
                try {
                    while (true) {
                        steps.checkNotFailed();
                        Thread.sleep(5);
                    }
                } catch (ConcurrentSteps.Stopped e) {
                    stoppedItself.set(true);
                    throw e;
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(longStepRunning.await(10, TimeUnit.SECONDS)).isTrue();
            IllegalStateException boom = new IllegalStateException("boom");
            CompletableFuture<Object> failing = steps.run(() -> { throw boom; });
            AtomicBoolean laterRan = new AtomicBoolean();
            steps.run(() -> laterRan.getAndSet(true), failing);
            steps.run(() -> laterRan.getAndSet(true)); // queued: the one free thread ran the failing step first

            assertThat(steps.awaitAll()).containsExactly(boom);
            assertThat(stoppedItself).isTrue();
            assertThat(laterRan).isFalse();
        }
    }
}
