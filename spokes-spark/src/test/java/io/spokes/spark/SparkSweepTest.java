package io.spokes.spark;

import io.spokes.sweep.experiment.Experiment;
import io.spokes.sweep.experiment.ExperimentReader;
import io.spokes.sweep.run.LocalBackend;
import io.spokes.sweep.run.PointSolver;
import io.spokes.sweep.run.Progress;
import io.spokes.sweep.run.Sweep;
import io.spokes.sweep.run.SweepFolder;
import io.spokes.sweep.design.Design;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Spark backend in local[2], bound to the loopback address with the UI off. */
@Tag("slow") // starts Spark: left out of ./test --fast, always in the full suite
class SparkSweepTest {
    static final Path TOY = Path.of("../scenarios/toy-triangle.yaml").toAbsolutePath().normalize();
    static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("spokes-spark tests")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private Experiment experiment(int points) throws IOException {
        // the toy world with sampled coalitions above exact_limit (large_method 1), so that the seeds matter
        Path toy = dir.resolve("toy-triangle.yaml");
        Files.writeString(toy, Files.readString(TOY) + "\nparameters:\n  large_method: 1\n");
        String text = "name: toy-spark\n"
                + "scenario: " + toy + "\n"
                + "seed: 11\n"
                + "design: latin\n"
                + "points: " + points + "\n"
                + "equilibria: [upper, lower]\n"
                + "variants: [baseline, {architecture: lattice}]\n"
                + "measures: [deterrence, p_war, hub_abandonment, intervention]\n"
                + "parameters:\n"
                + "  kbar: {range: [0.5, 2.0], scale: log}\n"
                + "  rho: {range: [0.0, 0.6]}\n"
                // exact_limit 0 or 1 forces sampled coalitions: the point streams are exercised, not just the closed forms
                + "  samples: {range: [64, 256]}\n"
                + "  exact_limit: {range: [0, 1]}\n"
                + "replicates: 2\n"
                + "chunk: 9\n";
        Path file = dir.resolve("toy-spark.yaml");
        Files.writeString(file, text);
        return ExperimentReader.read(file);
    }

    @Test
    void localOneThreadLocalTwoThreadsAndSparkWriteByteIdenticalTables() throws IOException {
        Experiment e = experiment(80);
        Sweep.run(e, dir.resolve("one"), new LocalBackend(), 1, Progress.none());
        Sweep.run(e, dir.resolve("two"), new LocalBackend(), 2, Progress.none());
        Sweep.Outcome o = Sweep.run(e, dir.resolve("spark"), Sweep.backend("spark"), 2, Progress.none());
        assertThat(o.chunksSolved()).isEqualTo(e.chunkCount());
        // sampled points differ between replicates (their streams differ), so the seeds matter to the comparison
        List<String> rows = Files.readAllLines(dir.resolve("one/results.csv"));
        assertThat(rows.stream().filter(r -> r.startsWith("toy-spark,toy-triangle,5,") && r.contains(",baseline,") && r.contains(",upper,deterrence,"))
                .map(r -> r.split(",")[13]).distinct().count()).isEqualTo(2);
        for (String f : List.of("results.csv", "summary.csv")) {
            assertThat(Files.mismatch(dir.resolve("one").resolve(f), dir.resolve("two").resolve(f))).as(f).isEqualTo(-1L);
            assertThat(Files.mismatch(dir.resolve("one").resolve(f), dir.resolve("spark").resolve(f))).as(f).isEqualTo(-1L);
        }
        // the Parquet copy holds the same rows, typed
        Dataset<Row> parquet = spark.read().parquet(dir.resolve("spark/results.parquet").toString());
        assertThat(parquet.schema().fieldNames()).containsExactlyElementsOf(io.spokes.sweep.table.SweepTable.columns(e));
        assertThat(parquet.schema().apply("point").dataType()).isEqualTo(org.apache.spark.sql.types.DataTypes.IntegerType);
        assertThat(parquet.schema().apply("point_seed").dataType()).isEqualTo(org.apache.spark.sql.types.DataTypes.LongType);
        assertThat(parquet.schema().apply("kbar").dataType()).isEqualTo(org.apache.spark.sql.types.DataTypes.DoubleType);
        assertThat(parquet.schema().apply("samples").dataType()).isEqualTo(org.apache.spark.sql.types.DataTypes.LongType);
        assertParquetHoldsTheTable(dir.resolve("spark"));
    }

    @Test
    void anInterruptedSparkSweepResumesWithTheMissingChunksOnly() throws IOException {
        Experiment e = experiment(40);
        Sweep.run(e, dir.resolve("whole"), new LocalBackend(), 2, Progress.none());
        SweepFolder folder = new SweepFolder(dir.resolve("cut"));
        folder.claim(e);
        PointSolver solver = new PointSolver(e, Design.of(e));
        folder.write(solver.solveChunk(1, n -> { }));
        folder.write(solver.solveChunk(3, n -> { }));
        Sweep.Outcome o = Sweep.run(e, dir.resolve("cut"), new SparkBackend(), 2, Progress.none());
        assertThat(o.chunksSolved()).isEqualTo(e.chunkCount() - 2);
        assertThat(Files.mismatch(dir.resolve("whole/results.csv"), dir.resolve("cut/results.csv"))).isEqualTo(-1L);
        // killed after the table but before Parquet: the next run only writes the Parquet copy
        // one Parquet file per task's run of chunks, covering the two chunks written before Spark took over
        try (var s = Files.list(dir.resolve("cut/results.parquet"))) {
            assertThat(s.filter(p -> p.toString().endsWith(".parquet")).count()).isBetween(1L, (long) e.chunkCount());
        }
        // chunks 1 and 3 reach Parquet from their table text, the others typed from the solver
        assertParquetHoldsTheTable(dir.resolve("cut"));
        try (var s = Files.walk(dir.resolve("cut/results.parquet"))) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
        assertThat(Sweep.run(e, dir.resolve("cut"), new SparkBackend(), 2, Progress.none()).alreadyComplete()).isTrue();
        // written again from the joined table
        assertParquetHoldsTheTable(dir.resolve("cut"));
        try (var s = Files.list(dir.resolve("cut"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("results.csv", "results.parquet",
                    "summary.csv", "experiment.yaml", "scenario.yaml", "sweep.properties");
        }
    }

    @Test
    void theParquetCopyGoesWhereSparkSpokesParquetSays() throws IOException {
        Experiment e = experiment(30);
        Sweep.run(e, dir.resolve("s"), new LocalBackend(), 2, Progress.none());
        Path elsewhere = dir.resolve("shared/copy.parquet");
        Files.createDirectories(elsewhere.getParent());
        org.apache.spark.SparkConf conf = new org.apache.spark.SparkConf().set(ParquetCopy.LOCATION, elsewhere.toUri().toString());
        ParquetCopy.publish(conf, spark.sparkContext().hadoopConfiguration(), e, new SweepFolder(dir.resolve("s")));
        assertThat(dir.resolve("s/results.parquet")).doesNotExist();
        Dataset<Row> copy = spark.read().parquet(elsewhere.toString());
        assertThat(copy.count()).isEqualTo(Files.readAllLines(dir.resolve("s/results.csv")).size() - 1);
        try (var s = Files.list(elsewhere.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("copy.parquet");
        }
    }

    @Test
    void sparkSubmitRunsTheSweepOnSparkUnlessTheBackendIsGiven() {
        assertThat(SparkSweep.withSparkBackend(new String[] {"sweep", "x.yaml"})).containsExactly("sweep", "--backend=spark", "x.yaml");
        assertThat(SparkSweep.withSparkBackend(new String[] {"sweep", "x.yaml", "--backend", "local"}))
                .containsExactly("sweep", "x.yaml", "--backend", "local");
        assertThat(SparkSweep.withSparkBackend(new String[] {"analyze", "dir"})).containsExactly("analyze", "dir");
    }

    /**
     * Every Parquet row, written back as table text (numbers as the table writes them, null as NA),
     * is a row of results.csv, and every row of results.csv is there exactly once: the typed copy
     * loses nothing, whichever way its rows arrived.
     */
    static void assertParquetHoldsTheTable(Path folder) throws IOException {
        Dataset<Row> parquet = spark.read().parquet(folder.resolve("results.parquet").toString());
        List<String> fromParquet = new ArrayList<>();
        for (Row r : parquet.collectAsList()) {
            java.io.StringWriter line = new java.io.StringWriter();
            try (io.spokes.io.csv.CsvWriter f = io.spokes.io.csv.CsvWriter.to(line)) {
                for (int i = 0; i < r.size(); i++) {
                    Object v = r.get(i);
                    if (v == null) {
                        f.missing();
                    } else if (v instanceof Double d) {
                        f.number(d);
                    } else if (v instanceof String t) {
                        f.text(t);
                    } else {
                        f.numeral(v.toString());
                    }
                }
            }
            fromParquet.add(line.toString().substring(0, line.toString().length() - 1));
        }
        List<String> csv = Files.readAllLines(folder.resolve("results.csv"));
        List<String> fromCsv = new ArrayList<>(csv.subList(1, csv.size()));
        assertThat(String.join(",", parquet.columns())).isEqualTo(csv.get(0));
        fromCsv.sort(null);
        fromParquet.sort(null);
        assertThat(fromParquet).hasSize(fromCsv.size()).isEqualTo(fromCsv);
    }
}
