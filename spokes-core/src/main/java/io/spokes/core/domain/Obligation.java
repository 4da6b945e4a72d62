package io.spokes.core.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The obligation a member owes its partners under a treaty, as ATOP codes it (Leeds 2022,
 * codebook variables DEFENSE, OFFENSE, NEUTRAL, NONAGG, CONSUL).
 */
public enum Obligation {
    NONE, CONSULTATION, NEUTRALITY, NONAGGRESSION, DEFENSE, OFFENSE;

    /** The spelling used in scenario files and outputs. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Defense and offense make a state an obligated defender (docs/model.md §5.4). */
    public boolean isMilitary() {
        return this == DEFENSE || this == OFFENSE;
    }

    /**
     * Rank used to pick one obligation for a directed tie when a member owes several: defense
     * first (it is what a crisis over the target invokes), then offense, then the others by their
     * breach cost in the spec (consultation 0.15 &gt; neutrality 0.05 &gt; nonaggression 0).
     */
    public int tieRank() {
        return switch (this) {
            case DEFENSE -> 5;
            case OFFENSE -> 4;
            case CONSULTATION -> 3;
            case NEUTRALITY -> 2;
            case NONAGGRESSION -> 1;
            case NONE -> 0;
        };
    }

    public static Obligation parse(String text) {
        String key = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (Obligation o : values()) {
            if (o.code().equals(key)) {
                return o;
            }
        }
        switch (key) {
            case "neutral": return NEUTRALITY;
            case "nonagg": return NONAGGRESSION;
            case "consul": return CONSULTATION;
            default:
                throw new FieldException("", "unknown obligation " + FieldException.quote(text) + "; use one of "
                        + Arrays.stream(values()).map(Obligation::code).collect(Collectors.joining(", ")));
        }
    }
}
