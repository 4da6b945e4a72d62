package io.spokes.sweep.cli;

import io.spokes.sweep.Experiments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crisis label a spreadsheet would run as a formula is neutralised (a leading ') in a sweep's
 * results.csv and in analyze's indices.csv (issue 14, item 6; io.spokes.io.csv.CsvWriter#text), and
 * the analysis still finds every output: the label is the same, neutralised, everywhere it is written.
 */
class SweepCsvInjectionTest {
    @Test
    void sweepResultsAndIndicesNeutraliseAFormulaLabel(@TempDir Path dir) throws Exception {
        String toy = Files.readString(Experiments.TOY).replace("label: \"North Korea challenges South Korea\"", "label: \"@SUM(1+1)*cmd\"");
        assertThat(toy).contains("@SUM");
        Path scenario = Files.writeString(dir.resolve("toy.yaml"), toy);
        Path experiment = Experiments.write(dir, "e.yaml", "name: inj\nscenario: " + scenario + "\nseed: 5\ndesign: latin\npoints: 16\n"
                + "measures: [deterrence]\nparameters:\n  kbar: {range: [0.5, 2.0]}\n  rho: {range: [0.0, 0.6]}\n");
        SweepCliTest.Run sweep = SweepCliTest.run("sweep", experiment.toString(), "--out", dir.resolve("s").toString(),
                "--threads", "1", "--progress", "none");
        assertThat(sweep.code()).as(sweep.err()).isZero();
        List<String> results = Files.readAllLines(dir.resolve("s/results.csv"));
        assertThat(results.subList(1, results.size())).isNotEmpty().allSatisfy(l -> assertThat(l).contains(",'@SUM(1+1)*cmd,"));

        SweepCliTest.Run analyze = SweepCliTest.run("analyze", dir.resolve("s").toString(), "--bootstrap", "50");
        assertThat(analyze.code()).as(analyze.err()).isZero();
        List<String> indices = Files.readAllLines(dir.resolve("s/analysis/indices.csv"));
        // 1 output x 2 parameters (Spearman: one index each)
        assertThat(indices.subList(1, indices.size())).hasSize(2).allSatisfy(l -> assertThat(l).contains(",'@SUM(1+1)*cmd,"));
    }
}
