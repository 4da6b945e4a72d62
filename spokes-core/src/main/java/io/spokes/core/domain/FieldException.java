package io.spokes.core.domain;

/**
 * A domain value that cannot be accepted, naming the field (a path relative to the record being
 * built, such as {@code capability} or {@code members[1].state}) and what to fix.
 * Readers prefix the path with the record's place in the file and map it to a line and column.
 */
public class FieldException extends IllegalArgumentException {
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
