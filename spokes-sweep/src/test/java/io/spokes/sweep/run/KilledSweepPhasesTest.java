package io.spokes.sweep.run;

import io.spokes.io.KillPoint;
import io.spokes.sweep.Experiments;
import io.spokes.sweep.experiment.Experiment;
import io.spokes.sweep.parquet.ParquetRows;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real sweep process stopped at each named moment of its life ({@link KillPoint}) and killed there
 * with SIGKILL, then started again with the same command, finishes with the bytes of an
 * uninterrupted run and leaves no temporary file: while its folder is created, while chunks are
 * solved, while the table is joined and while the Parquet copy is published. The same holds after
 * the folder's creation fails for want of space.
 */
@Tag("slow") // starts two real JVMs per kill point (about 35 processes, about a minute): left out of ./test --fast
class KilledSweepPhasesTest {
    @TempDir
    static Path dir;
    private static Path file;
    private static Path whole;

    /** 40 points in chunks of 4: 10 chunks, dealt into 4 runs (Parquet parts) on one thread. */
    private static String experiment() {
        return Experiments.toyLatin(40).replace("chunk: 7", "chunk: 4");
    }

    @BeforeAll
    static void uninterrupted() {
        file = Experiments.write(dir, "phases.yaml", experiment());
        Experiment e = Experiments.read(dir, experiment());
        whole = dir.resolve("whole");
        Sweep.run(e, whole, new LocalBackend(), 1, Progress.none());
    }

    /** Each kill point, and whether a file is half written there (its hidden temporary file is on disk). */
    static Stream<Arguments> killPoints() {
        return Stream.of(
                // creation of the folder
                Arguments.of("create.folder", false),
                Arguments.of("create.manifest", true),
                Arguments.of("create.experiment", true),
                Arguments.of("create.scenario", true),
                Arguments.of("create.parts", false),
                // solving: the third chunk's parts half written, after the fifth chunk, a run's Parquet part before its rename
                Arguments.of("solve.summary:3", true),
                Arguments.of("solve.rows:3", true),
                Arguments.of("solve.chunk:5", true),
                Arguments.of("solve.parquet:2", true),
                // the join, and the Parquet copy
                Arguments.of("join.summary", true),
                Arguments.of("join.results", true),
                Arguments.of("join.parts", false),
                Arguments.of("join.deleting", false),
                Arguments.of("publish.parquet", true),
                Arguments.of("publish.parts", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("killPoints")
    void killedThereTheSameCommandFinishesWithTheUninterruptedBytesAndNoTemporaryFile(String point, boolean halfWritten)
            throws Exception {
        Path out = dir.resolve(point.replace(':', '-'));
        Path log = dir.resolve(point.replace(':', '-') + ".log");
        Process first = start(List.of("-D" + KillPoint.PROPERTY + "=" + point), out, log);
        String name = point.split(":")[0];
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!Files.readString(log).contains(KillPoint.HALTED + name)) {
            assertThat(first.isAlive()).as("the sweep stops at %s before it ends: %s", point, Files.readString(log)).isTrue();
            assertThat(System.nanoTime()).as("reached %s in time", point).isLessThan(deadline);
            Thread.sleep(10);
        }
        first.destroyForcibly(); // SIGKILL
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        if (halfWritten) {
            assertThat(temporaries(out)).as("killed with a file half written at %s", point).isNotEmpty();
        }
        assertThat(Files.exists(out.resolve(SweepFolder.RESULTS))).as("the table is complete only after the join")
                .isEqualTo(name.startsWith("join.parts") || name.startsWith("join.deleting") || name.startsWith("publish."));

        Process second = start(List.of(), out, log);
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).as(Files.readString(log)).isZero();
        assertTheSameAsUninterrupted(out);
    }

    /**
     * A full disk while the folder is created: one line naming the file and the reason, exit 2 (an
     * output that cannot be written, as every output-path error: io.spokes.io.OutputException), no temporary file; the same command then finishes. A file-size limit
     * stands in for the full disk: writing the scenario's copy (9.9 kB) fails, as it would on a full
     * disk, with the manifest (0.4 kB) and the experiment's copy (0.6 kB) written.
     */
    @Test
    void aFullDiskWhileTheFolderIsCreatedLeavesAFolderTheSameCommandFinishes() throws Exception {
        Path out = dir.resolve("full");
        Path log = dir.resolve("full.log");
        // dash reads 'ulimit -f' in 512-byte blocks, bash in 1024: 2 or 4 kB, either way below the scenario's copy
        Process first = start(List.of(), out, log, "ulimit -f 4; exec");
        assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String said = Files.readString(log).strip();
        assertThat(first.exitValue()).as(said).isEqualTo(2);
        assertThat(said).isEqualTo("error: cannot write " + out.resolve(SweepFolder.SCENARIO) + ": file too large");
        assertThat(temporaries(out)).isEmpty();
        assertThat(out.resolve(SweepFolder.MANIFEST)).isRegularFile();

        Process second = start(List.of(), out, log);
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).as(Files.readString(log)).isZero();
        assertTheSameAsUninterrupted(out);
    }

    @Test
    void withoutThePropertyEveryKillPointIsInert() {
        assertThat(System.getProperty(KillPoint.PROPERTY)).isNull();
        KillPoint.reach("create.folder"); // returns at once
    }

    private static void assertTheSameAsUninterrupted(Path out) throws IOException {
        for (String f : List.of(SweepFolder.RESULTS, SweepFolder.SUMMARY, SweepFolder.MANIFEST, SweepFolder.EXPERIMENT, SweepFolder.SCENARIO)) {
            assertThat(Files.mismatch(out.resolve(f), whole.resolve(f))).as(f).isEqualTo(-1L);
        }
        ParquetRows.assertHoldsTheTable(out);
        assertThat(entries(out)).isEqualTo(entries(whole));
        assertThat(temporaries(out)).isEmpty();
    }

    private static Process start(List<String> jvmOptions, Path out, Path log) throws IOException {
        return start(jvmOptions, out, log, null);
    }

    /** The sweep command in a new JVM; {@code shellPrefix}, if given, runs it through sh after that text. */
    private static Process start(List<String> jvmOptions, Path out, Path log, String shellPrefix) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:-UsePerfData", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.spokes.sweep.cli.SweepMain", "sweep", file.toString(),
                "--out", out.toString(), "--threads", "1", "--progress", "none"));
        if (shellPrefix != null) {
            StringBuilder line = new StringBuilder(shellPrefix);
            for (String c : cmd) {
                line.append(" '").append(c.replace("'", "'\\''")).append('\'');
            }
            cmd = List.of("sh", "-c", line.toString());
        }
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Hidden or .tmp files and folders anywhere in the sweep folder. */
    private static List<Path> temporaries(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(p -> !p.equals(out))
                    .filter(p -> p.getFileName().toString().startsWith(".") || p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    /** The folder's own entries (the Parquet dataset's files may be laid out differently after a resume). */
    private static List<String> entries(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
