package io.spokes.data.cow;

import io.spokes.core.domain.FieldException;

import java.time.LocalDate;

/**
 * One continuous period of membership in the COW state system (a row of {@code states2016}).
 *
 * @param ccode        COW numeric code
 * @param abbreviation COW abbreviation (e.g. {@code ROK}; note that COW's {@code KOR} is the Korea of 1887-1905)
 * @param name         COW state name
 * @param start        first day of membership
 * @param end          last day of membership (2016-12-31 = still a member at the end of the data)
 */
public record SystemSpell(int ccode, String abbreviation, String name, LocalDate start, LocalDate end) {
    public SystemSpell {
        if (ccode <= 0 || ccode > 999) {
            throw new FieldException("ccode", "COW code must lie in 1..999, got " + ccode);
        }
        if (abbreviation == null || !abbreviation.matches("[A-Z]{3}")) {
            throw new FieldException("abbreviation", "COW abbreviation of " + ccode + " must be three capital letters, got '" + abbreviation + "'");
        }
        if (start == null || end == null || end.isBefore(start)) {
            throw new FieldException("end", "membership of " + ccode + " must end on or after its start, got " + start + " to " + end);
        }
    }

    public boolean coversYear(int year) {
        return start.getYear() <= year && year <= end.getYear();
    }
}
