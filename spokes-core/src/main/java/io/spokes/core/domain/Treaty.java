package io.spokes.core.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A written alliance commitment among two or more states.
 *
 * @param id                    short unique id used in scenario files (e.g. {@code US-ROK})
 * @param name                  full name
 * @param members               members with their own (possibly asymmetric) obligations
 * @param institutions          integrated command, bases/troops, intelligence sharing, nuclear umbrella
 * @param consultationMechanism whether the treaty sets up a standing consultation body (used by
 *                              equilibrium selection, docs/model.md §5.9)
 * @param milinst               ATOP/Leeds–Anac military institutionalization 0–2, or null
 * @param iotaOverride          an explicit {@code iota} for the treaty's ties, or null
 * @param atopId                ATOP 5.1 {@code atopid}, or null for commitments ATOP does not code
 * @param signed                date of signature
 * @param ended                 date the treaty ended, or null if in force
 * @param source                citation for the coding
 */
public record Treaty(String id, String name, List<Membership> members, Institutions institutions,
                     boolean consultationMechanism, Integer milinst, Double iotaOverride, Integer atopId,
                     LocalDate signed, LocalDate ended, String source) {
    public Treaty {
        if (id == null || id.isBlank()) {
            throw new FieldException("id", "a treaty needs an id");
        }
        if (name == null || name.isBlank()) {
            throw new FieldException("name", "treaty " + FieldException.quote(id) + " needs a name");
        }
        if (members == null || members.size() < 2) {
            throw new FieldException("members", "treaty " + FieldException.quote(id) + " needs at least two members");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            if (!seen.add(members.get(i).state())) {
                throw new FieldException("members[" + i + "].state", "treaty " + FieldException.quote(id) + " lists member " + FieldException.quote(members.get(i).state()) + " twice");
            }
        }
        for (int i = 0; i < members.size(); i++) {
            Membership m = members.get(i);
            for (Map.Entry<Obligation, Set<String>> e : m.addressees().entrySet()) {
                for (String to : e.getValue()) {
                    if (!seen.contains(to)) {
                        throw new FieldException("members[" + i + "].owes." + e.getKey().code(), "treaty " + FieldException.quote(id)
                                + ": member " + FieldException.quote(m.state()) + " owes '" + e.getKey().code() + "' to "
                                + FieldException.quote(to) + ", which is not a member of the treaty; members: " + seen.stream().sorted().toList());
                    }
                }
            }
        }
        members = List.copyOf(members);
        institutions = institutions == null ? Institutions.NONE : institutions;
        if (milinst != null && (milinst < 0 || milinst > 2)) {
            throw new FieldException("milinst", "treaty " + FieldException.quote(id) + ": milinst is ATOP's 0, 1 or 2, got " + milinst);
        }
        if (iotaOverride != null && !(iotaOverride >= 0 && iotaOverride <= 1)) {
            throw new FieldException("iota", "treaty " + FieldException.quote(id) + ": iota must lie in [0, 1], got " + iotaOverride);
        }
        if (atopId != null && atopId <= 0) {
            throw new FieldException("atopid", "treaty " + FieldException.quote(id) + ": atopid must be positive, got " + atopId);
        }
        if (signed == null) {
            throw new FieldException("signed", "treaty " + FieldException.quote(id) + " needs its date of signature (YYYY-MM-DD)");
        }
        if (ended != null && ended.isBefore(signed)) {
            throw new FieldException("ended", "treaty " + FieldException.quote(id) + " ends (" + ended + ") before it is signed (" + signed + ")");
        }
        if (source == null || source.isBlank()) {
            throw new FieldException("source", "treaty " + FieldException.quote(id) + " needs a source citation");
        }
    }

    /** Whether some member owes an obligation to named members only (a declaration, a guarantee). */
    public boolean addressed() {
        return members.stream().anyMatch(Membership::addressed);
    }

    /**
     * Whether the treaty ties {@code from} to {@code to} (docs/model.md §5.1): both members and, when
     * the treaty addresses obligations, {@code from} owes {@code to} one; otherwise every ordered pair.
     */
    public boolean ties(Membership from, String to) {
        if (from.state().equals(to)) {
            return false;
        }
        return !addressed() || from.owesSomething(to);
    }

    /** A treaty built component by component (unset components are null, false or 0). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every component of this treaty, to change a few and build a new one. */
    public Builder toBuilder() {
        return new Builder().id(id).name(name).members(members).institutions(institutions)
                .consultationMechanism(consultationMechanism).milinst(milinst).iotaOverride(iotaOverride).atopId(atopId)
                .signed(signed).ended(ended).source(source);
    }

    /** Institutionalization of this treaty's ties: the override, else the larger of the flags' and milinst/2. */
    public double iota() {
        if (iotaOverride != null) {
            return iotaOverride;
        }
        double fromAtop = milinst == null ? 0.0 : milinst / 2.0;
        return Math.max(institutions.iota(), fromAtop);
    }

    /** In force at some time during {@code year}. */
    public boolean inForceIn(int year) {
        return signed.getYear() <= year && (ended == null || ended.getYear() >= year);
    }

    public boolean hasMember(String state) {
        return membership(state).isPresent();
    }

    public Optional<Membership> membership(String state) {
        return members.stream().filter(m -> m.state().equals(state)).findFirst();
    }

    /**
     * Sets the components by name. {@link #build()} calls the canonical constructor, so a built
     * Treaty is validated exactly like one constructed directly.
     */
    public static final class Builder {
        private String id;
        private String name;
        private List<Membership> members;
        private Institutions institutions;
        private boolean consultationMechanism;
        private Integer milinst;
        private Double iotaOverride;
        private Integer atopId;
        private LocalDate signed;
        private LocalDate ended;
        private String source;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder members(List<Membership> members) {
            this.members = members;
            return this;
        }

        public Builder institutions(Institutions institutions) {
            this.institutions = institutions;
            return this;
        }

        public Builder consultationMechanism(boolean consultationMechanism) {
            this.consultationMechanism = consultationMechanism;
            return this;
        }

        public Builder milinst(Integer milinst) {
            this.milinst = milinst;
            return this;
        }

        public Builder iotaOverride(Double iotaOverride) {
            this.iotaOverride = iotaOverride;
            return this;
        }

        public Builder atopId(Integer atopId) {
            this.atopId = atopId;
            return this;
        }

        public Builder signed(LocalDate signed) {
            this.signed = signed;
            return this;
        }

        public Builder ended(LocalDate ended) {
            this.ended = ended;
            return this;
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        public Treaty build() {
            return new Treaty(id, name, members, institutions, consultationMechanism, milinst, iotaOverride, atopId, signed,
                    ended, source);
        }
    }
}
