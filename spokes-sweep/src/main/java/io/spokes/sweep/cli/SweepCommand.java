package io.spokes.sweep.cli;

import io.spokes.core.SpokesVersion;
import io.spokes.io.InputException;
import io.spokes.io.cli.OptionalCommand;
import io.spokes.sweep.experiment.Experiment;
import io.spokes.sweep.experiment.ExperimentReader;
import io.spokes.sweep.run.Progress;
import io.spokes.sweep.run.Sweep;
import io.spokes.sweep.run.SweepBackend;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code spokes sweep}: runs an experiment into a resumable sweep folder. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run an experiment (docs/sweeps.md): solve every design point and write a tidy table.",
                "The table is DIR/results.csv, one row per point x replicate x variant x equilibrium x crisis x measure,",
                "and the same table typed as Parquet, DIR/results.parquet/.",
                "Killed or interrupted, the same command finishes the remaining points and nothing else."})
public final class SweepCommand implements Callable<Integer>, OptionalCommand {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "Experiment file (YAML).")
    Path experiment;

    @Option(names = "--backend", defaultValue = "local", paramLabel = "NAME",
            description = "local (threads in this process) or spark (with the spokes-spark jar under spark-submit). Default: ${DEFAULT-VALUE}.")
    String backend;

    @Option(names = "--threads", paramLabel = "N", description = "Threads of the local backend. Default: the number of processors.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Sweep folder. Default: out/sweeps/<experiment name>.")
    Path outDir;

    @Option(names = "--progress", defaultValue = "auto", paramLabel = "MODE",
            description = "auto (a bar on a terminal, plain lines otherwise), bar, lines or none. Default: ${DEFAULT-VALUE}.")
    String progress;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new InputException("command line", 0, 0, "--threads", "--threads must be at least 1, got " + n);
        }
        Experiment e = ExperimentReader.read(experiment);
        SweepBackend b = Sweep.backend(backend);
        Path dir = outDir != null ? outDir : Path.of("out", "sweeps", e.name());
        long started = System.nanoTime();
        Sweep.Outcome o;
        try (Progress p = progress(err)) {
            o = Sweep.run(e, dir, b, n, p);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (o.alreadyComplete()) {
            out.println("sweep " + e.name() + " is already complete: " + o.results());
        } else {
            long solves = (long) e.designSize() * e.solvesPerPoint();
            out.println(String.format(Locale.ROOT, "sweep %s: %d points x %d solves (%s design, seed %d, spokes %s) -> %s%n"
                            + "  %d of %d parts solved in this run, %.1f s on the %s backend",
                    e.name(), e.designSize(), e.solvesPerPoint(), e.design().code(), e.seed(), SpokesVersion.VERSION,
                    o.results(), o.chunksSolved(), o.chunks(), seconds, b.name()));
            if (o.chunksSolved() == o.chunks()) {
                out.println(String.format(Locale.ROOT, "  %.0f crisis solves per second", solves / Math.max(seconds, 1e-9)));
            }
        }
        out.flush();
        return 0;
    }

    private Progress progress(PrintWriter err) {
        return switch (progress.toLowerCase(Locale.ROOT)) {
            case "auto" -> Progress.auto(err);
            case "bar" -> Progress.bar();
            case "lines" -> Progress.lines(err, Duration.ofSeconds(5));
            case "none" -> Progress.none();
            default -> throw new InputException("command line", 0, 0, "--progress", "--progress is auto, bar, lines or none, got '" + progress + "'");
        };
    }
}
