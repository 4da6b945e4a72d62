package io.spokes.core.crisis;

/**
 * Expectations over the random coalition formed when each candidate joins independently with its
 * probability {@code q_j} (docs/model.md §5.6 and §5.9): exactly, by enumerating coalitions, or by sampling.
 */
interface CoalitionExpectation {

    /**
     * For every candidate {@code j}, with the others joining at {@code q}: the expected gain in its
     * own side's win probability from joining, its expected share {@code ĉ_j/X_own} when it fights,
     * and its expected nuclear exposure {@code E_A[eta_j(A ∪ {j})]}.
     */
    void marginals(double[] q, Marginals out);

    /** Expectations over all candidates at {@code q}, with the target and challenger always fighting. */
    Totals totals(double[] q);

    /** Whether the expectations are sampled (then {@link Totals#draws} holds every draw's values). */
    boolean sampled();

    /** Per-candidate marginal expectations, reused across iterations to avoid allocation. */
    final class Marginals {
        final double[] gain;
        final double[] share;
        final double[] eta;

        Marginals(int n) {
            gain = new double[n];
            share = new double[n];
            eta = new double[n];
        }
    }

    /**
     * {@code Ep = E[p]}, {@code Eν_D}, {@code Eν_C}, the principals' expected shares
     * {@code E[ĉ_T/X_D]} and {@code E[ĉ_C/X_C]}, and, when sampled, each draw's
     * {@code (p, ν_D, ν_C)} (null when exact), from which standard errors follow.
     */
    record Totals(double ep, double nuDefenders, double nuChallengers, double shareTarget, double shareChallenger,
                  double[][] draws) {
    }
}
