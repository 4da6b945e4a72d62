package io.spokes.sweep.run;

import io.spokes.sweep.design.Design;
import io.spokes.sweep.experiment.Experiment;
import io.spokes.sweep.parquet.ParquetParts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Solves chunks on a pool of threads in this process: the chunks are dealt into a few runs per
 * thread ({@link ChunkRun}), each run solved by one thread into one Parquet part, each chunk
 * written as its own table part as soon as it is solved.
 */
public final class LocalBackend implements SweepBackend {
    /** Runs per thread: enough that threads finish together, few enough that Parquet writers are few. */
    static final int RUNS_PER_THREAD = 4;

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
            // every run, also those whose chunks are all done: a run may still lack its Parquet part
            for (List<Integer> run : ChunkRun.split(experiment.chunkCount(), RUNS_PER_THREAD * Math.max(1, threads))) {
                futures.add(pool.submit(() -> ChunkRun.solve(solver, folder, run, progress::advance)));
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

    /** Joined table in place: the Parquet copy from the chunks' parts. */
    @Override
    public void complete(Experiment experiment, SweepFolder folder) {
        ParquetParts.publish(experiment, folder);
    }
}
