package io.spokes.core.crisis;

/**
 * Expectations over the random coalition formed when each candidate joins independently with its
 * probability {@code q_j} (docs/model.md §5.6 and §5.9): exactly, by enumerating coalitions, or by sampling.
 */
interface CoalitionExpectation {

    /**
     * For every candidate {@code j}, with the others joining at {@code q}: the expected gain in its
     * own side's win probability from joining, and the expected burden {@code (c_j/X_own)^phi} and
     * share {@code c_j/X_own} when it fights.
     */
    void marginals(double[] q, Marginals out);

    /** Expectations over all candidates at {@code q}, with the target and challenger always fighting. */
    Totals totals(double[] q);

    /** Whether the expectations are sampled (then {@link Totals} carries standard errors). */
    boolean sampled();

    /** Per-candidate marginal expectations, reused across iterations to avoid allocation. */
    final class Marginals {
        final double[] gain;
        final double[] burden;
        final double[] share;

        Marginals(int n) {
            gain = new double[n];
            burden = new double[n];
            share = new double[n];
        }
    }

    /**
     * {@code Ep = E[p]}, {@code Ec_T = E[(c_T/X_D)^phi]}, {@code Ec_C = E[(c_C/X_C)^phi]}, the
     * principals' expected shares, and standard errors of the first three (0 when exact).
     */
    record Totals(double ep, double ecTarget, double ecChallenger, double shareTarget, double shareChallenger,
                  double seEp, double seEcTarget, double seEcChallenger) {
    }
}
