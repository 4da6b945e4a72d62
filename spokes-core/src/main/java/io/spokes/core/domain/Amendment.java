package io.spokes.core.domain;

import java.util.Optional;

/**
 * A change to the ties that treaties imply, applied in order after them. Policies and
 * architectures are written as amendments so that they compose and stay visible in the scenario.
 */
public sealed interface Amendment {
    /** Why the amendment exists (the policy or architecture that made it). */
    String reason();

    /**
     * Calls the visitor's method for this kind of amendment. Code that treats each kind its own
     * way goes through here rather than {@code instanceof}, so that a new kind is a compile error
     * wherever it must be handled (Java 17 has no exhaustive switch over sealed types).
     */
    <R> R accept(Visitor<R> visitor);

    /** The treaty this amendment adds to those in force, if it adds one. */
    Optional<Treaty> addedTreaty();

    /** One method per kind of amendment. */
    interface Visitor<R> {
        R addTreaty(AddTreaty a);

        R removeTie(RemoveTie a);

        R adjustTie(AdjustTie a);

        R bilateralize(Bilateralize a);
    }

    /** A treaty added by a transform (e.g. the collective-defense treaty of an architecture). */
    record AddTreaty(Treaty treaty, String reason) implements Amendment {
        public AddTreaty {
            if (treaty == null) {
                throw new FieldException("treaty", "an added treaty must be given");
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.addTreaty(this);
        }

        @Override
        public Optional<Treaty> addedTreaty() {
            return Optional.of(treaty);
        }
    }

    /** Removes the directed tie {@code from -> to}, whatever treaties created it. */
    record RemoveTie(String from, String to, String reason) implements Amendment {
        public RemoveTie {
            requirePair(from, to);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.removeTie(this);
        }

        @Override
        public Optional<Treaty> addedTreaty() {
            return Optional.empty();
        }
    }

    /**
     * Changes the directed tie {@code from -> to}, creating it if absent: adds {@code iotaDelta}
     * to its institutionalization (capped at 1), replaces its obligation when {@code obligation}
     * is not null, and multiplies the breach cost of its obligation by {@code pledge}.
     */
    record AdjustTie(String from, String to, double iotaDelta, Obligation obligation, double pledge, String reason) implements Amendment {
        public AdjustTie {
            requirePair(from, to);
            if (!(iotaDelta >= -1 && iotaDelta <= 1)) {
                throw new FieldException("iota_delta", "iota_delta of " + from + "->" + to + " must lie in [-1, 1], got " + iotaDelta);
            }
            // bounded like the alignment policy's pledge parameter: a larger multiplier makes breach costs meaningless
            if (!(pledge > 0) || !(pledge <= Parameter.PLEDGE.max())) {
                throw new FieldException("pledge", "pledge of " + from + "->" + to + " must be a positive multiplier of at most "
                        + (int) Parameter.PLEDGE.max() + ", got " + pledge);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.adjustTie(this);
        }

        @Override
        public Optional<Treaty> addedTreaty() {
            return Optional.empty();
        }
    }

    /**
     * Dissolves a treaty's multilateral machinery: it no longer counts as a treaty of three or more
     * members when the equilibrium is selected (docs/model.md §5.9). Its ties stay unless removed;
     * architectures use this to leave "bilateral hub ties only".
     */
    record Bilateralize(String treaty, String reason) implements Amendment {
        public Bilateralize {
            if (treaty == null || treaty.isBlank()) {
                throw new FieldException("bilateralize", "bilateralize needs a treaty id");
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.bilateralize(this);
        }

        @Override
        public Optional<Treaty> addedTreaty() {
            return Optional.empty();
        }
    }

    private static void requirePair(String from, String to) {
        if (from == null || to == null || from.equals(to)) {
            throw new FieldException("from", "a tie needs two different states, got " + FieldException.quote(from) + " and " + FieldException.quote(to));
        }
    }
}
