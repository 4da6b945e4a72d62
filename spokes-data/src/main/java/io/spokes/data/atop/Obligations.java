package io.spokes.data.atop;

import io.spokes.core.domain.FieldException;

/**
 * The five primary obligations of ATOP (codebook §1.51, §2.33) that one member owes, packed in a
 * small bit set so that millions of dyad-years stay cheap: defense 1, offense 2, neutrality 4,
 * nonaggression 8, consultation 16.
 */
public record Obligations(int bits) {
    public static final int DEFENSE = 1;
    public static final int OFFENSE = 2;
    public static final int NEUTRALITY = 4;
    public static final int NONAGGRESSION = 8;
    public static final int CONSULTATION = 16;
    public static final Obligations NONE = new Obligations(0);

    public Obligations {
        if (bits < 0 || bits > 31) {
            throw new FieldException("bits", "obligation bits must lie in 0..31 (five ATOP obligations), got " + bits);
        }
    }

    public static Obligations of(boolean defense, boolean offense, boolean neutrality, boolean nonaggression, boolean consultation) {
        return new Obligations((defense ? DEFENSE : 0) | (offense ? OFFENSE : 0) | (neutrality ? NEUTRALITY : 0)
                | (nonaggression ? NONAGGRESSION : 0) | (consultation ? CONSULTATION : 0));
    }

    public boolean defense() {
        return (bits & DEFENSE) != 0;
    }

    public boolean offense() {
        return (bits & OFFENSE) != 0;
    }

    public boolean neutrality() {
        return (bits & NEUTRALITY) != 0;
    }

    public boolean nonaggression() {
        return (bits & NONAGGRESSION) != 0;
    }

    public boolean consultation() {
        return (bits & CONSULTATION) != 0;
    }

    public boolean any() {
        return bits != 0;
    }

    public boolean has(int obligation) {
        return (bits & obligation) != 0;
    }
}
