package io.spokes.bench.sweep;

import io.spokes.sweep.analysis.Bootstrap;
import io.spokes.sweep.analysis.SobolIndices;
import io.spokes.sweep.design.Design;
import io.spokes.sweep.design.DesignRandom;
import io.spokes.sweep.design.LatinHypercube;
import io.spokes.sweep.experiment.Experiment;
import io.spokes.sweep.experiment.ExperimentReader;
import io.spokes.sweep.run.ChunkResult;
import io.spokes.sweep.run.PointSolver;
import io.spokes.sweep.stats.SweepSummary;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The parts of a sweep without JVM start or files: solving one chunk of the 10,000-point Latin
 * hypercube on korea-2023 (experiments/korea-lhs.yaml: 100 points, each solved under both
 * equilibria, rows rendered and summarised), placing the design, merging summaries, and Sobol
 * indices with bootstrap. bench/sweep-local.sh and bench/sweep-spark.sh time whole processes.
 * Run from the repository root: {@code java -jar bench/target/benchmarks.jar sweep}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class SweepBenchmark {
    @Param("experiments/korea-lhs.yaml")
    public String experimentFile;

    private PointSolver solver;
    private Experiment experiment;
    private int chunk;
    private List<SweepSummary> parts;
    private double[] fa;
    private double[] fb;
    private double[][] fab;

    @Setup
    public void load() {
        experiment = ExperimentReader.read(Path.of(experimentFile));
        solver = new PointSolver(experiment, Design.of(experiment));
        parts = new java.util.ArrayList<>();
        for (int c = 0; c < 10; c++) {
            parts.add(solver.solveChunk(c, n -> { }).summary());
        }
        // Sobol outputs of an additive test function on 1,024 base samples and six factors
        int n = 1024;
        fa = new double[n];
        fb = new double[n];
        fab = new double[6][n];
        org.apache.commons.rng.UniformRandomProvider rng = DesignRandom.of(1);
        for (int j = 0; j < n; j++) {
            fa[j] = rng.nextDouble();
            fb[j] = rng.nextDouble();
            for (int i = 0; i < 6; i++) {
                fab[i][j] = rng.nextDouble();
            }
        }
    }

    /** One chunk of 100 points = 200 crisis solves, with row rendering and summary: divide by 200 for a solve. */
    @Benchmark
    public ChunkResult solveChunk() {
        chunk = (chunk + 1) % experiment.chunkCount();
        return solver.solveChunk(chunk, n -> { });
    }

    /** The 10,000-point, six-factor Latin hypercube. */
    @Benchmark
    public LatinHypercube latinHypercube() {
        return new LatinHypercube(6, 10_000, DesignRandom.of(20230818L));
    }

    /** Merging ten chunk summaries in order (what the join does for every part). */
    @Benchmark
    public SweepSummary mergeSummaries() {
        SweepSummary total = new SweepSummary();
        parts.forEach(total::aggregate);
        return total;
    }

    /** First and total indices of six factors from 1,024 base samples, with 1,000 bootstrap resamples. */
    @Benchmark
    public List<SobolIndices.Index> sobolIndices() {
        return SobolIndices.estimate(fa, fb, fab, new Bootstrap(1000, 0.95), DesignRandom.of(2));
    }
}
