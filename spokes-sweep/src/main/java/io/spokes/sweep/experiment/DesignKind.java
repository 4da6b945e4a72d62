package io.spokes.sweep.experiment;

import io.spokes.core.domain.FieldException;

import java.util.Locale;

/** The sampling designs an experiment can ask for (docs/sweeps.md gives the equations and sources). */
public enum DesignKind {
    /** Every combination of the factors' levels. */
    FACTORIAL,
    /** Latin hypercube sampling (McKay, Beckman and Conover 1979). */
    LATIN,
    /** Saltelli's radial sampling on a Sobol sequence, for first-order and total Sobol indices. */
    SOBOL,
    /** Morris elementary-effects trajectories (Morris 1991; Campolongo et al. 2007). */
    MORRIS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DesignKind parse(String text) {
        for (DesignKind d : values()) {
            if (d.code().equals(text == null ? "" : text.trim().toLowerCase(Locale.ROOT))) {
                return d;
            }
        }
        throw new FieldException("design", "unknown design '" + text + "'; use factorial, latin, sobol or morris");
    }
}
