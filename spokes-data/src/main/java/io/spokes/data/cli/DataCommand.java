package io.spokes.data.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spokes data}: the real datasets (ATOP, COW, NMC, MIDs, ...), read and combined by Spokes itself. */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Read the standard alliance and conflict datasets, build dyad-years and state-years, and measure alliance networks.",
        subcommands = {CiteCommand.class, DyadsCommand.class, StatesCommand.class, NetworkCommand.class, SimilarityCommand.class})
public final class DataCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs {@code spokes data ...} on its own (benchmarks use this before the main command registers it). */
    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new DataCommand());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("error: " + e.getMessage());
            return e instanceof io.spokes.io.InputException ? 2 : 1;
        });
        System.exit(cli.execute(args));
    }
}
