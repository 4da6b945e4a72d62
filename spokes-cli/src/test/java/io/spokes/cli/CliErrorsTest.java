package io.spokes.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error the command line prints is one line, and bad input exits 2 (issue 14, item 7): the
 * arguments picocli refuses (no usage text, a pointer to the command's help), outputs that cannot
 * be written (the path and the reason), domain errors found while solving (the scenario file), and
 * names holding control characters (escaped). sweep, analyze and serve are tested in their modules.
 */
class CliErrorsTest {
    private static final String TOY = Cli.TOY;

    /** One argument error per kind picocli raises, across the built-in commands: {command for the help, arguments}. */
    static Stream<List<String>> argumentErrors() {
        return Stream.of(
                List.of("spokes", "nosuch"),                                                        // unknown command
                List.of("spokes", "--bogus"),                                                       // unknown option, top level
                List.of("spokes", "help", "nosuch"),                                                // help for an unknown command
                List.of("spokes crisis", "crisis", TOY),                                            // missing required options
                List.of("spokes crisis", "crisis", TOY, "--challenger", "PRK", "--target"),         // option without its value
                List.of("spokes crisis", "crisis", TOY, "--challenger", "PRK", "--target", "KOR", "--seed", "x"), // not a number
                List.of("spokes crisis", "crisis", TOY, "--challenger", "PRK", "--target", "KOR", "--format", "xml"), // not a choice
                List.of("spokes compare", "compare", TOY, "--bogus"),                               // unknown option
                List.of("spokes compare", "compare", TOY, "--policis", "alignment"),                // misspelt option (suggestion)
                List.of("spokes report", "report"),                                                 // missing parameter
                List.of("spokes report", "report", TOY, "--out"),                                   // --out without a value
                List.of("spokes validate", "validate", TOY, "extra"),                               // unmatched argument
                List.of("spokes data", "data", "nosuch"),                                           // unknown data command
                List.of("spokes data dyads", "data", "dyads"),                                      // missing --years and --out
                List.of("spokes data states", "data", "states", "--years"),                         // missing value
                List.of("spokes data cite", "data", "cite", "--bogus"),                             // unknown option
                List.of("spokes scenario", "scenario", "nosuch"),                                   // unknown scenario command
                List.of("spokes scenario from-data", "scenario", "from-data", "--year", "x", "--focus", "KOR", "--out", "x.yaml"), // not an int
                List.of("spokes scenario from-data", "scenario", "from-data"));                     // missing options
    }

    @ParameterizedTest
    @MethodSource("argumentErrors")
    void anArgumentErrorIsOneLinePointingAtTheHelp(List<String> c) {
        Cli r = Cli.run(c.subList(1, c.size()).toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).matches("error: [a-z][^\n]+; see " + c.get(0) + " --help\n");
        assertThat(r.err()).doesNotContain("Usage:");
    }

    @Test
    void aMisspeltCommandGetsASuggestion() {
        assertThat(Cli.run("cri").err()).isEqualTo("error: unmatched argument at index 0: 'cri'; did you mean crisis or scenario?; see spokes --help\n");
    }

    // --- outputs that cannot be written: exit 2, the path and the reason

    @Test
    void anOutputFileThatIsAFolderIsBadInput(@TempDir Path dir) {
        expectBadOutput(dir + ": is a folder; give a file name",
                "crisis", TOY, "--challenger", "PRK", "--target", "KOR", "--out", dir.toString());
        expectBadOutput(dir + ": is a folder; give a file name",
                "compare", TOY, "--architectures", "lattice", "--format", "csv", "--out", dir.toString());
        expectBadOutput(dir + ": is a folder; give a file name", "data", "dyads", "--years", "1950-1951", "--out", dir.toString());
        expectBadOutput(dir + ": is a folder; give a file name",
                "scenario", "from-data", "--year", "2000", "--focus", "KOR", "--depth", "1", "--out", dir.toString());
    }

    @Test
    void anOutputPathThroughAFileIsBadInput(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        expectBadOutput(file.resolve("x.csv") + ": a file is in the way where a folder is needed (" + file + ")",
                "crisis", TOY, "--challenger", "PRK", "--target", "KOR", "--format", "csv", "--out", file.resolve("x.csv").toString());
        expectBadOutput(file + ": a file is in the way where a folder is needed", "report", TOY, "--out", file.toString());
        expectBadOutput(file.resolve("sub") + ": a file is in the way where a folder is needed (" + file + ")",
                "report", TOY, "--out", file.resolve("sub").toString());
        assertThat(file).hasContent("x");
    }

    @Test
    void anOutputWhereTheSystemRefusesIsBadInput() {
        // /proc takes no new files, even for root (permissions alone would not stop a root test run)
        Cli r = Cli.run("crisis", TOY, "--challenger", "PRK", "--target", "KOR", "--out", "/proc/spokes-test.txt");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).matches("error: cannot write /proc/spokes-test\\.txt: [a-z][^\n]+ \\(in /proc\\)\n");
        r = Cli.run("report", TOY, "--out", "/proc/spokes-test");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).matches("error: cannot write /proc/spokes-test: [a-z][^\n]+\n");
    }

    private static void expectBadOutput(String pathAndReason, String... args) {
        Cli r = Cli.run(args);
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: cannot write " + pathAndReason + "\n");
    }

    // --- domain errors found while solving name the scenario file

    private static final String NO_TIES = """
            name: many
            year: 2020
            states:
              - {id: AAA, cow: 1, name: A, capability: 0.1}
              - {id: BBB, cow: 3, name: B, capability: 0.1}
            crises:
              - {challenger: AAA, target: BBB}
            """;

    @Test
    void aReportLevelErrorNamesTheScenarioFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("many.yaml"), NO_TIES);
        String expected = "error: " + file + ": hub: scenario 'many' has no defense ties, so no hub system to change; name a hub and spokes\n";
        Cli r = Cli.run("report", file.toString(), "--out", dir.resolve("out").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(expected);
        assertThat(dir.resolve("out")).doesNotExist();
        r = Cli.run("compare", file.toString(), "--architectures", "lattice");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(expected);
    }

    // --- names with control characters are escaped on the terminal

    @Test
    void controlCharactersInNamesAreEscapedOnTheTerminal(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("esc.yaml"), """
                name: esc
                title: "Title \\e[2J"
                year: 2020
                states:
                  - {id: AAA, cow: 1, name: "Red \\e[31mA", capability: 0.1}
                  - {id: BBB, cow: 3, name: B, capability: 0.1}
                treaties:
                  - {id: T, name: T, source: test, signed: 2000-01-01, members: [{state: AAA, obligations: [defense]}, {state: BBB, obligations: [defense]}]}
                crises:
                  - {challenger: AAA, target: BBB, label: "bell \\a"}
                """);
        Cli v = Cli.run("validate", file.toString());
        assertThat(v.code()).as(v.err()).isZero();
        assertThat(v.out()).contains("Red \\e[31mA", "Title \\e[2J", "bell \\x07").doesNotContain("\u001b", "\u0007");
        Cli c = Cli.run("crisis", file.toString(), "--challenger", "AAA", "--target", "BBB");
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(c.out()).contains("Title \\e[2J", "bell \\x07").doesNotContain("\u001b", "\u0007");
        Cli e = Cli.run("crisis", file.toString(), "--challenger", "\u001b[2J", "--target", "BBB");
        assertThat(e.code()).isEqualTo(2);
        assertThat(e.err()).contains("unknown state '\\e[2J'").doesNotContain("\u001b").hasLineCount(1);
    }
}
