package io.spokes.core.network;

import io.spokes.core.domain.Conditions;
import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Obligation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The directed tie {@code from -> to}: every obligation {@code from} owes {@code to}, each with the
 * conditions of every treaty it comes from (docs/model.md, change C4: an obligation applies in a
 * crisis when one of its condition sets does), its institutionalization {@code iota_jt} in [0,1],
 * the multiplier on its breach cost set by an explicit pledge (1 unless a policy such as alignment
 * raises it), and whether one of those treaties carries the nuclear umbrella (change C5).
 *
 * @param owed the obligations owed, each with its condition sets (one per treaty; {@link Conditions#NONE} when unconditional)
 */
public record Tie(String from, String to, Map<Obligation, List<Conditions>> owed, double iota, double pledge, boolean umbrella) {
    public Tie {
        if (!(iota >= 0 && iota <= 1)) {
            throw new FieldException("iota", "iota of " + from + "->" + to + " must lie in [0,1], got " + iota);
        }
        if (!(pledge > 0)) {
            throw new FieldException("pledge", "pledge of " + from + "->" + to + " must be positive, got " + pledge);
        }
        EnumMap<Obligation, List<Conditions>> copy = new EnumMap<>(Obligation.class);
        if (owed != null) {
            owed.forEach((o, conditions) -> {
                if (o != Obligation.NONE) {
                    copy.put(o, List.copyOf(conditions.isEmpty() ? List.of(Conditions.NONE) : conditions));
                }
            });
        }
        owed = Collections.unmodifiableMap(copy);
    }

    /** A tie owing one unconditional obligation (none for {@link Obligation#NONE}). */
    public Tie(String from, String to, Obligation obligation, double iota, double pledge) {
        this(from, to, unconditional(obligation), iota, pledge, false);
    }

    private static Map<Obligation, List<Conditions>> unconditional(Obligation o) {
        return o == null || o == Obligation.NONE ? Map.of() : Map.of(o, List.of(Conditions.NONE));
    }

    /** The highest-ranked obligation owed ({@link Obligation#tieRank()}), NONE when none is. */
    public Obligation obligation() {
        Obligation best = Obligation.NONE;
        for (Obligation o : owed.keySet()) {
            if (o.tieRank() > best.tieRank()) {
                best = o;
            }
        }
        return best;
    }

    /** Whether {@code from} owes {@code to} this obligation under some treaty, whatever its conditions. */
    public boolean owes(Obligation o) {
        return owed.containsKey(o);
    }

    /** The condition sets of an owed obligation (empty when it is not owed). */
    public List<Conditions> conditionsOf(Obligation o) {
        return owed.getOrDefault(o, List.of());
    }

    /** Combines two ties between the same states: every obligation with all its condition sets, the larger iota and pledge, either umbrella. */
    Tie merge(Tie other) {
        EnumMap<Obligation, List<Conditions>> m = new EnumMap<>(Obligation.class);
        m.putAll(owed);
        other.owed.forEach((o, conditions) -> m.merge(o, conditions, (a, b) -> {
            List<Conditions> both = new ArrayList<>(a);
            b.stream().filter(c -> !both.contains(c)).forEach(both::add);
            return both;
        }));
        return new Tie(from, to, m, Math.max(iota, other.iota), Math.max(pledge, other.pledge), umbrella || other.umbrella);
    }

    /** An adjusted tie: a given obligation replaces every obligation owed, unconditionally (an amendment states what is owed, everywhere). */
    Tie adjusted(double iotaDelta, Obligation newObligation, double pledgeFactor) {
        double i = Math.min(1.0, Math.max(0.0, iota + iotaDelta));
        return new Tie(from, to, newObligation == null ? owed : unconditional(newObligation), i, pledge * pledgeFactor, umbrella);
    }
}
