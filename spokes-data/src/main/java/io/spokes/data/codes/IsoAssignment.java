package io.spokes.data.codes;

import io.spokes.core.domain.FieldException;

/**
 * An ISO 3166 alpha-3 code that stands for a COW state over a range of years.
 *
 * @param ccode COW code
 * @param iso3  ISO 3166-1 alpha-3 code, or an ISO 3166-3 code for a state that no longer exists
 * @param from  first year (inclusive)
 * @param to    last year (inclusive)
 * @param note  why the assignment is what it is, where it is a trap
 */
public record IsoAssignment(int ccode, String iso3, int from, int to, String note) {
    public IsoAssignment {
        if (iso3 == null || !iso3.matches("[A-Z]{3}")) {
            throw new FieldException("iso3", "ISO alpha-3 code must be three capital letters, got '" + iso3 + "'");
        }
        if (to < from) {
            throw new FieldException("to", "ISO code " + iso3 + " for COW " + ccode + ": last year " + to + " is before first year " + from);
        }
    }

    public boolean covers(int year) {
        return from <= year && year <= to;
    }
}
