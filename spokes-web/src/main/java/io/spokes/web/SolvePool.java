package io.spokes.web;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the model's computations on a few worker threads with a short queue and a deadline, so
 * that a burst of requests or a slow computation gets a 503 with a message instead of a page that
 * waits forever. The engine cannot be interrupted, so a computation past its deadline finishes on
 * its worker; {@link Limits} keeps that bounded.
 */
public final class SolvePool implements AutoCloseable {
    private final ThreadPoolExecutor executor;
    private final Duration timeout;

    public SolvePool(int threads, int queue, Duration timeout) {
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), r -> {
            Thread t = new Thread(r, "spokes-solve-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.timeout = timeout;
    }

    public <T> T run(Callable<T> work) {
        Future<T> future;
        try {
            future = executor.submit(work);
        } catch (RejectedExecutionException e) {
            throw new ApiException(503, "", "the lab is busy with other computations; try again in a moment");
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ApiException(503, "", "the computation took longer than " + timeout.toSeconds()
                    + " s; lower samples or max_iterations, or use the command line");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "", "interrupted while computing; try again");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
