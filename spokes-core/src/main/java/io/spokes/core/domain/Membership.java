package io.spokes.core.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * One member of a treaty and the obligations it owes the other members (ATOP member level:
 * obligations may differ between members, e.g. a one-sided guarantee), each with the conditions
 * under which it applies (ATOP's location, adversary, non-provocation ... codes; absent = unconditional).
 */
public record Membership(String state, Set<Obligation> obligations, Map<Obligation, Conditions> conditions) {
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
        EnumMap<Obligation, Conditions> c = new EnumMap<>(Obligation.class);
        if (conditions != null) {
            for (Map.Entry<Obligation, Conditions> e : conditions.entrySet()) {
                if (!copy.contains(e.getKey())) {
                    throw new FieldException("conditions." + e.getKey().code(), "member " + FieldException.quote(state)
                            + " has conditions on '" + e.getKey().code() + "' but does not owe it; owed: " + copy);
                }
                if (e.getValue() != null && e.getValue().any()) {
                    c.put(e.getKey(), e.getValue());
                }
            }
        }
        conditions = Collections.unmodifiableMap(c);
    }

    /** A member with unconditional obligations. */
    public Membership(String state, Set<Obligation> obligations) {
        this(state, obligations, Map.of());
    }

    public static Membership of(String state, Obligation... obligations) {
        return new Membership(state, EnumSet.copyOf(java.util.List.of(obligations)));
    }

    /** The conditions of one obligation ({@link Conditions#NONE} when unconditional). */
    public Conditions conditionsOf(Obligation o) {
        return conditions.getOrDefault(o, Conditions.NONE);
    }

    public Membership withConditions(Obligation o, Conditions c) {
        EnumMap<Obligation, Conditions> m = new EnumMap<>(Obligation.class);
        m.putAll(conditions);
        m.put(o, c);
        return new Membership(state, obligations, m);
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
