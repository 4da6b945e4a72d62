package io.spokes.io;

import io.spokes.core.SpokesVersion;
import io.spokes.core.domain.FieldException;

import java.io.UncheckedIOException;

/**
 * What a command line prints when a command fails, and its exit code: bad input as the one line
 * the user needs (exit 2), anything else as a short internal error (exit 1) — never a stack trace.
 */
public final class ErrorLine {
    /** Exit code for bad input (a malformed file, an unknown state, a value out of range). */
    public static final int BAD_INPUT = 2;
    /** Exit code for anything else. */
    public static final int FAILURE = 1;

    private ErrorLine() {
    }

    public static String of(Exception e) {
        if (e instanceof InputException || e instanceof UncheckedIOException) {
            return "error: " + e.getMessage();
        }
        if (e instanceof FieldException f) {
            return "error: " + (f.field().isEmpty() ? "" : f.field() + ": ") + f.getMessage();
        }
        return "internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage() + " (spokes "
                + SpokesVersion.VERSION + ") — please report it with the command you ran";
    }

    public static int exitCode(Exception e) {
        return e instanceof InputException || e instanceof FieldException ? BAD_INPUT : FAILURE;
    }
}
