package io.spokes.core.domain;

/**
 * A crisis of interest: challenger {@code C} demands the stake from target {@code T}.
 *
 * @param region      where the crisis is fought, for obligations limited to a location; null = the target's COW region
 * @param theater     where the fighting is, for power projected over distance; null = the target's capital
 * @param theaterNote what the theater is ("Taiwan Strait"); empty when none. Kept on the crisis because a
 *                    {@link Location} is only a point, and a file's note must survive a read and write
 */
public record Crisis(String challenger, String target, String label, Region region, Location theater, String theaterNote) {
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
        theaterNote = theaterNote == null ? "" : theaterNote.strip();
        if (theater == null && !theaterNote.isEmpty()) {
            throw new FieldException("theater", "the theater note " + FieldException.quote(theaterNote)
                    + " needs a theater: give its lat and lon, or drop the note");
        }
    }

    /** A crisis whose theater, if any, has no note. */
    public Crisis(String challenger, String target, String label, Region region, Location theater) {
        this(challenger, target, label, region, theater, "");
    }

    public Crisis(String challenger, String target, String label) {
        this(challenger, target, label, null, null, "");
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
