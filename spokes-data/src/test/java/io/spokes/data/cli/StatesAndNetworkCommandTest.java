package io.spokes.data.cli;

import io.spokes.data.table.Layout;
import io.spokes.data.table.RawRow;
import io.spokes.data.table.RawTable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatesAndNetworkCommandTest {
    @TempDir
    Path dir;

    @Test
    void stateYearsRoundTripThroughTheCsvReader() throws IOException {
        Path out = dir.resolve("states.csv");
        Cli r = Cli.run(new DataCommand(), "states", "--years", "1953-1954", "--with", "atop,nmc", "--out", out.toString());
        assertThat(r.code).isZero();
        List<String> lines = Files.readAllLines(out);
        List<String> header = List.of(lines.get(0).split(","));
        RawTable t = RawTable.parse("states.csv", new StringReader(Files.readString(out)),
                new Layout("states.csv", "spokes states output", header, lines.size() - 1, null));
        RawRow usa1953 = t.rows().stream().filter(x -> x.integer("ccode") == 2 && x.integer("year") == 1953).findFirst().orElseThrow();
        assertThat(usa1953.text("stateabb")).isEqualTo("USA");
        assertThat(usa1953.dummy("atop_defense")).isTrue();
        assertThat(usa1953.number("cinc")).hasValue(0.31115836);
        // Every row's ATOP values are 0/1 and NMC values read back as numbers or missing.
        for (RawRow row : t.rows()) {
            row.dummy("atop_consul");
            row.number("milex");
        }
    }

    @Test
    void networkTableAndPlot() throws IOException {
        Path out = dir.resolve("network.csv");
        Path svg = dir.resolve("centralization.svg");
        Cli r = Cli.run(new DataCommand(), "network", "--years", "1960-1962", "--region", "asia,europe", "--out", out.toString(),
                "--plot", svg.toString());
        assertThat(r.code).as(r.err).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(7);
        assertThat(lines.get(1)).startsWith("asia,1960,");
        assertThat(Files.readString(svg)).contains("<svg");
    }

    @Test
    void chosenStatesAndBadRegion() throws IOException {
        Path out = dir.resolve("n.csv");
        Cli r = Cli.run(new DataCommand(), "network", "--years", "1980", "--states", "USA,KOR,JPN,PHL,AUS", "--out", out.toString());
        assertThat(r.code).as(r.err).isZero();
        // Four bilateral treaties with the US and none among the spokes: a perfect star.
        assertThat(Files.readAllLines(out).get(1)).startsWith("states,1980,5,5,4,2,4,732;740;840;900,1.0,0.0,");
        Cli bad = Cli.run(new DataCommand(), "network", "--years", "1980", "--region", "oceania", "--out", out.toString());
        assertThat(bad.code).isEqualTo(2);
        assertThat(bad.err.trim()).isEqualTo("error: --region: unknown region 'oceania'; use americas, europe, africa, middle-east, asia or all");
    }

    @Test
    void similarityForOneYear() throws IOException {
        Path out = dir.resolve("s.csv");
        Cli r = Cli.run(new DataCommand(), "similarity", "--years", "1960", "--out", out.toString());
        assertThat(r.code).as(r.err).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("ccode1,ccode2,year,s_unweighted,s_weighted,tau_b");
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",");
            assertThat(Integer.parseInt(f[0])).isLessThan(Integer.parseInt(f[1]));
            assertThat(Double.parseDouble(f[3])).isBetween(-1.0, 1.0);
        }
    }
}
