package io.spokes.sweep.run;

import io.spokes.io.InputException;
import io.spokes.sweep.experiment.Experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Runs an experiment into a sweep folder with a backend: claims the folder (or resumes it), solves
 * the chunks not yet written, then joins the parts. The library entry point under {@code spokes sweep}.
 */
public final class Sweep {
    /** What a run did. */
    public record Outcome(Path results, int chunks, int chunksSolved, boolean alreadyComplete) {
    }

    private Sweep() {
    }

    public static Outcome run(Experiment experiment, Path out, SweepBackend backend, int threads, Progress progress) {
        SweepFolder folder = new SweepFolder(out);
        folder.claim(experiment);
        if (folder.complete()) {
            backend.complete(experiment, folder);
            return new Outcome(folder.results(), experiment.chunkCount(), 0, true);
        }
        List<Integer> todo = folder.remaining(experiment);
        long total = experiment.designSize();
        long done = total;
        for (int c : todo) {
            done -= Math.min(experiment.chunk(), total - (long) c * experiment.chunk());
        }
        progress.start("sweep " + experiment.name(), total, done);
        try {
            if (!todo.isEmpty()) {
                backend.run(experiment, ExperimentSource.of(experiment), folder, todo, threads, progress);
            }
        } finally {
            progress.close();
        }
        folder.assemble(experiment);
        backend.complete(experiment, folder);
        return new Outcome(folder.results(), experiment.chunkCount(), todo.size(), false);
    }

    /** The backend of this name: local, or one on the class path (spark, from spokes-spark). */
    public static SweepBackend backend(String name) {
        List<String> known = new ArrayList<>();
        known.add("local");
        if ("local".equals(name)) {
            return new LocalBackend();
        }
        for (SweepBackend b : ServiceLoader.load(SweepBackend.class)) {
            if (b.name().equals(name)) {
                return b;
            }
            known.add(b.name());
        }
        String hint = "spark".equals(name) ? "; the Spark backend is in the spokes-spark jar, run with spark-submit (docs/cluster.md)" : "";
        throw new InputException("command line", 0, 0, "--backend", "unknown or unavailable backend '" + name
                + "'; available: " + String.join(", ", known) + hint);
    }
}
