package io.spokes.core.domain;

/**
 * A domain value that cannot be accepted, naming the field (a path relative to the record being
 * built, such as {@code capability} or {@code members[1].state}; empty when a parser is given one
 * value and its caller knows where it came from) and what to fix. Readers prefix the path with the
 * record's place in the file and map it to a line and column; command lines print it as one line
 * and exit 2.
 *
 * <p>It is the only exception the domain throws for bad input. It is deliberately not an
 * {@link IllegalArgumentException}: front ends catch it to turn it into a located error, and a
 * {@code catch (IllegalArgumentException e)} would also catch the JDK's own
 * ({@link NumberFormatException}, a bad format string, an unknown enum name...) and report a bug
 * as the user's mistake. Broken invariants of code-defined tables (dataset layouts, citations)
 * are programming errors and stay {@code IllegalArgumentException}.
 */
public class FieldException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    /** Quoted input is cut to this many characters, so that a wrong file is not echoed whole. */
    public static final int QUOTE_LIMIT = 60;

    public FieldException(String field, String message) {
        super(escapeControls(message));
        this.field = field;
    }

    /**
     * A piece of input as a message quotes it: in single quotes, control characters escaped (so
     * the message stays one line and cannot drive a terminal) and cut to {@link #QUOTE_LIMIT}
     * characters followed by "..." (ASCII, as a terminal without UTF-8 shows it).
     */
    public static String quote(String input) {
        if (input == null) {
            return "nothing";
        }
        String shown = input.codePointCount(0, input.length()) > QUOTE_LIMIT
                ? input.substring(0, input.offsetByCodePoints(0, QUOTE_LIMIT)) + "..." : input;
        return "'" + escapeControls(shown) + "'";
    }

    /**
     * {@code text} with every control character written as a visible escape, so that a message is
     * one line and never a terminal command: {@code \e} for ESC, {@code \t}, {@code \n},
     * {@code \r}, otherwise {@code \xNN} for C0, DEL and C1, and <code>&#92;uNNNN</code> for Unicode's
     * line separators and invisible direction controls. Every other character, a backslash
     * included, stays as it is. The one implementation: {@code io.spokes.io.TerminalText} prints
     * through it too.
     */
    public static String escapeControls(String text) {
        return escapeControls(text, false);
    }

    /** As {@link #escapeControls(String)} but keeping line breaks, for a block of lines. */
    public static String escapeControls(String text, boolean keepLineBreaks) {
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

    /** The path of the offending field, e.g. {@code treaties[2].members[0].state}. */
    public String field() {
        return field;
    }

    /** The same error, seen from a record one level up at {@code prefix}. */
    public FieldException under(String prefix) {
        String path = field.isEmpty() ? prefix : (field.startsWith("[") ? prefix + field : prefix + "." + field);
        return new FieldException(path, getMessage());
    }
}
