package io.spokes.core.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
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
 *                              equilibrium selection, spec section 3)
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
            throw new FieldException("name", "treaty '" + id + "' needs a name");
        }
        if (members == null || members.size() < 2) {
            throw new FieldException("members", "treaty '" + id + "' needs at least two members");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            if (!seen.add(members.get(i).state())) {
                throw new FieldException("members[" + i + "].state", "treaty '" + id + "' lists member '" + members.get(i).state() + "' twice");
            }
        }
        members = List.copyOf(members);
        institutions = institutions == null ? Institutions.NONE : institutions;
        if (milinst != null && (milinst < 0 || milinst > 2)) {
            throw new FieldException("milinst", "treaty '" + id + "': milinst is ATOP's 0, 1 or 2, got " + milinst);
        }
        if (iotaOverride != null && !(iotaOverride >= 0 && iotaOverride <= 1)) {
            throw new FieldException("iota", "treaty '" + id + "': iota must lie in [0, 1], got " + iotaOverride);
        }
        if (atopId != null && atopId <= 0) {
            throw new FieldException("atopid", "treaty '" + id + "': atopid must be positive, got " + atopId);
        }
        if (signed == null) {
            throw new FieldException("signed", "treaty '" + id + "' needs its date of signature (YYYY-MM-DD)");
        }
        if (ended != null && ended.isBefore(signed)) {
            throw new FieldException("ended", "treaty '" + id + "' ends (" + ended + ") before it is signed (" + signed + ")");
        }
        if (source == null || source.isBlank()) {
            throw new FieldException("source", "treaty '" + id + "' needs a source citation");
        }
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
}
