package io.spokes.data.cli;

import io.spokes.core.domain.FieldException;
import io.spokes.data.dyad.YearRange;
import io.spokes.io.InputException;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Parses option values into domain values; a bad value is an {@link InputException} naming the option. */
final class Choices {
    private Choices() {
    }

    static YearRange years(String option, String text) {
        try {
            return YearRange.parse(text);
        } catch (FieldException e) {
            throw new InputException(option, 0, 0, "", e.getMessage());
        }
    }

    static void within(String option, YearRange years, int from, int to, String coverage) {
        try {
            years.requireWithin(from, to, coverage);
        } catch (FieldException e) {
            throw new InputException(option, 0, 0, "", e.getMessage());
        }
    }

    /** A comma-separated list whose items must come from {@code allowed}. */
    static Set<String> list(String option, String text, Set<String> allowed) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : text.split(",")) {
            String v = s.trim().toLowerCase(Locale.ROOT);
            if (v.isEmpty()) {
                continue;
            }
            if (!allowed.contains(v)) {
                throw new InputException(option, 0, 0, "", "unknown value '" + v + "'; use one or more of " + String.join(", ", allowed));
            }
            out.add(v);
        }
        return out;
    }
}
