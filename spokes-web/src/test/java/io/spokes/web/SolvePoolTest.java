package io.spokes.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SolvePoolTest {
    @Test
    void aComputationPastItsDeadlineIs503AtTheDeadlineAndIsCancelled() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        try (SolvePool pool = new SolvePool(1, 1, Duration.ofSeconds(1))) {
            long start = System.nanoTime();
            ApiException e = catchThrowableOfType(ApiException.class, () -> pool.run(() -> {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException stopped) {
                    interrupted.countDown();
                    throw stopped;
                }
                return 1;
            }));
            double waited = (System.nanoTime() - start) / 1e6;
            assertThat(e.status()).isEqualTo(503);
            // the message of docs/api.md ("computation time" limit), with this pool's deadline
            assertThat(e.getMessage()).isEqualTo("the computation took longer than 1 s; lower samples or max_iterations, or use the command line");
            // answered at the deadline, not when the work would have ended (60 s)
            assertThat(waited).isBetween(1_000.0, 10_000.0);
            // the work was told to stop, so the pool's only thread is free for the next request at once
            assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the late computation was interrupted").isTrue();
            assertThat(pool.run(() -> 42)).isEqualTo(42);
        }
    }

    @Test
    void noMoreComputationsRunAtOnceThanThePoolHasThreads() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        try (SolvePool pool = new SolvePool(2, 8, Duration.ofSeconds(30))) {
            List<Thread> callers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                callers.add(new Thread(() -> pool.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    Thread.sleep(150);
                    return running.decrementAndGet();
                })));
            }
            callers.forEach(Thread::start);
            for (Thread t : callers) {
                t.join(30_000);
            }
        }
        // eight overlapping requests, two threads: two at a time, never more
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void aFullQueueIs503Busy() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (SolvePool pool = new SolvePool(1, 1, Duration.ofSeconds(10))) {
            Thread a = new Thread(() -> pool.run(() -> release.await(10, TimeUnit.SECONDS)));
            Thread b = new Thread(() -> pool.run(() -> release.await(10, TimeUnit.SECONDS)));
            a.start();
            Thread.sleep(100);
            b.start();
            Thread.sleep(100);
            ApiException e = catchThrowableOfType(ApiException.class, () -> pool.run(() -> 1));
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.getMessage()).contains("busy");
            release.countDown();
            a.join();
            b.join();
            assertThat(pool.run(() -> 42)).isEqualTo(42);
        }
    }

    @Test
    void aRefusalInsideAComputationReachesTheCallerAsItIs() {
        try (SolvePool pool = new SolvePool(1, 1, Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> pool.run(() -> {
                throw ApiException.invalid("kbar", "too big");
            })).isInstanceOf(ApiException.class).hasMessage("kbar: too big");
        }
    }
}
