package io.spokes.data.cli;

import io.spokes.io.csv.CsvReader;
import io.spokes.io.csv.CsvWriter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table a data command writes reads back through {@link CsvReader} into whole records (one
 * cell per column) that {@link CsvWriter} writes again to the same bytes: write then read loses nothing.
 */
class TablesRoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
        "dyads --years 1914-1918 --with atop,nmc",
        "dyads --years 2000-2001 --nondirected --with atop,nmc",
        "states --years 2010-2018 --with atop,nmc",
        "network --years 1950-1952 --region asia,europe",
        "similarity --years 1960"})
    void readsBackCellForCellAndWritesTheSameBytes(String command) throws IOException {
        Path out = dir.resolve("table.csv");
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--out", out.toString()));
        Cli r = Cli.run(new DataCommand(), args.toArray(new String[0]));
        assertThat(r.code).as(r.err).isZero();
        String text = Files.readString(out);

        List<List<String>> records = new ArrayList<>();
        try (CsvReader csv = CsvReader.of(new StringReader(text))) {
            for (List<String> f = csv.next(); f != null; f = csv.next()) {
                records.add(f);
                assertThat(csv.line()).isEqualTo(records.size());
            }
        }
        assertThat(records).hasSizeGreaterThan(1).allSatisfy(f -> assertThat(f).hasSameSizeAs(records.get(0)));
        StringWriter again = new StringWriter();
        try (CsvWriter csv = CsvWriter.to(again)) {
            for (List<String> f : records) {
                csv.row(f);
            }
        }
        assertThat(again.toString()).isEqualTo(text);
    }
}
