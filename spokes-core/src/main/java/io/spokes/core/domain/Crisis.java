package io.spokes.core.domain;

/**
 * A crisis of interest: challenger {@code C} demands the stake from target {@code T}.
 *
 * @param region  where the crisis is fought, for obligations limited to a location; null = the target's COW region
 * @param theater where the fighting is, for power projected over distance; null = the target's capital
 */
public record Crisis(String challenger, String target, String label, Region region, Location theater) {
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

    public Crisis(String challenger, String target, String label) {
        this(challenger, target, label, null, null);
    }

    public static Crisis of(String challenger, String target) {
        return new Crisis(challenger, target, null);
    }

    /** The crisis region: as given, else the target's COW region. */
    public Region regionIn(Scenario scenario) {
        return region != null ? region : scenario.requireState(target).region();
    }

    /** The theater: as given, else the target's capital (null when the target's capital is unknown). */
    public Location theaterIn(Scenario scenario) {
        return theater != null ? theater : scenario.requireState(target).capital();
    }
}
