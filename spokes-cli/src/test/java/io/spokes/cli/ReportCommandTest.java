package io.spokes.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCommandTest {
    @Test
    void writesReportAndTidyResults(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("report", Cli.KOREA, "--out", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).contains("<svg", "data:image/png;base64,", "collaboration(KOR)", "independence(PHL)", "20230818");
        List<String> csv = Files.readAllLines(dir.resolve("results.csv"));
        assertThat(csv.get(0)).isEqualTo(io.spokes.io.result.TidyCsv.HEADER);
        // 1 baseline + 4 architectures + 3 policies x 4 spokes = 17 variants, each with 3 crises
        long deterrenceRows = csv.stream().filter(l -> l.contains(",deterrence,")).count();
        assertThat(deterrenceRows).isEqualTo(17 * 3 + 3 * 3); // plus kbar 0.5/1/2 for each crisis
        assertThat(csv.stream().skip(1)).allSatisfy(l -> assertThat(l.split(",", -1)).hasSizeGreaterThanOrEqualTo(10));
    }

    @Test
    void sameSeedSameReport(@TempDir Path dir) throws Exception {
        Cli.run("report", Cli.TOY, "--out", dir.resolve("a").toString());
        Cli.run("report", Cli.TOY, "--out", dir.resolve("b").toString());
        assertThat(Files.readString(dir.resolve("a/report.html"))).isEqualTo(Files.readString(dir.resolve("b/report.html")));
        assertThat(Files.readString(dir.resolve("a/results.csv"))).isEqualTo(Files.readString(dir.resolve("b/results.csv")));
    }

    @Test
    void validatePrintsWhatTheFileHolds() {
        Cli r = Cli.run("validate", Cli.KOREA);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("valid scenario 'korea-2023'", "US-ROK", "hub USA: spokes KOR, JPN, AUS, PHL", "crisis:");
    }

    @Test
    void validatesTreatyTableIsAsWideAsItsSeparatorWithinAHundredColumns() {
        String out = Cli.run("validate", Cli.KOREA).out();
        List<String> lines = out.lines().toList();
        int head = lines.indexOf(lines.stream().filter(l -> l.startsWith("treaty ")).findFirst().orElseThrow());
        int end = lines.subList(head, lines.size()).indexOf("") + head;
        List<String> table = lines.subList(head, end);
        int separator = table.get(1).length();
        assertThat(table.get(1)).matches("[- ]+");
        assertThat(table.stream().mapToInt(String::length).max().orElseThrow()).isEqualTo(separator)
                .isLessThanOrEqualTo(ValidateCommand.TERMINAL_WIDTH);
        // NATO's members, wrapped onto continuation lines, read back whole and in order
        int nato = table.indexOf(table.stream().filter(l -> l.startsWith("NATO ")).findFirst().orElseThrow());
        int column = table.get(0).indexOf("members (obligations)");
        StringBuilder members = new StringBuilder(table.get(nato).substring(column));
        for (int i = nato + 1; i < table.size() && table.get(i).startsWith(" "); i++) {
            members.append(' ').append(table.get(i).substring(column));
        }
        assertThat(members.toString()).isEqualTo("USA(consultation+nonaggression+defense) CAN(consultation+nonaggression+defense) "
                + "GBR(consultation+nonaggression+defense) FRA(consultation+nonaggression+defense) DEU(consultation+nonaggression+defense)");
    }

    @Test
    void theReportRunsAndDescribesTheScenariosVariants(@TempDir Path dir) throws Exception {
        String variants = """

                variants:
                  - name: kor-aligned
                    description: South Korea aligns more closely (test fixture).
                    citations: ["Test fixture, no source."]
                    terms: [alignment(KOR)]
                """;
        Path file = Files.writeString(dir.resolve("toy-variants.yaml"), Files.readString(Path.of(Cli.TOY)) + variants);
        Cli r = Cli.run("report", file.toString(), "--out", dir.resolve("with").toString());
        assertThat(r.code()).as(r.err()).isZero();
        Cli plain = Cli.run("report", Cli.TOY, "--out", dir.resolve("without").toString());
        assertThat(plain.code()).as(plain.err()).isZero();
        String html = Files.readString(dir.resolve("with/report.html"));
        assertThat(html).contains("<dt>kor-aligned</dt><dd>South Korea aligns more closely (test fixture). Then: alignment(KOR). "
                + "Sources: Test fixture, no source.</dd>");
        List<String> with = Files.readAllLines(dir.resolve("with/results.csv"));
        List<String> without = Files.readAllLines(dir.resolve("without/results.csv"));
        // the variant's rows are the policy alignment(KOR)'s rows under the variant's name, one set per crisis
        List<String> variantRows = with.stream().filter(l -> l.contains(",kor-aligned,")).toList();
        List<String> alignmentRows = without.stream().filter(l -> l.contains(",alignment(KOR),")).toList();
        assertThat(variantRows).isNotEmpty().hasSameSizeAs(alignmentRows);
        assertThat(variantRows.stream().map(l -> l.replace(",kor-aligned,", ",alignment(KOR),")).toList()).isEqualTo(alignmentRows);
        assertThat(with).hasSize(without.size() + variantRows.size());
    }
}
