package io.spokes.cli;

import io.spokes.core.SpokesVersion;
import io.spokes.data.cli.DataCommand;
import io.spokes.data.cli.ScenarioCommand;
import io.spokes.io.ErrorLine;
import io.spokes.io.cli.CommandLines;
import io.spokes.io.cli.OptionalCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.ServiceLoader;

/**
 * The {@code spokes} command line: thin shells over the library API. The commands with heavy
 * dependencies ({@code sweep}, {@code analyze}, {@code serve}) are {@link OptionalCommand}s in
 * jars beside this one, found at run time; the others are built in (docs/performance.md, "The
 * command-line jars").
 */
@Command(name = "spokes", mixinStandardHelpOptions = true, versionProvider = SpokesCommand.Version.class,
        description = "Models alliance systems: who is allied with whom, how credible each commitment is, "
                + "and what that means for deterrence in a crisis.",
        subcommands = {CrisisCommand.class, CompareCommand.class, ReportCommand.class, ValidateCommand.class,
                DataCommand.class, ScenarioCommand.class})
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
        CommandLines.exit(commandLine(), args);
    }

    /** Runs the command line with the given streams and returns the exit code (tests call this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return CommandLines.execute(commandLine(), args, out, err);
    }

    /**
     * The built-in commands, then every optional command on the class path in class-path order
     * (the jar's manifest lists spokes-sweep.jar, then spokes-lab.jar), then {@code help}.
     */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SpokesCommand());
        for (OptionalCommand c : ServiceLoader.load(OptionalCommand.class, SpokesCommand.class.getClassLoader())) {
            cli.addSubcommand(c);
        }
        return cli.addSubcommand(new CommandLine.HelpCommand());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"spokes " + SpokesVersion.VERSION,
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
