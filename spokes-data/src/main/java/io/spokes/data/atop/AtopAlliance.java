package io.spokes.data.atop;

import io.spokes.core.domain.FieldException;

import java.util.List;

/**
 * One row of the ATOP 5.1 alliance-level file ({@code atop5_1a.csv}) or, with {@code phase > 0},
 * of the alliance-phase file ({@code atop5_1aph.csv}): the alliance as a whole (codebook §2.4).
 *
 * @param atopId      alliance id
 * @param phase       0 in the alliance file and for single-phase alliances, else the phase
 * @param begin       date the alliance (phase) began
 * @param end         date it ended, or null if in effect on 31 Dec 2018
 * @param obligations obligations undertaken by any member (alliance level)
 * @param bilateral   BILAT
 * @param maxPhase    MAXPHASE (0 = never changed)
 * @param members     COW codes in {@code mem1 .. mem59}, in file order
 * @param line        line of the row in its file, for provenance
 */
public record AtopAlliance(int atopId, int phase, AtopDate begin, AtopDate end, Obligations obligations, boolean bilateral,
                           int maxPhase, List<Integer> members, int line) {
    public AtopAlliance {
        if (atopId < 1000 || atopId > 9999) {
            throw new FieldException("atopId", "atopid must be a four-digit ATOP id, got " + atopId);
        }
        if (begin == null || obligations == null) {
            throw new FieldException(begin == null ? "begin" : "obligations", "alliance " + atopId + " needs its begin date and obligations");
        }
        if (end != null && end.latest().isBefore(begin.earliest())) {
            throw new FieldException("end", "alliance " + atopId + " ends (" + end + ") before it begins (" + begin + ")");
        }
        members = List.copyOf(members);
        if (members.size() < 2) {
            throw new FieldException("members", "alliance " + atopId + " lists " + members.size() + " member(s); an alliance has at least two");
        }
    }
}
