package io.spokes.core.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One member of a treaty and the obligations it owes the other members (ATOP member level:
 * obligations may differ between members, e.g. a one-sided guarantee), each with the conditions
 * under which it applies (ATOP's location, adversary, non-provocation ... codes; absent = unconditional)
 * and the members it is owed to ({@code addressees}; absent = every other member). Addressees make
 * one-sided and multilateral pledges expressible: a declaration by several states to one of them,
 * or a guarantee, binds the givers toward the addressees and not back. That they are members of the
 * treaty is checked by {@link Treaty}.
 */
public record Membership(String state, Set<Obligation> obligations, Map<Obligation, Conditions> conditions,
                         Map<Obligation, Set<String>> addressees) {
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
        EnumMap<Obligation, Set<String>> to = new EnumMap<>(Obligation.class);
        if (addressees != null) {
            for (Map.Entry<Obligation, Set<String>> e : addressees.entrySet()) {
                String field = "owes." + e.getKey().code();
                if (e.getKey() == Obligation.NONE || !copy.contains(e.getKey())) {
                    throw new FieldException(field, "member " + FieldException.quote(state) + " names addressees of '" + e.getKey().code()
                            + "' but does not owe it; owed: " + copy);
                }
                if (e.getValue() == null || e.getValue().isEmpty()) {
                    continue; // an empty list means every other member, as without one
                }
                Set<String> names = new LinkedHashSet<>();
                for (String t : e.getValue()) {
                    if (t == null || t.isBlank()) {
                        throw new FieldException(field, "member " + FieldException.quote(state) + ": an addressee of '" + e.getKey().code()
                                + "' needs a state id");
                    }
                    if (t.equals(state)) {
                        throw new FieldException(field, "member " + FieldException.quote(state) + " cannot owe '" + e.getKey().code()
                                + "' to itself; name other members of the treaty");
                    }
                    names.add(t);
                }
                to.put(e.getKey(), Collections.unmodifiableSet(names));
            }
        }
        addressees = Collections.unmodifiableMap(to);
    }

    /** A member with conditioned obligations, each owed to every other member. */
    public Membership(String state, Set<Obligation> obligations, Map<Obligation, Conditions> conditions) {
        this(state, obligations, conditions, Map.of());
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
        return new Membership(state, obligations, m, addressees);
    }

    /** This member owing {@code o} to {@code to} only (no states: to every other member again). */
    public Membership withAddressees(Obligation o, Set<String> to) {
        EnumMap<Obligation, Set<String>> m = new EnumMap<>(Obligation.class);
        m.putAll(addressees);
        m.put(o, to);
        return new Membership(state, obligations, conditions, m);
    }

    /** Whether some obligation is owed to named members only. */
    public boolean addressed() {
        return !addressees.isEmpty();
    }

    /** Whether {@code o} is owed to the member {@code other} (owed, and to every member or to it by name). */
    public boolean owes(Obligation o, String other) {
        if (!obligations.contains(o) || other.equals(state)) {
            return false;
        }
        Set<String> to = addressees.get(o);
        return to == null || to.contains(other);
    }

    /**
     * Whether some obligation other than none is owed to {@code other}: in a treaty that addresses its
     * obligations, whether the treaty ties this member to it (callers that loop over pairs ask the
     * treaty's {@code addressed()} once and this per pair).
     */
    public boolean owesSomething(String other) {
        for (Obligation o : obligations) {
            if (o != Obligation.NONE && owes(o, other)) {
                return true;
            }
        }
        return false;
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
