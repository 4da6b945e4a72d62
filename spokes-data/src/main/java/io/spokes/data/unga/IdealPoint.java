package io.spokes.data.unga;

import io.spokes.core.domain.FieldException;

import java.util.OptionalDouble;

/**
 * One state-year of the UN General Assembly ideal points (Bailey, Strezhnev and Voeten 2017; July
 * 2025 release, calendar years).
 *
 * @param ccode COW code
 * @param year  year of the votes
 * @param all   {@code idealpointall}: from all votes (1946-2023; NA in 2024)
 * @param fp    {@code idealpointfp}: from final-passage votes only (1946-2024)
 * @param line  line in unga_ideal_points_bsv.csv (header = line 1)
 */
public record IdealPoint(int ccode, int year, OptionalDouble all, OptionalDouble fp, int line) {
    public IdealPoint {
        if (ccode <= 0 || ccode > 999) {
            throw new FieldException("ccode", "COW code must lie in 1..999, got " + ccode);
        }
        if (all == null || fp == null) {
            throw new FieldException("idealpointall", "ideal points must be given (empty when NA), not null");
        }
    }

    /** The estimate Spokes uses: idealpointall (more votes, more precise), else idealpointfp; empty when both are NA. */
    public OptionalDouble value() {
        return all.isPresent() ? all : fp;
    }

    /** Where {@link #value()} comes from, for the source string, e.g. "idealpointfp 2024 (idealpointall is NA)". */
    public String provenance() {
        if (all.isPresent()) {
            return "idealpointall " + year;
        }
        return fp.isPresent() ? "idealpointfp " + year + " (idealpointall is NA in " + year + ")" : "none (both NA in " + year + ")";
    }
}
