package io.spokes.data.network;

import io.spokes.core.domain.FieldException;
import io.spokes.data.atop.Obligations;

import java.util.Locale;

/** Which ties make an edge of the alliance network. */
public enum TieKind {
    /** A defense obligation in either direction. */
    DEFENSE,
    /** Any shared ATOP alliance, with or without obligations. */
    ANY;

    /** Whether an {@link io.spokes.data.dyad.AllianceTies} value (-1 for none) makes an edge. */
    public boolean edge(int tie) {
        return tie >= 0 && (this == ANY || (tie & Obligations.DEFENSE) != 0);
    }

    public static TieKind parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "defense", "defence" -> DEFENSE;
            case "any", "all" -> ANY;
            default -> throw new FieldException("", "unknown tie kind '" + text + "'; use defense or any");
        };
    }
}
