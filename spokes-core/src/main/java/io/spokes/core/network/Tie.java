package io.spokes.core.network;

import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Obligation;

/**
 * The directed tie {@code from -> to}: the obligation {@code o_jt} that {@code from} owes
 * {@code to}, its institutionalization {@code iota_jt} in [0,1], and the multiplier on its breach
 * cost set by an explicit pledge (1 unless a policy such as alignment raises it).
 */
public record Tie(String from, String to, Obligation obligation, double iota, double pledge) {
    public Tie {
        if (!(iota >= 0 && iota <= 1)) {
            throw new FieldException("iota", "iota of " + from + "->" + to + " must lie in [0,1], got " + iota);
        }
        if (!(pledge > 0)) {
            throw new FieldException("pledge", "pledge of " + from + "->" + to + " must be positive, got " + pledge);
        }
    }

    /** Combines two ties between the same states: the higher-ranked obligation, the larger iota and pledge. */
    Tie merge(Tie other) {
        Obligation o = other.obligation.tieRank() > obligation.tieRank() ? other.obligation : obligation;
        return new Tie(from, to, o, Math.max(iota, other.iota), Math.max(pledge, other.pledge));
    }

    Tie adjusted(double iotaDelta, Obligation newObligation, double pledgeFactor) {
        double i = Math.min(1.0, Math.max(0.0, iota + iotaDelta));
        return new Tie(from, to, newObligation == null ? obligation : newObligation, i, pledge * pledgeFactor);
    }
}
