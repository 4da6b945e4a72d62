package io.spokes.data.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DyadsCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheTableAndReportsTheRowCount() throws IOException {
        Path out = dir.resolve("dyads.csv");
        Cli r = Cli.run(new DataCommand(), "dyads", "--years", "1953", "--nondirected", "--with", "atop,nmc", "--out", out.toString());
        assertThat(r.code).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(r.err).contains("wrote " + String.format("%,d", lines.size() - 1) + " non-directed dyad-years (1953)");
        assertThat(lines).anyMatch(l -> l.startsWith("2,732,1953,1,1,0,0,1,1,"));
    }

    @Test
    void yearOutsideCoverageIsOneLineAndWritesNothing() {
        Path out = dir.resolve("dyads.csv");
        Cli r = Cli.run(new DataCommand(), "dyads", "--years", "1700-1800", "--out", out.toString());
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err.trim()).isEqualTo("error: --years: years 1700-1800 lie outside the COW state system v2016 carried "
                + "forward to 2022 (as peacesciencer's mry = TRUE) (1816-2022)");
        assertThat(out).doesNotExist();
    }

    @Test
    void truncatedDataFileNamesFileLineAndColumnAndLeavesNoOutput() throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        for (String f : List.of("cow_states2016.csv", "atop5_1m.csv")) {
            try (var in = io.spokes.data.source.DataFiles.bundled().open(f)) {
                Files.copy(in, data.resolve(f));
            }
        }
        String text = Files.readString(data.resolve("atop5_1m.csv"), StandardCharsets.UTF_8);
        Files.writeString(data.resolve("atop5_1m.csv"), text.substring(0, text.length() - 40), StandardCharsets.UTF_8);
        Path out = dir.resolve("dyads.csv");
        Files.writeString(out, "previous contents\n");
        Cli r = Cli.run(new DataCommand(), "dyads", "--data-dir", data.toString(), "--years", "1950-1951", "--with", "atop",
                "--out", out.toString());
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err.trim()).matches("error: .*atop5_1m\\.csv:2511:\\d+: \\w+: the row ends after \\d+ of 105 columns; the file looks truncated");
        assertThat(Files.readString(out)).as("the previous output is untouched").isEqualTo("previous contents\n");
        assertThat(Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
    }

    @Test
    void wrongReleaseOfAFileIsNamed() throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        // NMC 6.0's file under NMC 7.0's name: another layout.
        try (var in = io.spokes.data.source.DataFiles.bundled().open("NMC-60-abridged.csv")) {
            Files.copy(in, data.resolve("nmc_v7_0_peacesciencer.csv"));
        }
        try (var in = io.spokes.data.source.DataFiles.bundled().open("cow_states2016.csv")) {
            Files.copy(in, data.resolve("cow_states2016.csv"));
        }
        Cli r = Cli.run(new DataCommand(), "dyads", "--data-dir", data.toString(), "--years", "1950", "--with", "nmc",
                "--out", dir.resolve("x.csv").toString());
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err.trim()).endsWith("nmc_v7_0_peacesciencer.csv:1:1: expected column 'ccode' here, found 'stateabb': "
                + "the columns are reordered or this is not the COW NMC 7.0 (nmc_v7_0_peacesciencer.csv) file");
    }

    @Test
    void missingDataFileIsNamed() throws IOException {
        Path data = dir.resolve("empty");
        Files.createDirectories(data);
        Cli r = Cli.run(new DataCommand(), "dyads", "--data-dir", data.toString(), "--years", "1950", "--out", dir.resolve("x.csv").toString());
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("cow_states2016.csv: missing file");
    }
}
