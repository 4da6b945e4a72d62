package io.spokes.io.cli;

import io.spokes.io.ErrorLine;

import picocli.CommandLine;

import java.io.PrintWriter;

/** Runs any Spokes command line the same way: given streams, one-line errors, the exit code returned. */
public final class CommandLines {
    private CommandLines() {
    }

    /** A program's main: executes {@code command} on the process's own streams and exits with its code. */
    public static void exit(Object command, String[] args) {
        System.exit(execute(command, args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Executes {@code command} (a picocli {@code @Command} object, or a {@code CommandLine} built
     * from one) with {@code args}; tests pass their own streams.
     */
    public static int execute(Object command, String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = command instanceof CommandLine line ? line : new CommandLine(command);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println(ErrorLine.of(e));
            line.getErr().flush();
            return ErrorLine.exitCode(e);
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
