package io.spokes.spark;

import io.spokes.sweep.experiment.Experiment;
import io.spokes.sweep.run.ChunkRun;
import io.spokes.sweep.run.ExperimentSource;
import io.spokes.sweep.run.Progress;
import io.spokes.sweep.run.SweepBackend;
import io.spokes.sweep.run.SweepFolder;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a sweep's chunks as Spark tasks, a few tasks per core, each solving a run of consecutive
 * chunks. Each task rebuilds the experiment from its text (broadcast once), solves its chunks and
 * writes every chunk's parts into the sweep folder as soon as it is done,
 * which must therefore be on storage that the driver and every executor mount at the same path
 * (docs/cluster.md). Parts are written whole or not at all and hold the same bytes whoever writes
 * them, so retried or speculative tasks are harmless, and a killed job resumes like a local one.
 * Each task also writes one Parquet part for its run of chunks, which become the Parquet copy of the table once
 * it is joined ({@link ParquetCopy}).
 */
public final class SparkBackend implements SweepBackend {
    /** The context the chunks ran on, reused to publish the Parquet copy. */
    private SparkContext context;

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public void run(Experiment experiment, ExperimentSource source, SweepFolder folder, List<Integer> chunks, int threads,
                    Progress progress) {
        SparkContext sc = context(experiment, threads);
        context = sc;
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(sc);
        Broadcast<ExperimentSource> shared = jsc.broadcast(source);
        String dir = folder.dir().toAbsolutePath().toString();
        int size = experiment.designSize();
        int chunk = experiment.chunk();
        // A few tasks per core rather than one per chunk: Spark's per-task cost (scheduling, closure and
        // result transfer) is then paid a few dozen times, while each chunk is still written on its own.
        // Every chunk is visited: one finished earlier (perhaps by the local backend) may lack its Parquet part.
        java.util.Set<Integer> todo = new java.util.HashSet<>(chunks);
        List<List<Integer>> slices = ChunkRun.split(experiment.chunkCount(), 4 * sc.defaultParallelism());
        int tasks = slices.size();
        long[] points = new long[tasks];
        for (int t = 0; t < tasks; t++) {
            for (int c : slices.get(t)) {
                if (todo.contains(c)) {
                    points[t] += Math.min(chunk, size - (long) c * chunk);
                }
            }
        }
        SparkListener listener = new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.taskInfo().successful() && end.taskInfo().index() < tasks) {
                    progress.advance(points[end.taskInfo().index()]);
                }
            }
        };
        sc.addSparkListener(listener);
        try {
            jsc.setJobDescription("spokes sweep " + experiment.name() + ": " + chunks.size() + " chunks in " + tasks + " tasks");
            jsc.parallelize(slices, tasks).foreach(slice -> ChunkTask.run(shared.value(), dir, slice));
        } finally {
            sc.removeSparkListener(listener);
            shared.destroy();
        }
    }

    @Override
    public void complete(Experiment experiment, SweepFolder folder) {
        // a run that found the table complete has started no context yet
        SparkContext sc = context != null ? context : context(experiment, 1);
        ParquetCopy.publish(sc.getConf(), sc.hadoopConfiguration(), experiment, folder);
    }

    /**
     * The active context (spark-submit configures it), or a local one on {@code threads} cores bound
     * to the loopback address when none is configured. Plain Spark core: the sweep needs no SQL engine.
     */
    static SparkContext context(Experiment experiment, int threads) {
        SparkConf conf = new SparkConf();
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[" + Math.max(1, threads) + "]")
                    .set("spark.driver.host", "127.0.0.1")
                    .set("spark.driver.bindAddress", "127.0.0.1")
                    .set("spark.ui.enabled", "false");
        }
        if (!conf.contains("spark.app.name")) {
            conf.setAppName("spokes sweep " + experiment.name());
        }
        return SparkContext.getOrCreate(conf);
    }
}
