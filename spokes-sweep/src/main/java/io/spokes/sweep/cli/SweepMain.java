package io.spokes.sweep.cli;

import io.spokes.io.ErrorLine;
import io.spokes.io.cli.CommandLines;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * {@code sweep} and {@code analyze} on their own, for scripts, benchmarks and the Spark jar: the
 * same commands that {@code spokes} registers, with the same one-line errors and exit code 2 for bad input.
 */
@Command(name = "spokes-sweep", mixinStandardHelpOptions = true, version = "spokes-sweep",
        description = "Sweeps and sensitivity analysis.", subcommands = {SweepCommand.class, AnalyzeCommand.class})
public final class SweepMain implements Runnable {
    public static final int BAD_INPUT = ErrorLine.BAD_INPUT;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        CommandLines.exit(new SweepMain(), args);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return CommandLines.execute(new SweepMain(), args, out, err);
    }
}
