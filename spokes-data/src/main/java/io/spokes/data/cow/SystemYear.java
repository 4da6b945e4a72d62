package io.spokes.data.cow;

import io.spokes.core.domain.FieldException;

/** One state-year of COW's {@code system2016.csv}. */
public record SystemYear(String abbreviation, int ccode, int year) {
    public SystemYear {
        if (ccode <= 0 || ccode > 999) {
            throw new FieldException("ccode", "COW code must lie in 1..999, got " + ccode);
        }
        if (year < 1816 || year > 2016) {
            throw new FieldException("year", "system2016 covers 1816-2016, got year " + year);
        }
    }
}
