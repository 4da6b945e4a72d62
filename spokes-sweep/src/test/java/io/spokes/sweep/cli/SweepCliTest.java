package io.spokes.sweep.cli;

import io.spokes.io.csv.CsvReader;
import io.spokes.io.csv.CsvWriter;
import io.spokes.sweep.Experiments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SweepCliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SweepMain.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private String sobol() {
        return "name: toy-sobol\n"
                + "description: Which parameters drive deterrence in the toy triangle?\n"
                + "scenario: " + Experiments.TOY + "\n"
                + "seed: 3\n"
                + "design: sobol\n"
                + "points: 64\n"
                + "measures: [deterrence, hub_abandonment]\n"
                + "parameters:\n"
                + "  kbar: {range: [0.5, 2.0], scale: log}\n"
                + "  lambda_defense: {range: [0.1, 1.0]}\n"
                + "  g: {range: [0.1, 1.0]}\n";
    }

    @Test
    void sweepThenAnalyzeWritesIndicesChartsAndAPageThatNamesTheDrivers() throws Exception {
        Path file = Experiments.write(dir, "sobol.yaml", sobol());
        Run sweep = run("sweep", file.toString(), "--out", dir.resolve("s").toString(), "--threads", "2", "--progress", "none");
        assertThat(sweep.code()).as(sweep.err()).isZero();
        assertThat(sweep.out()).contains("sweep toy-sobol: 320 points x 1 solves (sobol design, seed 3").contains("80 of 80 parts");
        Run again = run("sweep", file.toString(), "--out", dir.resolve("s").toString(), "--progress", "none");
        assertThat(again.out()).contains("already complete");

        Run analyze = run("analyze", dir.resolve("s").toString(), "--bootstrap", "200");
        assertThat(analyze.code()).as(analyze.err()).isZero();
        assertThat(analyze.out()).contains("deterrence [PRK vs KOR, baseline, auto]: driven by");
        Path a = dir.resolve("s/analysis");
        List<String> indices = Files.readAllLines(a.resolve("indices.csv"));
        // 2 outputs x 3 parameters x (S1, ST)
        assertThat(indices).hasSize(1 + 2 * 3 * 2);
        // g (growth under independence) does not act in the baseline: its indices are exactly zero
        assertThat(indices).anySatisfy(l -> assertThat(l).contains(",deterrence,,g,ST,0.0,0.0,0.0,"));
        // kbar drives deterrence: its total index is at least 0.1 (under model v2 it is about 1; estimates may pass 1)
        assertThat(indices).anySatisfy(l -> assertThat(l).matches(".*,deterrence,,kbar,ST,(0\\.[1-9]|1\\.).*,true,3,.*"));
        String html = Files.readString(a.resolve("index.html"));
        assertThat(html).contains("Driven by kbar").contains("Which parameters drive the results of toy-sobol?")
                .contains("Jansen 1999").contains("tornado-01-deterrence-baseline-prk-kor-auto.png");
        try (Stream<Path> charts = Files.list(a.resolve("charts"))) {
            assertThat(charts.map(p -> p.getFileName().toString())).hasSize(8)
                    .contains("tornado-01-deterrence-baseline-prk-kor-auto.svg", "response-02-hub-abandonment-usa-baseline-prk-kor-auto.png");
        }
        byte[] png = Files.readAllBytes(a.resolve("charts/tornado-01-deterrence-baseline-prk-kor-auto.png"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.readString(a.resolve("charts/response-01-deterrence-baseline-prk-kor-auto.svg"))).contains("<svg");
        for (Path table : List.of(dir.resolve("s/results.csv"), dir.resolve("s/summary.csv"), a.resolve("indices.csv"))) {
            assertReadsBackToTheSameBytes(table);
        }
    }

    /** Read through CsvReader into whole records and written again through CsvWriter, the table is unchanged. */
    static void assertReadsBackToTheSameBytes(Path table) throws IOException {
        String text = Files.readString(table);
        List<List<String>> records = new ArrayList<>();
        try (CsvReader csv = CsvReader.of(new StringReader(text))) {
            for (List<String> f = csv.next(); f != null; f = csv.next()) {
                records.add(f);
            }
        }
        assertThat(records).as(table.toString()).hasSizeGreaterThan(1)
                .allSatisfy(f -> assertThat(f).hasSameSizeAs(records.get(0)));
        StringWriter again = new StringWriter();
        try (CsvWriter csv = CsvWriter.to(again)) {
            for (List<String> f : records) {
                csv.row(f);
            }
        }
        assertThat(again.toString()).as(table.toString()).isEqualTo(text);
    }

    @Test
    void aMorrisSweepIsAnalysedWithMuStarAndSigma() throws Exception {
        String morris = sobol().replace("design: sobol", "design: morris\nlevels: 4").replace("points: 64", "points: 20")
                .replace("toy-sobol", "toy-morris");
        Path file = Experiments.write(dir, "morris.yaml", morris);
        assertThat(run("sweep", file.toString(), "--out", dir.resolve("m").toString(), "--progress", "none").code()).isZero();
        Run analyze = run("analyze", dir.resolve("m").toString(), "--bootstrap", "100");
        assertThat(analyze.code()).as(analyze.err()).isZero();
        List<String> indices = Files.readAllLines(dir.resolve("m/analysis/indices.csv"));
        assertThat(indices).hasSize(1 + 2 * 3 * 3);
        assertThat(indices).anySatisfy(l -> assertThat(l).contains(",deterrence,,g,mu_star,0.0,0.0,0.0,"));
        assertThat(indices).anySatisfy(l -> assertThat(l).contains(",deterrence,,kbar,sigma,"));
    }

    @Test
    void badInputIsOneLineWithExitCodeTwo() throws Exception {
        Path bad = Experiments.write(dir, "bad.yaml", sobol().replace("design: sobol", "design: sobbol"));
        Run r = run("sweep", bad.toString(), "--out", dir.resolve("x").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: " + bad + ":5:9: design: unknown design 'sobbol'; use factorial, latin, sobol or morris\n");
        assertThat(dir.resolve("x")).doesNotExist();

        Path ok = Experiments.write(dir, "ok.yaml", sobol());
        Run spark = run("sweep", ok.toString(), "--backend", "spark", "--out", dir.resolve("y").toString());
        assertThat(spark.code()).isEqualTo(2);
        assertThat(spark.err()).contains("--backend: unknown or unavailable backend 'spark'").contains("spark-submit");

        Run threads = run("sweep", ok.toString(), "--threads", "0");
        assertThat(threads.code()).isEqualTo(2);
        assertThat(threads.err()).contains("--threads must be at least 1");

        Files.createDirectories(dir.resolve("half/parts"));
        Files.writeString(dir.resolve("half/experiment.yaml"), sobol());
        Files.writeString(dir.resolve("half/scenario.yaml"), Files.readString(Experiments.TOY));
        Run incomplete = run("analyze", dir.resolve("half").toString());
        assertThat(incomplete.code()).isEqualTo(2);
        assertThat(incomplete.err()).contains("the sweep is not complete");

        Run notSweep = run("analyze", dir.toString());
        assertThat(notSweep.code()).isEqualTo(2);
        assertThat(notSweep.err()).contains("not a sweep folder");

        Run level = run("analyze", dir.resolve("half").toString(), "--level", "1.5");
        assertThat(level.code()).isEqualTo(2);
        assertThat(level.err()).contains("--level").contains("strictly between 0 and 1");
    }
}
