package io.spokes.core.domain;

/** A crisis of interest: challenger {@code C} demands the stake from target {@code T}. */
public record Crisis(String challenger, String target, String label) {
    public Crisis {
        if (challenger == null || target == null) {
            throw new FieldException("challenger", "a crisis needs a challenger and a target");
        }
        if (challenger.equals(target)) {
            throw new FieldException("target", "a crisis needs two different states, got challenger = target = " + FieldException.quote(target));
        }
        if (label == null || label.isBlank()) {
            label = challenger + " vs " + target;
        }
    }

    public static Crisis of(String challenger, String target) {
        return new Crisis(challenger, target, null);
    }
}
