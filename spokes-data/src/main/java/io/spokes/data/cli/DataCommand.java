package io.spokes.data.cli;

import io.spokes.io.cli.CommandLines;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

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

    /** Runs {@code spokes data ...} on its own, with the main command's one-line errors and exit codes. */
    public static void main(String[] args) {
        CommandLines.exit(new DataCommand(), args);
    }
}
