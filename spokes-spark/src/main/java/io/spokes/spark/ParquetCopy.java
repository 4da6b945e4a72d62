package io.spokes.spark;

import io.spokes.sweep.experiment.Experiment;
import io.spokes.sweep.run.SweepFolder;
import io.spokes.sweep.table.SweepTable;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.apache.spark.SparkConf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * The sweep table as Parquet: a directory {@code results.parquet} beside {@code results.csv} (or
 * wherever {@code spark.spokes.parquet} says: any Hadoop file system URI, {@code file:},
 * {@code hdfs://}, {@code s3a://}) holding one file per task's run of chunks, as Spark writes datasets. Executors
 * write each run's file once its chunks are solved (under a temporary name, then renamed), into
 * {@code parquet-parts/} of the sweep folder; once the table is joined the driver moves the
 * directory into place under a temporary name and renames it. Typed columns: int32 point and
 * replicate, int64 seeds, double value and varied parameters (NA becomes null), UTF-8 strings.
 */
public final class ParquetCopy {
    public static final String LOCATION = "spark.spokes.parquet";

    private ParquetCopy() {
    }

    /**
     * The table's columns, typed: int32 point and replicate, int64 seeds, double value, each varied
     * parameter double (int64 for integer parameters such as samples), strings as UTF-8.
     */
    public static MessageType schema(Experiment e) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (String c : SweepTable.LEADING) {
            switch (c) {
                case "point", "replicate" -> b.required(PrimitiveTypeName.INT32).named(c);
                case "seed", "point_seed" -> b.required(PrimitiveTypeName.INT64).named(c);
                case "value" -> b.optional(PrimitiveTypeName.DOUBLE).named(c);
                default -> b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(c);
            }
        }
        for (io.spokes.sweep.experiment.Factor f : e.factors()) {
            b.optional(f.parameter().isInteger() ? PrimitiveTypeName.INT64 : PrimitiveTypeName.DOUBLE).named(f.symbol());
        }
        return b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(SweepTable.VERSION)
                .named("spokes_sweep");
    }

    /** Where the Parquet copy goes for this folder. */
    public static String location(SparkConf conf, SweepFolder folder) {
        String configured = conf.get(LOCATION, "");
        return configured.isEmpty() ? folder.dir().toAbsolutePath().resolve("results.parquet").toUri().toString() : configured;
    }

    /** Where the Parquet part of the chunks {@code first..last} is written. */
    static java.nio.file.Path part(SweepFolder folder, int first, int last) {
        return folder.dir().resolve(PARTS).resolve(String.format("part-%06d-%06d.parquet", first, last));
    }

    /** Whether the Parquet parts in {@code parts} cover every chunk exactly once. */
    static boolean coversEveryChunk(java.nio.file.Path parts, int chunkCount) throws IOException {
        if (!Files.isDirectory(parts)) {
            return false;
        }
        int[] seen = new int[chunkCount];
        try (java.util.stream.Stream<java.nio.file.Path> s = Files.list(parts)) {
            for (java.nio.file.Path p : s.toList()) {
                java.util.regex.Matcher m = PART_NAME.matcher(p.getFileName().toString());
                if (m.matches()) {
                    for (int c = Integer.parseInt(m.group(1)); c <= Integer.parseInt(m.group(2)) && c < chunkCount; c++) {
                        seen[c]++;
                    }
                }
            }
        }
        return java.util.Arrays.stream(seen).allMatch(n -> n == 1);
    }

    private static final java.util.regex.Pattern PART_NAME = java.util.regex.Pattern.compile("part-(\\d{6})-(\\d{6})\\.parquet");

    static final String PARTS = "parquet-parts";

    /** One Hadoop configuration per JVM: building one reads every default resource. */
    private static final class Hadoop {
        static final Configuration CONF = new Configuration();
    }

    /** Opens the Parquet part of the chunks {@code first..last}, to be committed once every row is in. */
    static ParquetPart openPart(Experiment e, java.nio.file.Path target) throws IOException {
        Files.createDirectories(target.getParent());
        return new ParquetPart(e, new Path(target.toUri()), Hadoop.CONF);
    }

    /**
     * Puts the Parquet copy in place once the table is complete: the executors' parts when every
     * chunk has one, else (a sweep finished by another backend, or killed between table and copy)
     * one file streamed from the joined table.
     */
    static void publish(SparkConf conf, Configuration hadoop, Experiment e, SweepFolder folder) {
        String target = location(conf, folder);
        java.nio.file.Path parts = folder.dir().resolve(PARTS);
        try {
            Path out = new Path(target);
            FileSystem fs = out.getFileSystem(hadoop);
            fs.setWriteChecksum(false);
            if (!fs.exists(out)) {
                Path tmp = new Path(out.getParent(), "." + out.getName() + ".tmp");
                fs.delete(tmp, true);
                boolean whole = coversEveryChunk(parts, e.chunkCount());
                Path local = new Path(parts.toUri());
                FileSystem localFs = local.getFileSystem(hadoop);
                if (whole) {
                    deleteAbandoned(parts);
                }
                if (whole && localFs.getUri().equals(fs.getUri())) {
                    if (!fs.rename(local, tmp)) {
                        throw new IOException("cannot rename " + local + " to " + tmp);
                    }
                } else if (whole) {
                    fs.mkdirs(tmp);
                    try (java.util.stream.Stream<java.nio.file.Path> s = Files.list(parts)) {
                        for (java.nio.file.Path p : s.filter(x -> PART_NAME.matcher(x.getFileName().toString()).matches()).sorted().toList()) {
                            org.apache.hadoop.fs.FileUtil.copy(localFs, new Path(p.toUri()), fs, new Path(tmp, p.getFileName().toString()), false, hadoop);
                        }
                    }
                } else {
                    fs.mkdirs(tmp);
                    try (BufferedReader in = Files.newBufferedReader(folder.results(), StandardCharsets.UTF_8);
                         ParquetPart copy = new ParquetPart(e, new Path(tmp, "part-000000.parquet"), hadoop)) {
                        in.readLine();
                        copy.append(in);
                        copy.commit();
                    }
                }
                if (!fs.rename(tmp, out)) {
                    throw new IOException("cannot rename " + tmp + " to " + out);
                }
            }
            deleteParts(parts);
        } catch (IOException x) {
            throw new UncheckedIOException("cannot write the Parquet copy at " + target + ": " + x.getMessage(), x);
        }
    }

    private static void deleteParts(java.nio.file.Path parts) throws IOException {
        if (Files.isDirectory(parts)) {
            try (java.util.stream.Stream<java.nio.file.Path> s = Files.list(parts)) {
                for (java.nio.file.Path p : s.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(parts);
        }
    }

    /** Hidden temporary files of tasks that failed before their commit: not part of the copy. */
    private static void deleteAbandoned(java.nio.file.Path parts) throws IOException {
        try (java.util.stream.Stream<java.nio.file.Path> s = Files.list(parts)) {
            for (java.nio.file.Path p : s.filter(x -> x.getFileName().toString().startsWith(".")).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
