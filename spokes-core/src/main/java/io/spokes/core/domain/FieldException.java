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
     * {@code text} with every control character written as a backslash escape (n, r, t, or u and
     * four hex digits): an error message is one line and never a terminal command.
     */
    public static String escapeControls(String text) {
        if (text == null || text.chars().noneMatch(FieldException::isControl)) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (isControl(c)) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
            } else {
                b.append((char) c);
            }
        });
        return b.toString();
    }

    /** C0, DEL, C1 and the line/paragraph separators, which terminals treat as line ends. */
    private static boolean isControl(int c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
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
