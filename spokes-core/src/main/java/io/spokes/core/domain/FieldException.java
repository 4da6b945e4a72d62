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

    public FieldException(String field, String message) {
        super(message);
        this.field = field;
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
