package io.spokes.data.cow;

import io.spokes.core.domain.FieldException;

import java.util.OptionalDouble;

/**
 * One state-year of the COW National Material Capabilities data. Every component may be missing
 * (COW's -9, an empty cell in peacesciencer's export); missing stays missing, never 0.
 *
 * @param ccode  COW code
 * @param year   year
 * @param milex  military expenditure, thousands (current British pounds to 1913, current US dollars from 1914)
 * @param milper military personnel, thousands
 * @param irst   iron and steel production, thousand tons
 * @param pec    primary energy consumption, thousand coal-ton equivalents
 * @param tpop   total population, thousands
 * @param upop   urban population, thousands
 * @param cinc   Composite Index of National Capability
 */
public record Capability(int ccode, int year, OptionalDouble milex, OptionalDouble milper, OptionalDouble irst,
                         OptionalDouble pec, OptionalDouble tpop, OptionalDouble upop, OptionalDouble cinc) {
    /** Component names in file order, as peacesciencer suffixes them with 1 and 2. */
    public static final String[] COMPONENTS = {"milex", "milper", "irst", "pec", "tpop", "upop", "cinc"};

    public Capability {
        if (ccode <= 0 || ccode > 999) {
            throw new FieldException("ccode", "COW code must lie in 1..999, got " + ccode);
        }
        OptionalDouble[] all = {milex, milper, irst, pec, tpop, upop, cinc};
        for (int i = 0; i < all.length; i++) {
            if (all[i] == null) {
                throw new FieldException(COMPONENTS[i], COMPONENTS[i] + " must be given (empty when missing), not null");
            }
            if (all[i].isPresent() && all[i].getAsDouble() < 0) {
                throw new FieldException(COMPONENTS[i], COMPONENTS[i] + " of " + ccode + " in " + year
                        + " is negative (" + all[i].getAsDouble() + "); COW's missing code -9 should have been read as missing");
            }
        }
    }

    /** The components in {@link #COMPONENTS} order. */
    public OptionalDouble[] components() {
        return new OptionalDouble[] {milex, milper, irst, pec, tpop, upop, cinc};
    }
}
