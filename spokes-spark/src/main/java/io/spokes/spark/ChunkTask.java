package io.spokes.spark;

import io.spokes.sweep.design.Design;
import io.spokes.sweep.experiment.Experiment;
import io.spokes.sweep.run.ChunkRun;
import io.spokes.sweep.run.ExperimentSource;
import io.spokes.sweep.run.PointSolver;
import io.spokes.sweep.run.SweepFolder;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an executor does with one task's run of consecutive chunks: the same solve and the same
 * atomic part files as the local backend, then one Parquet part for the whole run.
 */
final class ChunkTask {
    /** One solver per experiment per executor JVM: the design is built once, not once per task. */
    private static final Map<String, PointSolver> SOLVERS = new ConcurrentHashMap<>();
    /** Experiments parsed once per executor JVM: a task visits many chunks of the same experiment. */
    private static final Map<ExperimentSource, Experiment> EXPERIMENTS = new ConcurrentHashMap<>();

    private ChunkTask() {
    }

    /** Solves a task's run of chunks ({@link ChunkRun}) in the shared sweep folder {@code dir}. */
    static void run(ExperimentSource source, String dir, List<Integer> chunks) {
        Experiment e = EXPERIMENTS.computeIfAbsent(source, ExperimentSource::load);
        ChunkRun.solve(solver(e), new SweepFolder(Path.of(dir)), chunks, n -> { });
    }

    private static PointSolver solver(Experiment e) {
        return SOLVERS.computeIfAbsent(e.fingerprint(), f -> new PointSolver(e, Design.of(e)));
    }
}
