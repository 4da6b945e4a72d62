package io.spokes.sweep.run;

import io.spokes.sweep.Experiments;
import io.spokes.sweep.experiment.Experiment;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A real sweep process killed with SIGKILL mid-run and started again finishes with the uninterrupted table. */
@Tag("slow") // kills real processes: left out of ./test --fast, always in the full suite
class KilledSweepTest {
    @TempDir
    Path dir;

    private String experiment() {
        return "name: killed\n"
                + "scenario: " + Experiments.KOREA + "\n"
                + "seed: 99\n"
                + "design: latin\n"
                + "points: 1500\n"
                + "equilibria: [upper, lower]\n"
                + "crises: [{challenger: PRK, target: KOR}]\n"
                + "measures: [deterrence, p_war, hub_abandonment]\n"
                + "parameters:\n"
                + "  kbar: {range: [0.5, 2.0], scale: log}\n"
                + "  rho: {range: [0.0, 0.6]}\n"
                + "chunk: 15\n";
    }

    private Process start(Path file, Path out) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> cmd = new ArrayList<>(List.of(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "io.spokes.sweep.cli.SweepMain", "sweep", file.toString(), "--out", out.toString(), "--threads", "1", "--progress", "none"));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    }

    private static long parts(Path out) throws IOException {
        Path parts = out.resolve("parts");
        if (!Files.isDirectory(parts)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(parts)) {
            return s.filter(p -> p.getFileName().toString().matches("part-\\d+\\.csv")).count();
        }
    }

    @Test
    void killedWithSigkillAndRestartedItEqualsAnUninterruptedRun() throws Exception {
        Path file = Experiments.write(dir, "killed.yaml", experiment());
        Experiment e = Experiments.read(dir, experiment());
        Path out = dir.resolve("sweep");

        Process first = start(file, out);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (parts(out) < 8 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long written = parts(out);
        assertThat(written).as("killed mid-run (%s)", Files.readString(dir.resolve("child.log"))).isBetween(8L, e.chunkCount() - 1L);
        assertThat(out.resolve("results.csv")).doesNotExist();

        Process second = start(file, out);
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).as(Files.readString(dir.resolve("child.log"))).isZero();
        assertThat(Files.readString(dir.resolve("child.log"))).contains((e.chunkCount() - written) + " of " + e.chunkCount() + " parts solved in this run");

        Sweep.run(e, dir.resolve("whole"), new LocalBackend(), 2, Progress.none());
        assertThat(Files.mismatch(out.resolve("results.csv"), dir.resolve("whole/results.csv"))).isEqualTo(-1L);
        assertThat(Files.mismatch(out.resolve("summary.csv"), dir.resolve("whole/summary.csv"))).isEqualTo(-1L);
        // the Parquet copy too: the killed run's Parquet part was rebuilt from its finished chunks' table parts
        io.spokes.sweep.parquet.ParquetRows.assertHoldsTheTable(out);
        io.spokes.sweep.parquet.ParquetRows.assertHoldsTheTable(dir.resolve("whole"));
        assertThat(out.resolve("parquet-parts")).doesNotExist();
        assertThat(Files.readAllLines(out.resolve("results.csv"))).hasSize(1 + 1500 * 2 * 3);
    }
}
