package io.spokes.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SolvePoolTest {
    @Test
    void aComputationPastItsDeadlineIs503NotAWait() {
        try (SolvePool pool = new SolvePool(1, 1, Duration.ofMillis(200))) {
            long start = System.nanoTime();
            ApiException e = catchThrowableOfType(ApiException.class, () -> pool.run(() -> {
                Thread.sleep(5_000);
                return 1;
            }));
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.getMessage()).contains("took longer than 0 s");
            assertThat((System.nanoTime() - start) / 1e6).isLessThan(2_000);
        }
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
