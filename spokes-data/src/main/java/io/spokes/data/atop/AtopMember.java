package io.spokes.data.atop;

/**
 * One row of the ATOP 5.1 member-level file: one member of one phase of one alliance, with its
 * own (possibly asymmetric) obligations and its own dates of entry and exit (codebook §2.3).
 *
 * @param atopId          alliance id
 * @param member          COW country code of the member (ATOP uses 8152 for Annam, which COW does not list)
 * @param phase           0 for a single-phase alliance, else the phase number
 * @param entry           date the member signed (or the second signature, for founding members)
 * @param exit            date the alliance ended for the member, or null if in effect on 31 Dec 2018
 * @param obligations     what this member owes its partners
 * @param bilateral       BILAT: at most two members at any point of the phase
 * @param asymmetric      ASYMM: obligations vary among members
 * @param obligationsVary OBVARY: this member owes different things to different members
 * @param cowSystem       COWSYS: member of the COW system when it signed
 * @param integratedCommand INTCOM = 1 (peacetime and wartime integrated command); false when missing
 * @param base            BASE 0-3, or -1 when missing
 * @param organ1          ORGAN1 0-3, or -1 when missing
 * @param orgPurpose1     ORGPURP1 0-5, or -1 when missing
 * @param organ2          ORGAN2 0-3, or -1 when missing
 * @param orgPurpose2     ORGPURP2 0-5, or -1 when missing
 * @param line            line of the row in atop5_1m.csv (header = line 1), for provenance
 */
public record AtopMember(int atopId, int member, int phase, AtopDate entry, AtopDate exit, Obligations obligations,
                         boolean bilateral, boolean asymmetric, boolean obligationsVary, boolean cowSystem,
                         boolean integratedCommand, int base, int organ1, int orgPurpose1, int organ2, int orgPurpose2,
                         int line) {
    /** Last day of ATOP 5.1's coverage: memberships with no exit are in effect on this day. */
    public static final int LAST_YEAR = 2018;

    public AtopMember {
        if (atopId < 1000 || atopId > 9999) {
            throw new IllegalArgumentException("atopid must be a four-digit ATOP id, got " + atopId);
        }
        if (member <= 0) {
            throw new IllegalArgumentException("member must be a positive COW country code, got " + member);
        }
        if (phase < 0) {
            throw new IllegalArgumentException("phase must be 0 (single phase) or a phase number, got " + phase);
        }
        if (entry == null || obligations == null) {
            throw new IllegalArgumentException("a member row needs its entry date and obligations");
        }
        if (exit != null && exit.latest().isBefore(entry.earliest())) {
            throw new IllegalArgumentException("member " + member + " of ATOP " + atopId + " exits (" + exit
                    + ") before it enters (" + entry + ")");
        }
    }

    /** Last year in which the membership is in effect (2018 when it had not ended). */
    public int lastYear() {
        return exit == null ? LAST_YEAR : exit.year();
    }

    public boolean inEffectIn(int year) {
        return entry.year() <= year && year <= lastYear();
    }
}
