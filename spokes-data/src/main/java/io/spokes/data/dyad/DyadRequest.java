package io.spokes.data.dyad;

import io.spokes.core.domain.FieldException;

/**
 * What dyad-years to build.
 *
 * @param years        the years, inclusive
 * @param directed     both orders of every pair (true) or {@code ccode1 < ccode2} only
 * @param atop         add {@code atop_alliance} and the five ATOP obligations
 * @param nmc          add the seven NMC components of each side
 * @param allianceZero write 0 rather than NA for {@code atop_alliance} of unallied non-directed
 *                     dyad-years in ATOP's coverage. peacesciencer 1.2.9 leaves them NA (its fill
 *                     of missing values in that branch skips the column); false keeps parity.
 */
public record DyadRequest(YearRange years, boolean directed, boolean atop, boolean nmc, boolean allianceZero) {
    public DyadRequest {
        if (years == null) {
            throw new FieldException("years", "a dyad-year request needs its years");
        }
    }
}
