package io.spokes.sweep.run;

import io.spokes.sweep.experiment.Experiment;

import java.util.List;

/**
 * Solves the remaining chunks of a sweep and writes each into the sweep folder. Backends differ only
 * in where chunks run (threads here, Spark executors in spokes-spark); the folder, the parts and the
 * joining are shared, so every backend writes the same table. Found with {@link java.util.ServiceLoader}.
 */
public interface SweepBackend {
    /** The name used with {@code --backend}. */
    String name();

    /**
     * Solves and writes {@code chunks} (in any order, in parallel or not).
     *
     * @param source   the experiment as text, for backends that rebuild it in other processes
     * @param threads  the threads asked for with {@code --threads} (a hint for distributed backends)
     */
    void run(Experiment experiment, ExperimentSource source, SweepFolder folder, List<Integer> chunks, int threads, Progress progress);

    /**
     * Called once the table is complete, also when a later run finds it complete (so that a run killed
     * between the table and this step finishes it). The Spark backend writes the Parquet copy here.
     */
    default void complete(Experiment experiment, SweepFolder folder) {
    }
}
