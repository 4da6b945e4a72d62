package io.spokes.data.cow;

import io.spokes.core.domain.FieldException;

/**
 * One strategic rivalry of Thompson, Sakuwa and Suhas (2021), via peacesciencer's {@code tss_rivalries}.
 * The data end in 2020: {@code end = 2020} means ongoing. Empty type flags mean "not of this type".
 */
public record StrategicRivalry(int id, String name, int ccode1, int ccode2, int start, int end, boolean positional,
                               boolean spatial, boolean ideological, boolean interventionary, boolean principal, boolean aprin) {
    public StrategicRivalry {
        if (ccode1 == ccode2) {
            throw new FieldException("ccode2", "rivalry " + id + " pairs state " + ccode1 + " with itself");
        }
        if (end < start) {
            throw new FieldException("end", "rivalry " + id + " ends (" + end + ") before it starts (" + start + ")");
        }
    }

    public boolean activeIn(int year) {
        return start <= year && year <= end;
    }
}
