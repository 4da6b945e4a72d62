package io.spokes.data.cow;

import io.spokes.core.domain.FieldException;

import java.time.YearMonth;

/**
 * One directed COW direct-contiguity relationship (v3.2 via peacesciencer).
 *
 * @param type  1 land; 2, 3, 4, 5 separated by at most 12, 24, 150, 400 miles of water; 0 more than 400 miles
 *              (peacesciencer keeps such relationships of the master records as 0)
 * @param start first month of the relationship (COW records year and month only)
 * @param end   last month
 */
public record Contiguity(int ccode1, int ccode2, int type, YearMonth start, YearMonth end) {
    public Contiguity {
        if (type < 0 || type > 5) {
            throw new FieldException("type", "contiguity type must lie in 0..5 (1 land, 2-5 water distance classes, 0 farther), got " + type);
        }
        if (ccode1 == ccode2) {
            throw new FieldException("ccode2", "a state is not contiguous with itself (" + ccode1 + ")");
        }
        if (end.isBefore(start)) {
            throw new FieldException("end", "contiguity " + ccode1 + "-" + ccode2 + " ends before it starts");
        }
    }

    public boolean coversYear(int year) {
        return start.getYear() <= year && year <= end.getYear();
    }
}
