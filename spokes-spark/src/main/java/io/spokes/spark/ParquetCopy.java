package io.spokes.spark;

import io.spokes.sweep.experiment.Experiment;
import io.spokes.sweep.parquet.ParquetParts;
import io.spokes.sweep.run.SweepFolder;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Where a Spark sweep's Parquet copy goes: {@code results.parquet/} in the sweep folder, as on the
 * local backend ({@link ParquetParts}), or wherever {@code spark.spokes.parquet} says — any Hadoop
 * file system URI, {@code file:}, {@code hdfs://}, {@code s3a://}. For another place the copy is
 * made in the sweep folder first, copied there under a hidden temporary name, renamed, and the
 * folder's copy removed.
 */
public final class ParquetCopy {
    public static final String LOCATION = "spark.spokes.parquet";

    private ParquetCopy() {
    }

    /** Where the Parquet copy goes for this folder. */
    public static String location(SparkConf conf, SweepFolder folder) {
        String configured = conf.get(LOCATION, "");
        return configured.isEmpty() ? folder.dir().toAbsolutePath().resolve(ParquetParts.RESULTS).toUri().toString() : configured;
    }

    static void publish(SparkConf conf, Configuration hadoop, Experiment e, SweepFolder folder) {
        if (conf.get(LOCATION, "").isEmpty()) {
            ParquetParts.publish(e, folder);
            return;
        }
        String target = location(conf, folder);
        java.nio.file.Path local = folder.dir().resolve(ParquetParts.RESULTS);
        try {
            Path out = new Path(target);
            FileSystem fs = out.getFileSystem(hadoop);
            if (!fs.exists(out)) {
                ParquetParts.publish(e, folder);
                Path tmp = new Path(out.getParent(), "." + out.getName() + ".tmp");
                fs.delete(tmp, true);
                fs.mkdirs(tmp);
                FileSystem localFs = FileSystem.getLocal(hadoop);
                for (java.nio.file.Path p : ParquetParts.parts(local)) {
                    FileUtil.copy(localFs, new Path(p.toUri()), fs, new Path(tmp, p.getFileName().toString()), false, hadoop);
                }
                if (!fs.rename(tmp, out)) {
                    throw new IOException("cannot rename " + tmp + " to " + out);
                }
            }
            ParquetParts.deleteTree(local);
        } catch (IOException x) {
            throw new UncheckedIOException("cannot write the Parquet copy at " + target + ": " + x.getMessage(), x);
        }
    }
}
