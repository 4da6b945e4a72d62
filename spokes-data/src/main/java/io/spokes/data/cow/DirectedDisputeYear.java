package io.spokes.data.cow;

import io.spokes.core.domain.FieldException;

import java.util.OptionalInt;

/**
 * One directed dispute-year (state 1 toward state 2 in a dispute and year), the columns COW-MID
 * 5.0 and GML-MID 2.2.1 share. Codes follow the MID codebooks; missing stays empty.
 *
 * @param onset whether the dispute began in this year ({@code disponset} / {@code midonset})
 */
public record DirectedDisputeYear(int dispnum, int ccode1, int ccode2, int year, boolean onset, OptionalInt sideA1,
                                  OptionalInt sideA2, OptionalInt fatality1, OptionalInt fatality2, OptionalInt highestAction1,
                                  OptionalInt highestAction2, OptionalInt hostility1, OptionalInt hostility2,
                                  OptionalInt originator1, OptionalInt originator2) {
    public DirectedDisputeYear {
        if (ccode1 == ccode2) {
            throw new FieldException("ccode2", "dispute " + dispnum + " pairs state " + ccode1 + " with itself");
        }
        if (year < 1816 || year > 2014) {
            throw new FieldException("year", "dispute " + dispnum + " has year " + year + ", outside MID coverage 1816-2014");
        }
    }
}
