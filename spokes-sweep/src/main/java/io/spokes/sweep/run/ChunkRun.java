package io.spokes.sweep.run;

import io.spokes.io.KillPoint;
import io.spokes.sweep.parquet.ParquetParts;
import io.spokes.sweep.parquet.ParquetTable;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A run of consecutive chunks that one worker (a local thread, a Spark task) solves into one
 * Parquet part: one writer per run rather than per chunk, because opening a Parquet writer costs
 * more than writing a chunk's rows. Each chunk still gets its own table part, so a kill loses at
 * most the chunk being solved; the Parquet part is committed only once every chunk of the run is in.
 */
public final class ChunkRun {
    private ChunkRun() {
    }

    /**
     * The chunks {@code 0 .. chunkCount-1} dealt in order into {@code runs} runs of nearly equal
     * length (fewer when there are fewer chunks). Runs cover every chunk, finished or not: a resumed
     * sweep rebuilds the Parquet part of a run from the table parts of its finished chunks.
     */
    public static List<List<Integer>> split(int chunkCount, int runs) {
        int n = Math.max(1, Math.min(chunkCount, runs));
        List<List<Integer>> out = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            List<Integer> run = new ArrayList<>();
            for (int c = (int) ((long) t * chunkCount / n); c < (int) ((long) (t + 1) * chunkCount / n); c++) {
                run.add(c);
            }
            out.add(run);
        }
        return out;
    }

    /**
     * Solves every chunk of the run whose table part is missing and, unless the run already has its
     * Parquet part, streams every row into one: typed rows straight from the solver, and the rows of
     * chunks finished earlier (perhaps by another backend) from their table parts.
     *
     * @param done hears of each point solved
     */
    public static void solve(PointSolver solver, SweepFolder folder, List<Integer> chunks, IntConsumer done) {
        if (chunks.isEmpty()) {
            return;
        }
        Path parquet = ParquetParts.part(folder, chunks.get(0), chunks.get(chunks.size() - 1));
        if (Files.exists(parquet)) {
            for (int chunk : chunks) {
                if (!folder.done(chunk)) {
                    folder.write(solver.solveChunk(chunk, done));
                }
            }
            return;
        }
        try (ParquetTable part = new ParquetTable(solver.experiment(), parquet)) {
            for (int chunk : chunks) {
                if (folder.done(chunk)) {
                    part.append(new StringReader(folder.readPart(chunk)));
                } else {
                    folder.write(solver.solveChunk(chunk, done, part));
                }
            }
            KillPoint.reach("solve.parquet");
            part.commit();
        } catch (IOException x) {
            throw new UncheckedIOException("cannot write the Parquet part " + parquet + ": " + x.getMessage(), x);
        }
    }
}
