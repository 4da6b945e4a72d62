package io.spokes.data.cow;

import io.spokes.core.domain.FieldException;

import java.util.OptionalInt;

/**
 * One militarized interstate dispute at the dispute level (COW-MID 5.0 or GML 2.2.1; both share
 * these columns). Codes follow the MID codebooks; missing (-9 or empty) stays empty.
 */
public record Dispute(int dispnum, int startYear, OptionalInt startMonth, OptionalInt outcome, OptionalInt settle,
                      OptionalInt fatality, OptionalInt minDuration, OptionalInt maxDuration, OptionalInt highestAction,
                      OptionalInt hostility, OptionalInt reciprocated) {
    public Dispute {
        if (dispnum <= 0) {
            throw new FieldException("dispnum", "dispnum must be positive, got " + dispnum);
        }
        if (startYear < 1816 || startYear > 2014) {
            throw new FieldException("startYear", "dispute " + dispnum + " starts in " + startYear + ", outside MID coverage 1816-2014");
        }
        if (hostility.isPresent() && (hostility.getAsInt() < 1 || hostility.getAsInt() > 5)) {
            throw new FieldException("hostility", "hostility level of dispute " + dispnum + " must lie in 1..5, got " + hostility.getAsInt());
        }
    }
}
