package io.spokes.data.cow;

import io.spokes.core.domain.FieldException;

import java.time.LocalDate;

/** One period of independence in Gleditsch and Ward's list (peacesciencer's {@code gw_states}). */
public record GwSpell(int gwcode, String abbreviation, String name, LocalDate start, LocalDate end) {
    public GwSpell {
        if (gwcode <= 0 || gwcode > 999) {
            throw new FieldException("gwcode", "G-W code must lie in 1..999, got " + gwcode);
        }
        if (start == null || end == null || end.isBefore(start)) {
            throw new FieldException("end", "G-W period of " + gwcode + " must end on or after its start");
        }
    }

    public boolean coversYear(int year) {
        return start.getYear() <= year && year <= end.getYear();
    }
}
