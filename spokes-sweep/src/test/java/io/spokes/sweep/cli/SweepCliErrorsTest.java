package io.spokes.sweep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * sweep and analyze print every error as one line and exit 2 for bad input (issue 14, item 7):
 * arguments picocli refuses point at the command's help, without the usage text; a bad value
 * names the option. (The qualified name is "spokes-sweep …" here; through spokes it is "spokes sweep".)
 */
class SweepCliErrorsTest {
    @TempDir
    Path dir;

    static Stream<List<String>> argumentErrors() {
        return Stream.of(
                List.of("spokes-sweep sweep", "sweep"),                                  // missing EXPERIMENT
                List.of("spokes-sweep sweep", "sweep", "x.yaml", "--threads", "x"),      // not an int
                List.of("spokes-sweep sweep", "sweep", "x.yaml", "--bogus"),             // unknown option
                List.of("spokes-sweep sweep", "sweep", "x.yaml", "--out"),               // option without its value
                List.of("spokes-sweep analyze", "analyze"),                              // missing DIR
                List.of("spokes-sweep analyze", "analyze", "d", "--bootstrap", "x"),     // not an int
                List.of("spokes-sweep analyze", "analyze", "d", "--level", "high"),      // not a number
                List.of("spokes-sweep analyze", "analyze", "d", "e"),                    // unmatched argument
                List.of("spokes-sweep", "nosuch"));                                      // unknown command
    }

    @ParameterizedTest
    @MethodSource("argumentErrors")
    void anArgumentErrorIsOneLinePointingAtTheHelp(List<String> c) {
        SweepCliTest.Run r = SweepCliTest.run(c.subList(1, c.size()).toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).matches("error: [a-z][^\n]+; see " + c.get(0) + " --help\n").doesNotContain("Usage:");
    }

    @Test
    void badValuesAndMissingFilesAreOneLineBadInput() {
        for (String[] args : new String[][] {
                {"sweep", "x.yaml", "--threads", "0"},
                {"sweep", "x.yaml", "--progress", "sometimes"},
                {"sweep", dir.resolve("nosuch.yaml").toString()},
                {"analyze", dir.resolve("nosuch").toString()},
                {"analyze", dir.toString(), "--level", "3"},
                {"analyze", dir.toString(), "--bootstrap", "0"}}) {
            SweepCliTest.Run r = SweepCliTest.run(args);
            assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).matches("error: [^\n]+\n").doesNotContain("Exception");
        }
    }
}
