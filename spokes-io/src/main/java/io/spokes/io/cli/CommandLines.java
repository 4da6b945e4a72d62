package io.spokes.io.cli;

import io.spokes.io.ErrorLine;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.List;

/**
 * Runs any Spokes command line the same way: given streams, every error one line, the exit code
 * returned. An argument picocli refuses (unknown option, missing or malformed value) prints
 * {@code error: <what>; see spokes <command> --help} and exits 2, without the usage text; a
 * command's own failure prints {@link ErrorLine#of} and exits with {@link ErrorLine#exitCode}.
 */
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
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine line = e.getCommandLine();
            line.getErr().println(ErrorLine.ofArgument(e.getMessage() + suggestion(e), line.getCommandSpec().qualifiedName()));
            line.getErr().flush();
            return ErrorLine.BAD_INPUT;
        });
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

    /** picocli's "did you mean" for a mistyped option or command, on the same line. */
    private static String suggestion(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> s = u.getSuggestions();
            if (!s.isEmpty()) {
                return "; did you mean " + String.join(" or ", s.subList(0, Math.min(3, s.size()))) + "?";
            }
        }
        return "";
    }
}
