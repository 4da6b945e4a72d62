package io.spokes.data.cow;

import io.spokes.core.domain.FieldException;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One country's row of SIPRI military expenditure in current US$ million, 1949-2018. SIPRI names
 * countries, not COW codes; a blank cell is missing, never 0.
 *
 * @param country SIPRI's country name
 * @param values  one entry per year from {@link #FIRST_YEAR}
 */
public record MilitaryExpenditure(String country, List<OptionalDouble> values) {
    public static final int FIRST_YEAR = 1949;
    public static final int LAST_YEAR = 2018;

    public MilitaryExpenditure {
        if (country == null || country.isBlank()) {
            throw new FieldException("country", "a SIPRI row needs its country name");
        }
        values = List.copyOf(values);
        if (values.size() != LAST_YEAR - FIRST_YEAR + 1) {
            throw new FieldException("values", "SIPRI row of " + country + " needs one value per year 1949-2018");
        }
    }

    public OptionalDouble in(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return OptionalDouble.empty();
        }
        return values.get(year - FIRST_YEAR);
    }
}
