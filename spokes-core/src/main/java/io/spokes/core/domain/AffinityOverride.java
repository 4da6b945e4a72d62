package io.spokes.core.domain;

/** An explicit affinity {@code a_jt}: how much {@code from} values {@code to}'s security, in [0, 1]. */
public record AffinityOverride(String from, String to, double value, String source) {
    public AffinityOverride {
        if (from == null || to == null || from.equals(to)) {
            throw new FieldException("from", "an affinity override needs two different states, got " + FieldException.quote(from) + " and " + FieldException.quote(to));
        }
        if (!(value >= 0 && value <= 1)) {
            throw new FieldException("value", "affinity " + from + "->" + to + " must lie in [0, 1], got " + value);
        }
        source = source == null ? "" : source;
    }
}
