package io.spokes.core.domain;

import java.util.Locale;

/**
 * A region of the world, for the geography of obligations (ATOP location conditions) and of crises.
 * Assigned from the COW country code by the ranges of the COW state system (Correlates of War
 * Project 2017), the regions EUGene uses (Bennett and Stam 2000); Oceania (COW codes 900-999) is kept
 * apart from Asia so that a "Pacific area" obligation can name both and a European one neither.
 */
public enum Region {
    AMERICAS, EUROPE, AFRICA, MIDDLE_EAST, ASIA, OCEANIA;

    /** Lower-case code used in scenario files ({@code middle_east}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The region of a COW country code: 2-199 Americas, 200-399 Europe, 400-599 Africa, 600-699 Middle East, 700-899 Asia, 900-999 Oceania. */
    public static Region ofCowCode(int cow) {
        if (cow < 1 || cow > 999) {
            throw new FieldException("cow", "COW country code must be between 1 and 999, got " + cow);
        }
        if (cow < 200) {
            return AMERICAS;
        }
        if (cow < 400) {
            return EUROPE;
        }
        if (cow < 600) {
            return AFRICA;
        }
        if (cow < 700) {
            return MIDDLE_EAST;
        }
        if (cow < 900) {
            return ASIA;
        }
        return OCEANIA;
    }

    public static Region parse(String text) {
        String key = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Region r : values()) {
            if (r.code().equals(key)) {
                return r;
            }
        }
        throw new FieldException("region", "region must be one of americas, europe, africa, middle_east, asia, oceania; got " + FieldException.quote(text));
    }
}
