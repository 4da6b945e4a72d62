package io.spokes.sweep.run;

import io.spokes.sweep.design.Design;
import io.spokes.sweep.experiment.Experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Solves chunks on a pool of threads in this process, each thread writing whole chunks. */
public final class LocalBackend implements SweepBackend {
    @Override
    public String name() {
        return "local";
    }

    @Override
    public void run(Experiment experiment, ExperimentSource source, SweepFolder folder, List<Integer> chunks, int threads,
                    Progress progress) {
        PointSolver solver = new PointSolver(experiment, Design.of(experiment));
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "sweep-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), factory);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int chunk : chunks) {
                futures.add(pool.submit(() -> folder.write(solver.solveChunk(chunk, progress::advance))));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the sweep was interrupted; run it again to finish", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
