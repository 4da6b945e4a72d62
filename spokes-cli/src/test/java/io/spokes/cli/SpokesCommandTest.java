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
