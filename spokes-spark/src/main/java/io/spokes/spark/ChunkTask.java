package io.spokes.spark;

import io.spokes.sweep.design.Design;
import io.spokes.sweep.experiment.Experiment;
import io.spokes.sweep.run.ChunkResult;
import io.spokes.sweep.run.ExperimentSource;
import io.spokes.sweep.run.PointSolver;
import io.spokes.sweep.run.SweepFolder;

import java.nio.file.Files;
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

    /**
     * Solves every chunk of the run whose table part is missing, then makes sure the run has its
     * Parquet part. One Parquet file per run rather than per chunk: opening a Parquet writer costs
     * more than writing a chunk's rows. Chunks finished earlier (perhaps by the local backend) give
     * their rows from their table parts.
     */
    static void run(ExperimentSource source, String dir, List<Integer> chunks) {
        if (chunks.isEmpty()) {
            return;
        }
        SweepFolder folder = new SweepFolder(Path.of(dir));
        Experiment e = EXPERIMENTS.computeIfAbsent(source, ExperimentSource::load);
        Path parquet = ParquetCopy.part(folder, chunks.get(0), chunks.get(chunks.size() - 1));
        boolean needParquet = !Files.exists(parquet);
        StringBuilder rows = new StringBuilder();
        for (int chunk : chunks) {
            if (folder.done(chunk)) {
                if (needParquet) {
                    rows.append(folder.readPart(chunk));
                }
                continue;
            }
            PointSolver solver = SOLVERS.computeIfAbsent(e.fingerprint(), f -> new PointSolver(e, Design.of(e)));
            ChunkResult r = solver.solveChunk(chunk, n -> { });
            folder.write(r);
            rows.append(r.rows());
        }
        if (needParquet) {
            ParquetCopy.writePart(e, rows.toString(), parquet);
        }
    }
}
