package io.spokes.core.domain;

/** A strategic rivalry between two states (Thompson and Dreyer 2012), used for the shared-rival affinity term. */
public record Rivalry(String first, String second, String source) {
    public Rivalry {
        if (first == null || second == null || first.equals(second)) {
            throw new FieldException("states", "a rivalry needs two different states, got " + FieldException.quote(first) + " and " + FieldException.quote(second));
        }
        if (source == null || source.isBlank()) {
            throw new FieldException("source", "rivalry " + first + "-" + second + " needs a source citation");
        }
    }

    public boolean involves(String state) {
        return first.equals(state) || second.equals(state);
    }

    public String other(String state) {
        return first.equals(state) ? second : first;
    }
}
