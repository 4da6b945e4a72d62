package io.spokes.data.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spokes scenario}: scenarios built from the real data. */
@Command(name = "scenario", mixinStandardHelpOptions = true, description = "Build scenario files from the real data.",
        subcommands = {FromDataCommand.class})
public final class ScenarioCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
