package io.spokes.io;

import io.spokes.core.SpokesVersion;
import io.spokes.core.domain.FieldException;

import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * What a command line prints when a command fails, and its exit code: bad input as the one line
 * the user needs (exit 2), anything else as a short internal error (exit 1) — never a stack trace.
 * Bad input is a malformed or wrong file or option ({@link InputException}, {@link FieldException},
 * an argument picocli refuses) or an output that cannot be written where asked
 * ({@link OutputException}). Every line goes through {@link TerminalText#escape}, so it is one
 * line and no name from a file can drive the terminal.
 */
public final class ErrorLine {
    /** Exit code for bad input (a malformed file, an unknown state, a value out of range, an unwritable --out). */
    public static final int BAD_INPUT = 2;
    /** Exit code for anything else. */
    public static final int FAILURE = 1;

    private ErrorLine() {
    }

    public static String of(Exception e) {
        String line;
        if (e instanceof InputException || e instanceof UncheckedIOException) {
            line = "error: " + e.getMessage();
        } else if (e instanceof FieldException f) {
            line = "error: " + (f.field().isEmpty() ? "" : f.field() + ": ") + f.getMessage();
        } else {
            line = "internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage() + " (spokes "
                    + SpokesVersion.VERSION + ") — please report it with the command you ran";
        }
        return TerminalText.escape(line);
    }

    /**
     * A command-line argument the parser refused ({@code problem}, e.g. picocli's "Unknown option:
     * '--x'") in {@code command} (e.g. "spokes crisis"), as one line pointing at the help.
     */
    public static String ofArgument(String problem, String command) {
        String p = problem == null ? "bad arguments" : problem.strip().replaceAll("\\s*\\R\\s*", "; ").replaceAll("\\.$", "");
        if (p.length() > 1 && Character.isUpperCase(p.charAt(0)) && Character.isLowerCase(p.charAt(1))) {
            p = p.substring(0, 1).toLowerCase(Locale.ROOT) + p.substring(1);
        }
        return TerminalText.escape("error: " + p + "; see " + command + " --help");
    }

    public static int exitCode(Exception e) {
        return e instanceof InputException || e instanceof FieldException || e instanceof OutputException ? BAD_INPUT : FAILURE;
    }
}
