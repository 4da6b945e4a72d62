package io.spokes.bench.docs;

import io.spokes.data.cli.DataCommand;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's figures from the real data, computed by running the very {@code spokes data}
 * commands the README shows (read from the README itself), and the chart it embeds: the 712,726
 * dyad rows (also in docs/data.md), the centralization and lattice-density figures of Asia and
 * Europe, and docs/images/centralization-asia-europe.svg. bench/regenerate-docs.sh rewrites them.
 */
class ReadmeFiguresDocTest {
    static final String CHART = "docs/images/centralization-asia-europe.svg";

    @TempDir
    Path dir;

    @Test
    void theDyadRowCountIsWhatTheReadmesCommandWrites() throws Exception {
        Doc readme = Doc.read("README.md");
        String err = run(readme, "dyads", dir.resolve("dyads.csv"), null);
        Matcher wrote = Pattern.compile("wrote ([\\d,]+) non-directed dyad-years").matcher(err);
        assertThat(wrote.find()).as("the command's report: %s", err).isTrue();
        String rows = wrote.group(1);
        readme.figures("--out dyads\\.csv # ([\\d,]+) rows, as peacesciencer", rows).save();
        Doc.read("docs/data.md").figures("1950–2010 non-directed gives \\*\\*([\\d,]+)\\*\\* rows", rows).save();
    }

    @Test
    void theNetworkFiguresAndTheChartAreWhatTheReadmesCommandComputes() throws Exception {
        Doc readme = Doc.read("README.md");
        Path csv = dir.resolve("network.csv");
        Path svg = dir.resolve("centralization.svg");
        run(readme, "network", csv, svg);
        List<String[]> rows = Files.readAllLines(csv).stream().skip(1).map(l -> l.split(",", -1)).toList();
        double asiaMax = max(rows, "asia", 8);
        List<String[]> asiaSince1986 = rows.stream().filter(r -> r[0].equals("asia") && Integer.parseInt(r[1]) >= 1986).toList();
        long zero = asiaSince1986.stream().filter(r -> r[9].equals("0.0")).count();
        double europeMax = max(rows, "europe", 8);
        double europeLatticeMin = -max(rows.stream().map(r -> negated(r, 9)).toList(), "europe", 9);
        double europeLatticeMax = max(rows, "europe", 9);
        readme.figures("\\(Freeman centralization up to ([\\d.]+); density among the hub's spokes 0 in (\\d+) of the (\\d+) years since 1986\\), "
                        + "Europe's a lattice \\(centralization at most ([\\d.]+), lattice density ([\\d.]+)–([\\d.]+)\\)",
                two(asiaMax), Long.toString(zero), Integer.toString(asiaSince1986.size()), two(europeMax), two(europeLatticeMin),
                two(europeLatticeMax)).save();
        // Its text is drawn as glyph outlines, which depend on the machine's fonts, so the check is on
        // the plotted lines: they must be these rows' values, on shared linear axes. Updating replaces
        // the chart only when they are not, so that another machine's fonts make no diff.
        try {
            ChartLines.of(Files.readString(Doc.ROOT.resolve(CHART))).assertPlots(CHART, series(rows));
        } catch (AssertionError e) {
            if (!Doc.updating()) {
                throw e;
            }
            Files.copy(svg, Doc.ROOT.resolve(CHART), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Runs {@code spokes data <command>} with the arguments the README shows, writing to our folder instead. */
    private static String run(Doc readme, String command, Path out, Path plot) {
        Matcher line = Pattern.compile("\\./spokes data " + command + " ([^#\\n]+)").matcher(readme.text());
        assertThat(line.find()).as("README.md shows no './spokes data %s' command", command).isTrue();
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(Arrays.asList(line.group(1).trim().split("\\s+")));
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).equals("--out")) {
                args.set(i + 1, out.toString());
            } else if (args.get(i).equals("--plot")) {
                assertThat(plot).as("the README's %s command draws a plot", command).isNotNull();
                args.set(i + 1, plot.toString());
            }
        }
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new DataCommand());
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args.toArray(String[]::new));
        assertThat(code).as("spokes data %s: %s", args, err).isZero();
        return err.toString();
    }

    private static String[] negated(String[] r, int column) {
        String[] copy = r.clone();
        if (!copy[column].equals("NA")) {
            copy[column] = Double.toString(-Double.parseDouble(copy[column]));
        }
        return copy;
    }

    private static double max(List<String[]> rows, String focus, int column) {
        return rows.stream().filter(r -> r[0].equals(focus) && !r[column].equals("NA"))
                .mapToDouble(r -> Double.parseDouble(r[column])).max().orElseThrow();
    }

    /** Two decimals as the README writes them: 0.59, 0.74, 1. */
    private static String two(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** The chart's four series in the order NetworkCommand draws them: per region, centralization then lattice density. */
    private static List<ChartLines.Series> series(List<String[]> rows) {
        List<ChartLines.Series> all = new ArrayList<>();
        for (String focus : List.of("asia", "europe")) {
            for (int column : new int[] {8, 9}) {
                List<double[]> points = rows.stream().filter(r -> r[0].equals(focus))
                        .map(r -> new double[] {Integer.parseInt(r[1]), r[column].equals("NA") ? Double.NaN : Double.parseDouble(r[column])})
                        .toList();
                all.add(new ChartLines.Series(focus + (column == 8 ? " centralization" : " lattice density"), points));
            }
        }
        return all;
    }
}
