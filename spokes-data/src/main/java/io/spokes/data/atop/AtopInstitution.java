package io.spokes.data.atop;

import io.spokes.core.domain.FieldException;

import java.util.OptionalInt;

/**
 * One row of {@code atopinst5_1.csv}: Leeds and Anac's (2005) institutionalization summaries of
 * an alliance phase (codebook §2.34).
 *
 * @param atopId  alliance id
 * @param phase   0 for a single-phase alliance, else the phase
 * @param milinst military institutionalization 0, 1 or 2; empty where ATOP leaves it missing
 * @param formal  formal institutionalization; empty where missing
 */
public record AtopInstitution(int atopId, int phase, OptionalInt milinst, OptionalInt formal) {
    public AtopInstitution {
        if (milinst.isPresent() && (milinst.getAsInt() < 0 || milinst.getAsInt() > 2)) {
            throw new FieldException("milinst", "milinst of ATOP " + atopId + " must be 0, 1 or 2, got " + milinst.getAsInt());
        }
    }
}
