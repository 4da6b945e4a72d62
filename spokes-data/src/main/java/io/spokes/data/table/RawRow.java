package io.spokes.data.table;

import io.spokes.io.InputException;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One data row of a raw file, with the line it came from, so that every value problem is
 * reported as {@code file:line:column: field: problem}. Columns are numbered from 1 as in a
 * spreadsheet.
 */
public final class RawRow {
    private final String file;
    private final int line;
    private final String[] values;
    private final Map<String, Integer> positions;

    RawRow(String file, int line, String[] values, Map<String, Integer> positions) {
        this.file = file;
        this.line = line;
        this.values = values;
        this.positions = positions;
    }

    public int line() {
        return line;
    }

    public String file() {
        return file;
    }

    /** The cell as written, trimmed of surrounding blanks. */
    public String text(String column) {
        return values[index(column)].trim();
    }

    public boolean blank(String column) {
        return text(column).isEmpty();
    }

    /** A whole number that must be present. */
    public int integer(String column) {
        String t = text(column);
        if (t.isEmpty()) {
            throw error(column, "is empty; a whole number is required here");
        }
        return parseInt(column, t);
    }

    /** A whole number, or empty when the cell is blank or holds one of the dataset's missing codes. */
    public OptionalInt optionalInteger(String column, int... missingCodes) {
        String t = text(column);
        if (t.isEmpty()) {
            return OptionalInt.empty();
        }
        int v = parseInt(column, t);
        for (int m : missingCodes) {
            if (v == m) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(v);
    }

    /** A number, or empty when the cell is blank or holds one of the dataset's missing codes. */
    public OptionalDouble number(String column, double... missingCodes) {
        String t = text(column);
        if (t.isEmpty() || t.equals("NA")) {
            return OptionalDouble.empty();
        }
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw error(column, "expected a number, found '" + t + "'");
        }
        if (!Double.isFinite(v)) {
            throw error(column, "expected a finite number, found '" + t + "'");
        }
        for (double m : missingCodes) {
            if (v == m) {
                return OptionalDouble.empty();
            }
        }
        return OptionalDouble.of(v);
    }

    /** An ISO date ({@code YYYY-MM-DD}), or a located error. */
    public java.time.LocalDate date(String column) {
        try {
            return java.time.LocalDate.parse(text(column));
        } catch (java.time.format.DateTimeParseException e) {
            throw error(column, "expected a date as YYYY-MM-DD, found '" + text(column) + "'");
        }
    }

    /** A 0/1 dummy that must be present. */
    public boolean dummy(String column) {
        int v = integer(column);
        if (v != 0 && v != 1) {
            throw error(column, "expected 0 or 1, found " + v);
        }
        return v == 1;
    }

    /** Checks the release a row declares in its {@code version} column (e.g. ATOP's 5.1). */
    public void requireVersion(String column, double expected, String release) {
        String t = text(column);
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw error(column, "expected version " + expected + " of " + release + ", found '" + t + "'");
        }
        // atopinst5_1.csv stores 5.1 as 5.0999999: compare to the release's precision.
        if (Math.abs(v - expected) > 1e-4) {
            throw error(column, "this row is from version " + t + ", but the reader is for " + release
                    + "; use the " + release + " file");
        }
    }

    public InputException error(String column, String problem) {
        return new InputException(file, line, index(column) + 1, column, problem);
    }

    private int parseInt(String column, String t) {
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            // Stata/R exports sometimes write whole numbers as 5.0; accept those, reject real fractions.
            try {
                double d = Double.parseDouble(t);
                if (d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE) {
                    return (int) d;
                }
            } catch (NumberFormatException ignored) {
                // fall through to the message below
            }
            throw error(column, "expected a whole number, found '" + t + "'");
        }
    }

    private int index(String column) {
        Integer i = positions.get(column);
        if (i == null) {
            throw new IllegalArgumentException("no column '" + column + "' in the layout of " + file);
        }
        return i;
    }
}
