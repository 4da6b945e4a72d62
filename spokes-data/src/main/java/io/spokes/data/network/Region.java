package io.spokes.data.network;

import io.spokes.core.domain.FieldException;

import java.util.Locale;

/**
 * A region as a range of COW codes, which COW assigns by region. Asia includes Oceania
 * (700-990), so that Australia and New Zealand, spokes of the US system, count as Asian.
 */
public enum Region {
    AMERICAS("americas", 2, 165),
    EUROPE("europe", 200, 399),
    AFRICA("africa", 402, 626),
    MIDDLE_EAST("middle-east", 630, 698),
    ASIA("asia", 700, 990),
    ALL("all", 1, 999);

    private final String code;
    private final int first;
    private final int last;

    Region(String code, int first, int last) {
        this.code = code;
        this.first = first;
        this.last = last;
    }

    public String code() {
        return code;
    }

    public boolean contains(int ccode) {
        return first <= ccode && ccode <= last;
    }

    public static Region parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Region r : values()) {
            if (r.code.equals(t)) {
                return r;
            }
        }
        throw new FieldException("", "unknown region '" + text + "'; use americas, europe, africa, middle-east, asia or all");
    }
}
