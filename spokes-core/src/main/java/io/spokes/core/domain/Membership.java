package io.spokes.core.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One member of a treaty and the obligations it owes the other members (ATOP member level:
 * obligations may differ between members, e.g. a one-sided guarantee).
 */
public record Membership(String state, Set<Obligation> obligations) {
    public Membership {
        if (state == null || state.isBlank()) {
            throw new FieldException("state", "a treaty member needs a state id");
        }
        if (obligations == null || obligations.isEmpty()) {
            throw new FieldException("obligations", "member " + FieldException.quote(state) + " needs at least one obligation (use [none] for a member that owes nothing)");
        }
        EnumSet<Obligation> copy = EnumSet.copyOf(obligations);
        if (copy.contains(Obligation.NONE) && copy.size() > 1) {
            throw new FieldException("obligations", "member " + FieldException.quote(state) + " cannot owe 'none' and other obligations at once");
        }
        obligations = Collections.unmodifiableSet(copy);
    }

    public static Membership of(String state, Obligation... obligations) {
        return new Membership(state, EnumSet.copyOf(java.util.List.of(obligations)));
    }

    /** The single obligation this member brings to a directed tie (see {@link Obligation#tieRank()}). */
    public Obligation tieObligation() {
        Obligation best = Obligation.NONE;
        for (Obligation o : obligations) {
            if (o.tieRank() > best.tieRank()) {
                best = o;
            }
        }
        return best;
    }
}
