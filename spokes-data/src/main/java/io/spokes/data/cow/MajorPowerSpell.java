package io.spokes.data.cow;

import io.spokes.core.domain.FieldException;

import java.time.LocalDate;

/** One period in which a state is a COW major power ({@code majors2016.csv}). */
public record MajorPowerSpell(String abbreviation, int ccode, LocalDate start, LocalDate end) {
    public MajorPowerSpell {
        if (start == null || end == null || end.isBefore(start)) {
            throw new FieldException("end", "major-power period of " + ccode + " must end on or after its start");
        }
    }

    public boolean coversYear(int year) {
        return start.getYear() <= year && year <= end.getYear();
    }
}
