package io.spokes.data.network;

import io.spokes.core.domain.FieldException;
import io.spokes.data.atop.Obligations;

import java.util.Locale;

/**
 * How a dyad's ATOP ties become one ordinal value of an alliance portfolio (0 = no alliance, 3 =
 * the strongest), with every state valuing itself at 3.
 */
public enum PortfolioCoding {
    /**
     * Häge (2011), who follows the COW typology of Signorino and Ritter (1999): 3 defense (ATOP
     * defense or offense), 2 neutrality or nonaggression, 1 entente (ATOP consultation), 0 none.
     */
    HAGE,
    /** Chiba et al.'s ranking for ATOP: 3 defense or offense, 2 neutrality or consultation, 1 nonaggression only. */
    CHIBA;

    public static final int MAX = 3;

    /** The value of a non-directed tie (-1 for none, else AllianceTies bits). */
    public int value(int tie) {
        if (tie < 0) {
            return 0;
        }
        if ((tie & (Obligations.DEFENSE | Obligations.OFFENSE)) != 0) {
            return 3;
        }
        return switch (this) {
            case HAGE -> (tie & (Obligations.NEUTRALITY | Obligations.NONAGGRESSION)) != 0 ? 2
                    : (tie & Obligations.CONSULTATION) != 0 ? 1 : 0;
            case CHIBA -> (tie & (Obligations.NEUTRALITY | Obligations.CONSULTATION)) != 0 ? 2
                    : (tie & Obligations.NONAGGRESSION) != 0 ? 1 : 0;
        };
    }

    public static PortfolioCoding parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "hage" -> HAGE;
            case "chiba" -> CHIBA;
            default -> throw new FieldException("", "unknown coding '" + text + "'; use hage or chiba");
        };
    }
}
