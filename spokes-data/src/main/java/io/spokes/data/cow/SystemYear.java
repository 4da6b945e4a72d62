package io.spokes.data.cow;

/** One state-year of COW's {@code system2016.csv}. */
public record SystemYear(String abbreviation, int ccode, int year) {
    public SystemYear {
        if (ccode <= 0 || ccode > 999) {
            throw new IllegalArgumentException("COW code must lie in 1..999, got " + ccode);
        }
        if (year < 1816 || year > 2016) {
            throw new IllegalArgumentException("system2016 covers 1816-2016, got year " + year);
        }
    }
}
