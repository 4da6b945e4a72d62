package io.spokes.io;

import io.spokes.core.domain.FieldException;

/**
 * Bad input, with the place it was found: {@code file:line:column: field: what to fix}. The CLI
 * prints {@link #getMessage()} as one line and exits with code 2.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final int column;
    private final String field;
    private final String problem;

    public InputException(String file, int line, int column, String field, String problem) {
        super(format(file, line, column, field, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.field = field == null ? "" : field;
        this.problem = problem;
    }

    /** One line whatever the input held: control characters in the file name or the problem are escaped. */
    private static String format(String file, int line, int column, String field, String problem) {
        StringBuilder b = new StringBuilder(FieldException.escapeControls(file));
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        b.append(": ");
        if (field != null && !field.isEmpty()) {
            // a path is made of the file's keys: a pathological key is cut like any quoted input
            String shown = field.length() > 2 * FieldException.QUOTE_LIMIT ? field.substring(0, 2 * FieldException.QUOTE_LIMIT) + "..." : field;
            b.append(FieldException.escapeControls(shown)).append(": ");
        }
        return b.append(FieldException.escapeControls(problem)).toString();
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
