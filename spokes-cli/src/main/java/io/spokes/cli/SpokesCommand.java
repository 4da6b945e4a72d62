package io.spokes.cli;

import io.spokes.core.SpokesVersion;
import io.spokes.data.cli.DataCommand;
import io.spokes.data.cli.ScenarioCommand;
import io.spokes.sweep.cli.AnalyzeCommand;
import io.spokes.sweep.cli.SweepCommand;
import io.spokes.web.cli.ServeCommand;
import io.spokes.io.ErrorLine;
import io.spokes.io.cli.CommandLines;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The {@code spokes} command line: thin shells over the library API. */
@Command(name = "spokes", mixinStandardHelpOptions = true, versionProvider = SpokesCommand.Version.class,
        description = "Models alliance systems: who is allied with whom, how credible each commitment is, "
                + "and what that means for deterrence in a crisis.",
        subcommands = {CrisisCommand.class, CompareCommand.class, ReportCommand.class, ValidateCommand.class,
                SweepCommand.class, AnalyzeCommand.class, DataCommand.class, ScenarioCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class SpokesCommand implements Runnable {
    /** Exit code for bad input (a malformed file, an unknown state, a value out of range). */
    public static final int BAD_INPUT = ErrorLine.BAD_INPUT;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        CommandLines.exit(new SpokesCommand(), args);
    }

    /** Runs the command line with the given streams and returns the exit code (tests call this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return CommandLines.execute(new SpokesCommand(), args, out, err);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"spokes " + SpokesVersion.VERSION,
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
