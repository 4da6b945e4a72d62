package io.spokes.core.domain;

/**
 * Institutional features of a treaty that raise the institutionalization {@code iota} of its ties
 * by 0.25 each (docs/model.md §5.1), capped at 1.
 */
public record Institutions(boolean integratedCommand, boolean basesTroops, boolean intelligenceSharing, boolean nuclearUmbrella) {
    public static final Institutions NONE = new Institutions(false, false, false, false);
    /** The increment of {@code iota} per feature. */
    public static final double STEP = 0.25;

    public int count() {
        return (integratedCommand ? 1 : 0) + (basesTroops ? 1 : 0) + (intelligenceSharing ? 1 : 0) + (nuclearUmbrella ? 1 : 0);
    }

    public double iota() {
        return Math.min(1.0, STEP * count());
    }
}
