package io.spokes.data.atop;

import io.spokes.core.domain.FieldException;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date as ATOP codes it: year and month always known, the day sometimes missing (codebook
 * §2.32: "If an exact day ... cannot be identified, DAYENT is coded as missing").
 *
 * @param year  four-digit year
 * @param month 1-12
 * @param day   1-31, or 0 when ATOP does not know the day
 */
public record AtopDate(int year, int month, int day) {
    public AtopDate {
        if (year < 1800 || year > 2100) {
            throw new FieldException("year", "year must be a four-digit year of ATOP's coverage, got " + year);
        }
        if (month < 1 || month > 12) {
            throw new FieldException("month", "month must lie in 1..12, got " + month);
        }
        if (day < 0 || day > YearMonth.of(year, month).lengthOfMonth()) {
            throw new FieldException("day", "day " + day + " does not exist in " + YearMonth.of(year, month));
        }
    }

    public boolean dayKnown() {
        return day > 0;
    }

    /** The earliest day the date can mean (the 1st when the day is unknown). */
    public LocalDate earliest() {
        return LocalDate.of(year, month, dayKnown() ? day : 1);
    }

    /** The latest day the date can mean (the month's last day when the day is unknown). */
    public LocalDate latest() {
        return dayKnown() ? LocalDate.of(year, month, day) : YearMonth.of(year, month).atEndOfMonth();
    }

    @Override
    public String toString() {
        return dayKnown() ? earliest().toString() : YearMonth.of(year, month) + "-??";
    }
}
