package io.spokes.io;

import io.spokes.core.domain.FieldException;

/**
 * Text from a file or the command line made safe to print on a terminal: a state name or label
 * holding an escape sequence could otherwise recolour, move the cursor or rewrite the screen, and
 * a line break or tab would break a one-line error or a table. Control characters (C0, DEL, C1)
 * become visible escapes ({@code \e} for ESC, {@code \t}, {@code \n}, {@code \r}, otherwise
 * {@code \xNN}), and Unicode's invisible direction overrides and line separators become
 * <code>&#92;uNNNN</code>. Every other character, a backslash included, is printed as it is. Text tables
 * ({@link io.spokes.io.result.TextTable}) and error lines ({@link ErrorLine}) print through here; the
 * escaping itself is {@link FieldException#escapeControls(String, boolean)}, the one implementation,
 * which domain messages use for the input they quote.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /** {@code text} with every control character escaped; the result is one line. */
    public static String escape(String text) {
        return FieldException.escapeControls(text, false);
    }

    /** {@code text} with every control character but the line break escaped, for a block of lines. */
    public static String escapeKeepingLines(String text) {
        return FieldException.escapeControls(text, true);
    }
}
