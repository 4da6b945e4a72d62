package io.spokes.io;

/**
 * Text from a file or the command line made safe to print on a terminal: a state name or label
 * holding an escape sequence could otherwise recolour, move the cursor or rewrite the screen, and
 * a line break or tab would break a one-line error or a table. Control characters (C0, DEL, C1)
 * become visible escapes ({@code \e} for ESC, {@code \t}, {@code \n}, {@code \r}, otherwise
 * {@code \xNN}), and Unicode's invisible direction overrides and line separators become
 * <code>&#92;uNNNN</code>. Every other character, a backslash included, is printed as it is. Text tables
 * ({@link io.spokes.io.result.TextTable}) and error lines ({@link ErrorLine}) print through here.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /** {@code text} with every control character escaped; the result is one line. */
    public static String escape(String text) {
        return escape(text, false);
    }

    /** {@code text} with every control character but the line break escaped, for a block of lines. */
    public static String escapeKeepingLines(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLineBreaks) {
        if (text == null) {
            return null;
        }
        int first = 0;
        while (first < text.length() && !unsafe(text.charAt(first), keepLineBreaks)) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!unsafe(c, keepLineBreaks)) {
                b.append(c);
            } else if (c == 0x1b) {
                b.append("\\e");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < 0x100) {
                b.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
            } else {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return b.toString();
    }

    private static boolean unsafe(char c, boolean keepLineBreaks) {
        if (c == '\n') {
            return !keepLineBreaks;
        }
        return c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || c == 0x2028 || c == 0x2029 // line and paragraph separators
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) // bidirectional embeddings, overrides, isolates
                || c == 0x200e || c == 0x200f || c == 0x061c; // direction marks
    }
}
