package io.spokes.data.dyad;

import io.spokes.core.domain.FieldException;

/**
 * An inclusive range of years, as typed on the command line: {@code 1950-2010} or {@code 1953}.
 */
public record YearRange(int first, int last) {
    public YearRange {
        if (last < first) {
            throw new FieldException("last", "year range " + first + "-" + last + " ends before it starts; write FIRST-LAST");
        }
    }

    public static YearRange parse(String text) {
        String t = text.trim();
        try {
            int dash = t.indexOf('-', 1);
            if (dash < 0) {
                int y = Integer.parseInt(t);
                return new YearRange(y, y);
            }
            return new YearRange(Integer.parseInt(t.substring(0, dash).trim()), Integer.parseInt(t.substring(dash + 1).trim()));
        } catch (NumberFormatException e) {
            throw new FieldException("", "expected years as FIRST-LAST (e.g. 1950-2010) or one year, found '" + text + "'");
        }
    }

    /** Fails unless the whole range lies in {@code [from, to]}, naming the data that limit it. */
    public void requireWithin(int from, int to, String coverage) {
        if (first < from || last > to) {
            throw new FieldException("", "years " + this + " lie outside " + coverage + " (" + from + "-" + to + ")");
        }
    }

    public boolean contains(int year) {
        return first <= year && year <= last;
    }

    public int size() {
        return last - first + 1;
    }

    @Override
    public String toString() {
        return first == last ? Integer.toString(first) : first + "-" + last;
    }
}
