package io.spokes.spark;

import io.spokes.sweep.design.Design;
import io.spokes.sweep.experiment.Experiment;
import io.spokes.sweep.run.ChunkResult;
import io.spokes.sweep.run.ExperimentSource;
import io.spokes.sweep.run.PointSolver;
import io.spokes.sweep.run.SweepFolder;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What an executor does with one chunk: the same solve and the same atomic part files as the local backend. */
final class ChunkTask {
    /** One solver per experiment per executor JVM: the design is built once, not once per task. */
    private static final Map<String, PointSolver> SOLVERS = new ConcurrentHashMap<>();
    /** Experiments parsed once per executor JVM: a task visits many chunks of the same experiment. */
    private static final Map<ExperimentSource, Experiment> EXPERIMENTS = new ConcurrentHashMap<>();

    private ChunkTask() {
    }

    /**
     * Solves a chunk unless its part is written, and makes sure that its Parquet part exists too (a
     * chunk finished by the local backend gets its Parquet part from its table part).
     */
    static void run(ExperimentSource source, String dir, int chunk) {
        SweepFolder folder = new SweepFolder(Path.of(dir));
        Experiment e = EXPERIMENTS.computeIfAbsent(source, ExperimentSource::load);
        Path parquet = ParquetCopy.part(folder, chunk);
        if (folder.done(chunk)) {
            if (!java.nio.file.Files.exists(parquet)) {
                ParquetCopy.writePart(e, folder.readPart(chunk), parquet);
            }
            return;
        }
        PointSolver solver = SOLVERS.computeIfAbsent(e.fingerprint(), f -> new PointSolver(e, Design.of(e)));
        ChunkResult r = solver.solveChunk(chunk, n -> { });
        // The Parquet part first: the table part, written last, is what marks the chunk done.
        ParquetCopy.writePart(e, r.rows(), parquet);
        folder.write(r);
    }
}
