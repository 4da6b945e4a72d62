package io.spokes.sweep.run;

import io.spokes.io.InputException;
import io.spokes.io.csv.CsvReader;
import io.spokes.sweep.Experiments;
import io.spokes.sweep.experiment.Experiment;
import io.spokes.sweep.table.SweepTable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SweepTest {
    @TempDir
    Path dir;

    private Experiment toy(int points) {
        return Experiments.read(dir, Experiments.toyLatin(points));
    }

    @Test
    void oneThreadAndTwoThreadsWriteByteIdenticalTables() throws IOException {
        Experiment e = toy(60);
        Sweep.run(e, dir.resolve("one"), new LocalBackend(), 1, Progress.none());
        Sweep.run(e, dir.resolve("two"), new LocalBackend(), 2, Progress.none());
        assertThat(Files.mismatch(dir.resolve("one/results.csv"), dir.resolve("two/results.csv"))).isEqualTo(-1L);
        assertThat(Files.mismatch(dir.resolve("one/summary.csv"), dir.resolve("two/summary.csv"))).isEqualTo(-1L);
        assertThat(dir.resolve("one/parts")).doesNotExist();
        // both wrote the Parquet copy: the same rows, in files laid out by run (4 per thread)
        io.spokes.sweep.parquet.ParquetRows.assertHoldsTheTable(dir.resolve("one"));
        io.spokes.sweep.parquet.ParquetRows.assertHoldsTheTable(dir.resolve("two"));
        assertThat(io.spokes.sweep.parquet.ParquetParts.parts(dir.resolve("one/results.parquet"))).hasSize(4);
        assertThat(io.spokes.sweep.parquet.ParquetParts.parts(dir.resolve("two/results.parquet"))).hasSize(8);
        assertThat(dir.resolve("one/parquet-parts")).doesNotExist();
    }

    @Test
    void theTableHasOneRowPerPointReplicateVariantEquilibriumCrisisAndMeasureWithEveryColumn() throws IOException {
        Experiment e = toy(20);
        Sweep.run(e, dir.resolve("s"), new LocalBackend(), 2, Progress.none());
        List<List<String>> rows = read(dir.resolve("s/results.csv"));
        assertThat(String.join(",", rows.get(0)) + "\n").isEqualTo(SweepTable.header(e))
                .isEqualTo(String.join(",", SweepTable.columns(e)) + "\n")
                .isEqualTo("experiment,scenario,point,replicate,seed,point_seed,variant,challenger,target,crisis,equilibrium,"
                        + "measure,state,value,kbar,rho,lambda_defense,version\n");
        // 20 points x 2 variants x 2 equilibria x 1 crisis x (deterrence, p_war, hub_abandonment, entrapment:JPN)
        assertThat(rows).hasSize(1 + 20 * 2 * 2 * 4);
        Set<String> keys = new HashSet<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            assertThat(r).hasSize(18);
            assertThat(keys.add(String.join("|", r.subList(2, 13)))).as("row %s is unique", r).isTrue();
            int point = Integer.parseInt(r.get(2));
            assertThat(Long.parseLong(r.get(5))).isEqualTo(PointSeed.of(7, point, 0));
            assertThat(r.get(4)).isEqualTo("7");
            double kbar = Double.parseDouble(r.get(14));
            assertThat(kbar).isBetween(0.5, 2.0);
            assertThat(r.get(17)).isEqualTo(io.spokes.core.SpokesVersion.VERSION);
        }
        // the row's parameters are those the point was solved with: re-solve one point directly
        PointSolver solver = new PointSolver(e, io.spokes.sweep.design.Design.of(e));
        assertThat(solver.values(3)[0]).isEqualTo(Double.parseDouble(rows.stream().skip(1)
                .filter(r -> r.get(2).equals("3")).findFirst().orElseThrow().get(14)));
        assertThat(Files.readAllLines(dir.resolve("s/summary.csv"))).hasSize(1 + 2 * 2 * 4);
    }

    @Test
    void aResumedSweepSolvesOnlyTheMissingPartsAndEqualsAnUninterruptedOne() throws IOException {
        Experiment e = toy(40);
        Sweep.run(e, dir.resolve("whole"), new LocalBackend(), 2, Progress.none());
        // an interrupted sweep: some parts written, one half-written temporary left behind, no results yet
        SweepFolder folder = new SweepFolder(dir.resolve("cut"));
        folder.claim(e);
        PointSolver solver = new PointSolver(e, io.spokes.sweep.design.Design.of(e));
        for (int c : List.of(0, 2, 5)) {
            folder.write(solver.solveChunk(c, n -> { }));
        }
        Files.writeString(dir.resolve("cut/parts/.part-000001.csv12345.tmp"), "half a row");
        assertThat(folder.remaining(e)).containsExactly(1, 3, 4);
        Sweep.Outcome o = Sweep.run(e, dir.resolve("cut"), new LocalBackend(), 2, Progress.none());
        assertThat(o.chunksSolved()).isEqualTo(3);
        assertThat(Files.mismatch(dir.resolve("whole/results.csv"), dir.resolve("cut/results.csv"))).isEqualTo(-1L);
        assertThat(Files.mismatch(dir.resolve("whole/summary.csv"), dir.resolve("cut/summary.csv"))).isEqualTo(-1L);
        // chunks 0, 2 and 5 reached Parquet from their table parts, the others typed from the solver
        io.spokes.sweep.parquet.ParquetRows.assertHoldsTheTable(dir.resolve("cut"));
        // killed between the table and the Parquet copy: the next run writes the copy from the table
        io.spokes.sweep.parquet.ParquetRows.assertHoldsTheTable(dir.resolve("whole"));
        try (Stream<Path> s = Files.walk(dir.resolve("cut/results.parquet"))) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        assertThat(Sweep.run(e, dir.resolve("cut"), new LocalBackend(), 2, Progress.none()).alreadyComplete()).isTrue();
        io.spokes.sweep.parquet.ParquetRows.assertHoldsTheTable(dir.resolve("cut"));
        assertThat(io.spokes.sweep.parquet.ParquetParts.parts(dir.resolve("cut/results.parquet"))).hasSize(1);
        // run again: complete, nothing is solved or rewritten
        long modified = Files.getLastModifiedTime(dir.resolve("cut/results.csv")).toMillis();
        assertThat(Sweep.run(e, dir.resolve("cut"), new LocalBackend(), 2, Progress.none()).alreadyComplete()).isTrue();
        assertThat(Files.getLastModifiedTime(dir.resolve("cut/results.csv")).toMillis()).isEqualTo(modified);
    }

    @Test
    void aFolderOfAnotherExperimentOrWithOtherFilesIsRefused() throws IOException {
        Sweep.run(toy(10), dir.resolve("a"), new LocalBackend(), 1, Progress.none());
        assertThatThrownBy(() -> Sweep.run(toy(12), dir.resolve("a"), new LocalBackend(), 1, Progress.none()))
                .isInstanceOf(InputException.class).hasMessageContaining("holds a sweep of another experiment");
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/notes.txt"), "mine");
        assertThatThrownBy(() -> Sweep.run(toy(10), dir.resolve("b"), new LocalBackend(), 1, Progress.none()))
                .isInstanceOf(InputException.class).hasMessageContaining("not empty and holds no sweep");
        assertThat(Files.readString(dir.resolve("b/notes.txt"))).isEqualTo("mine");
    }

    @Test
    void noResultsFileExistsUntilEveryPartIsDone() throws IOException {
        Experiment e = toy(30);
        SweepFolder folder = new SweepFolder(dir.resolve("p"));
        folder.claim(e);
        PointSolver solver = new PointSolver(e, io.spokes.sweep.design.Design.of(e));
        folder.write(solver.solveChunk(0, n -> { }));
        assertThat(folder.complete()).isFalse();
        assertThatThrownBy(() -> folder.assemble(e)).isInstanceOf(IllegalStateException.class).hasMessageContaining("missing");
        try (Stream<Path> s = Files.list(dir.resolve("p"))) {
            assertThat(s.map(p -> p.getFileName().toString())).doesNotContain("results.csv", "summary.csv");
        }
    }

    @Test
    void progressLinesReportRateAndTimeLeft() {
        java.io.StringWriter text = new java.io.StringWriter();
        Experiment e = toy(14);
        Sweep.run(e, dir.resolve("pl"), new LocalBackend(), 1, Progress.lines(new java.io.PrintWriter(text), java.time.Duration.ZERO));
        assertThat(text.toString()).startsWith("sweep toy-lhs: 14 points\n").contains("14/14 points (100%)").contains("points/s").contains("left");
    }

    static List<List<String>> read(Path csv) throws IOException {
        List<List<String>> rows = new java.util.ArrayList<>();
        try (CsvReader reader = CsvReader.of(new StringReader(Files.readString(csv)))) {
            List<String> row;
            while ((row = reader.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }
}
