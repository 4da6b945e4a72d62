package io.spokes.data.cow;

import io.spokes.core.domain.FieldException;

import java.time.LocalDate;

/**
 * One state's capital over one period (peacesciencer {@code cow_capitals}: one row per state and
 * capital period, dates as the package author coded them, open periods ending 2024-12-31).
 *
 * @param ccode   COW code
 * @param state   the state's name in the file
 * @param capital the capital's name (as the author geocoded it, e.g. "Washington D.C.")
 * @param start   first day of the period
 * @param end     last day of the period
 * @param lat     latitude, decimal degrees
 * @param lon     longitude, decimal degrees
 * @param line    line in cow_capitals_peacesciencer.csv (header = line 1)
 */
public record Capital(int ccode, String state, String capital, LocalDate start, LocalDate end, double lat, double lon, int line) {
    public Capital {
        if (ccode <= 0 || ccode > 999) {
            throw new FieldException("ccode", "COW code must lie in 1..999, got " + ccode);
        }
        if (start == null || end == null || end.isBefore(start)) {
            throw new FieldException("enddate", "capital period of " + ccode + " ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /** Whether the period overlaps the calendar year. */
    public boolean overlaps(int year) {
        return start.getYear() <= year && end.getYear() >= year;
    }
}
