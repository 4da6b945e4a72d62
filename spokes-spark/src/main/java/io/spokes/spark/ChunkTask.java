package io.spokes.spark;

import io.spokes.sweep.design.Design;
import io.spokes.sweep.experiment.Experiment;
import io.spokes.sweep.run.ExperimentSource;
import io.spokes.sweep.run.PointSolver;
import io.spokes.sweep.run.SweepFolder;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
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
     * Solves every chunk of the run whose table part is missing and, unless the run already has
     * its Parquet part, streams every row into one: typed rows straight from the solver, and the
     * rows of chunks finished earlier (perhaps by the local backend) from their table parts. One
     * Parquet file per run rather than per chunk: opening a Parquet writer costs more than writing
     * a chunk's rows. The part is committed only once every chunk of the run is in.
     */
    static void run(ExperimentSource source, String dir, List<Integer> chunks) {
        if (chunks.isEmpty()) {
            return;
        }
        SweepFolder folder = new SweepFolder(Path.of(dir));
        Experiment e = EXPERIMENTS.computeIfAbsent(source, ExperimentSource::load);
        Path parquet = ParquetCopy.part(folder, chunks.get(0), chunks.get(chunks.size() - 1));
        if (Files.exists(parquet)) {
            for (int chunk : chunks) {
                if (!folder.done(chunk)) {
                    folder.write(solver(e).solveChunk(chunk, n -> { }));
                }
            }
            return;
        }
        try (ParquetPart part = ParquetCopy.openPart(e, parquet)) {
            for (int chunk : chunks) {
                if (folder.done(chunk)) {
                    part.append(new StringReader(folder.readPart(chunk)));
                } else {
                    folder.write(solver(e).solveChunk(chunk, n -> { }, part));
                }
            }
            part.commit();
        } catch (IOException x) {
            throw new UncheckedIOException("cannot write the Parquet part " + parquet + ": " + x.getMessage(), x);
        }
    }

    private static PointSolver solver(Experiment e) {
        return SOLVERS.computeIfAbsent(e.fingerprint(), f -> new PointSolver(e, Design.of(e)));
    }
}
