package io.spokes.cli;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main command with the optional commands on its class path (spokes-cli's tests have spokes-sweep
 * and spokes-web, as spokes.jar has spokes-sweep.jar and spokes-lab.jar beside it): every command is
 * listed and runs, the built-in ones first, as README.md documents them.
 */
class SpokesCommandTest {
    @Test
    void helpListsEveryCommandBuiltInOnesFirst() {
        Cli r = Cli.run("--help");
        assertThat(r.code()).isZero();
        List<String> listed = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^  ([a-z]+) ").matcher(r.out().substring(r.out().indexOf("Commands:")));
        while (m.find()) {
            listed.add(m.group(1));
        }
        assertThat(listed).containsExactly("crisis", "compare", "report", "validate", "data", "scenario",
                "sweep", "analyze", "serve", "help");
    }

    /**
     * picocli's command list shows only the first line of a command's description: each must be a
     * whole sentence, not a fragment ending in a comma. Read from the help a user sees, wrapped lines
     * joined, for the main command and for every command that has commands of its own.
     */
    @Test
    void everyCommandSummaryEndsAtASentenceEnd() {
        int summaries = 0;
        for (String[] args : new String[][] {{"--help"}, {"data", "--help"}, {"scenario", "--help"}}) {
            Cli r = Cli.run(args);
            assertThat(r.code()).isZero();
            String list = r.out().substring(r.out().indexOf("Commands:") + "Commands:".length());
            for (String entry : list.split("\\R(?=  \\S)")) {
                String summary = entry.strip().replaceAll("\\s+", " ");
                if (summary.isEmpty()) {
                    continue;
                }
                summaries++;
                assertThat(summary).as(String.join(" ", args)).matches("[a-z-]+ \\S.*\\.");
            }
        }
        // spokes: 10 commands; data: cite, dyads, states, network, similarity; scenario: from-data
        assertThat(summaries).isEqualTo(10 + 5 + 1);
    }

    @Test
    void optionalCommandsAnswerThroughTheMainCommand() {
        for (String cmd : new String[] {"sweep", "analyze", "serve"}) {
            Cli r = Cli.run(cmd, "--help");
            assertThat(r.code()).as(cmd).isZero();
            assertThat(r.out()).contains("Usage: spokes " + cmd);
        }
        assertThat(Cli.run("help", "serve").out()).contains("--bind");
    }
}
