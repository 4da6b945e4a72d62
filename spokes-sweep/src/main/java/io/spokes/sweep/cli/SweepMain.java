package io.spokes.sweep.cli;

import io.spokes.core.SpokesVersion;
import io.spokes.core.domain.FieldException;
import io.spokes.io.InputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * {@code sweep} and {@code analyze} on their own, for scripts, benchmarks and the Spark jar: the
 * same commands that {@code spokes} registers, with the same one-line errors and exit code 2 for bad input.
 */
@Command(name = "spokes-sweep", mixinStandardHelpOptions = true, version = "spokes-sweep",
        description = "Sweeps and sensitivity analysis.", subcommands = {SweepCommand.class, AnalyzeCommand.class})
public final class SweepMain implements Runnable {
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new SweepMain());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println(oneLine(e));
            line.getErr().flush();
            return e instanceof InputException || e instanceof FieldException ? BAD_INPUT : 1;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static String oneLine(Exception e) {
        if (e instanceof InputException || e instanceof UncheckedIOException) {
            return "error: " + e.getMessage();
        }
        if (e instanceof FieldException f) {
            return "error: " + (f.field().isEmpty() ? "" : f.field() + ": ") + f.getMessage();
        }
        return "internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage() + " (spokes " + SpokesVersion.VERSION
                + ") — please report it with the command you ran";
    }
}
