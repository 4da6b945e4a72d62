package io.spokes.data.atop;

import io.spokes.core.domain.FieldException;

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
 * @param conditions      the conditions ATOP codes on its defense and offense obligations ({@link AtopConditions#NONE} when none)
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
                         AtopConditions conditions,
                         boolean bilateral, boolean asymmetric, boolean obligationsVary, boolean cowSystem,
                         boolean integratedCommand, int base, int organ1, int orgPurpose1, int organ2, int orgPurpose2,
                         int line) {
    /** Last day of ATOP 5.1's coverage: memberships with no exit are in effect on this day. */
    public static final int LAST_YEAR = 2018;

    public AtopMember {
        if (atopId < 1000 || atopId > 9999) {
            throw new FieldException("atopId", "atopid must be a four-digit ATOP id, got " + atopId);
        }
        if (member <= 0) {
            throw new FieldException("member", "member must be a positive COW country code, got " + member);
        }
        if (phase < 0) {
            throw new FieldException("phase", "phase must be 0 (single phase) or a phase number, got " + phase);
        }
        if (entry == null || obligations == null) {
            throw new FieldException(entry == null ? "entry" : "obligations", "a member row needs its entry date and obligations");
        }
        conditions = conditions == null ? AtopConditions.NONE : conditions;
        if (exit != null && exit.latest().isBefore(entry.earliest())) {
            throw new FieldException("exit", "member " + member + " of ATOP " + atopId + " exits (" + exit
                    + ") before it enters (" + entry + ")");
        }
    }

    /** A member row built component by component (unset components are null, false or 0). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every component of this row, to change a few and build a new one. */
    public Builder toBuilder() {
        return new Builder().atopId(atopId).member(member).phase(phase).entry(entry).exit(exit).obligations(obligations)
                .conditions(conditions).bilateral(bilateral).asymmetric(asymmetric).obligationsVary(obligationsVary).cowSystem(cowSystem)
                .integratedCommand(integratedCommand).base(base).organ1(organ1).orgPurpose1(orgPurpose1).organ2(organ2)
                .orgPurpose2(orgPurpose2).line(line);
    }

    /** Last year in which the membership is in effect (2018 when it had not ended). */
    public int lastYear() {
        return exit == null ? LAST_YEAR : exit.year();
    }

    public boolean inEffectIn(int year) {
        return entry.year() <= year && year <= lastYear();
    }

    /**
     * Sets the components by name. {@link #build()} calls the canonical constructor, so a built
     * AtopMember is validated exactly like one constructed directly.
     */
    public static final class Builder {
        private int atopId;
        private int member;
        private int phase;
        private AtopDate entry;
        private AtopDate exit;
        private Obligations obligations;
        private AtopConditions conditions;
        private boolean bilateral;
        private boolean asymmetric;
        private boolean obligationsVary;
        private boolean cowSystem;
        private boolean integratedCommand;
        private int base;
        private int organ1;
        private int orgPurpose1;
        private int organ2;
        private int orgPurpose2;
        private int line;

        private Builder() {
        }

        public Builder atopId(int atopId) {
            this.atopId = atopId;
            return this;
        }

        public Builder member(int member) {
            this.member = member;
            return this;
        }

        public Builder phase(int phase) {
            this.phase = phase;
            return this;
        }

        public Builder entry(AtopDate entry) {
            this.entry = entry;
            return this;
        }

        public Builder exit(AtopDate exit) {
            this.exit = exit;
            return this;
        }

        public Builder obligations(Obligations obligations) {
            this.obligations = obligations;
            return this;
        }

        public Builder conditions(AtopConditions conditions) {
            this.conditions = conditions;
            return this;
        }

        public Builder bilateral(boolean bilateral) {
            this.bilateral = bilateral;
            return this;
        }

        public Builder asymmetric(boolean asymmetric) {
            this.asymmetric = asymmetric;
            return this;
        }

        public Builder obligationsVary(boolean obligationsVary) {
            this.obligationsVary = obligationsVary;
            return this;
        }

        public Builder cowSystem(boolean cowSystem) {
            this.cowSystem = cowSystem;
            return this;
        }

        public Builder integratedCommand(boolean integratedCommand) {
            this.integratedCommand = integratedCommand;
            return this;
        }

        public Builder base(int base) {
            this.base = base;
            return this;
        }

        public Builder organ1(int organ1) {
            this.organ1 = organ1;
            return this;
        }

        public Builder orgPurpose1(int orgPurpose1) {
            this.orgPurpose1 = orgPurpose1;
            return this;
        }

        public Builder organ2(int organ2) {
            this.organ2 = organ2;
            return this;
        }

        public Builder orgPurpose2(int orgPurpose2) {
            this.orgPurpose2 = orgPurpose2;
            return this;
        }

        public Builder line(int line) {
            this.line = line;
            return this;
        }

        public AtopMember build() {
            return new AtopMember(atopId, member, phase, entry, exit, obligations, conditions, bilateral, asymmetric, obligationsVary,
                    cowSystem, integratedCommand, base, organ1, orgPurpose1, organ2, orgPurpose2, line);
        }
    }
}
