package io.spokes.core.crisis;

import io.spokes.core.domain.FieldException;

import java.util.Arrays;
import java.util.concurrent.CancellationException;

/**
 * The intervention stage's fixed point in threshold strategies (docs/model.md §5.9): candidate
 * {@code j} intervenes iff {@code kappa_j <= k_j*}, so {@code q_j = F_j(k_j*(q))}. Found by damped
 * iteration {@code q <- q + alpha (F(k*(q)) - q)} from a given start.
 */
final class InterventionEquilibrium {
    private final CrisisGame game;
    private final CoalitionExpectation expectation;
    private final double tolerance;
    private final int maxIterations;

    InterventionEquilibrium(CrisisGame game, CoalitionExpectation expectation, double tolerance, int maxIterations) {
        if (!(tolerance > 0)) {
            throw new FieldException("tolerance", "tolerance must be positive, got " + tolerance);
        }
        if (maxIterations < 1) {
            throw new FieldException("max_iterations", "max_iterations must be at least 1, got " + maxIterations);
        }
        this.game = game;
        this.expectation = expectation;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
    }

    /** A fixed point reached from one start. */
    record Solution(double[] q, int iterations, boolean converged, double residual) {
    }

    /**
     * Thresholds {@code k_j* = max(0, a_j s E[dW_j] + beta_j - E[eta_j])} (docs/model.md §5.9; war
     * costs are not scaled, change C1) and, with {@code withCommitments = false}, the interest-only
     * {@code k_j0 = max(0, u_j s E[dW_j] - E[eta_j])} (change C11).
     */
    double[] thresholds(double[] q, CoalitionExpectation.Marginals m, boolean withCommitments) {
        double[] k = new double[game.n];
        for (int j = 0; j < game.n; j++) {
            double value = withCommitments ? game.a[j] * game.s * m.gain[j] + game.beta(j, q) : game.u[j] * game.s * m.gain[j];
            k[j] = Math.max(0.0, value - m.eta[j]);
        }
        return k;
    }

    Solution solve(double start) {
        int n = game.n;
        double[] q = new double[n];
        Arrays.fill(q, start);
        if (n == 0) {
            return new Solution(q, 0, true, 0.0);
        }
        double[] alpha = new double[n];
        Arrays.fill(alpha, 1.0);
        double[] previous = new double[n];
        CoalitionExpectation.Marginals m = new CoalitionExpectation.Marginals(n);
        double residual = Double.POSITIVE_INFINITY;
        for (int it = 0; it < maxIterations; it++) {
            // A server that gives up on a request interrupts its worker; stop rather than finish unseen work.
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("crisis solve interrupted after " + it + " iterations");
            }
            expectation.marginals(q, m);
            double[] k = thresholds(q, m, true);
            residual = 0;
            double[] target = new double[n];
            for (int j = 0; j < n; j++) {
                target[j] = game.cost.cdf(k[j]);
                residual = Math.max(residual, Math.abs(target[j] - q[j]));
            }
            if (residual < tolerance) {
                return new Solution(q, it, true, residual);
            }
            for (int j = 0; j < n; j++) {
                double step = alpha[j] * (target[j] - q[j]);
                // A step that flips sign without shrinking by 10% is an oscillation: halve this coordinate's alpha.
                if (previous[j] != 0 && Math.signum(step) != Math.signum(previous[j]) && Math.abs(step) > 0.9 * Math.abs(previous[j])) {
                    alpha[j] /= 2;
                    step = alpha[j] * (target[j] - q[j]);
                }
                q[j] = Math.min(1.0, Math.max(0.0, q[j] + step));
                previous[j] = step;
            }
        }
        return new Solution(q, maxIterations, false, residual);
    }
}
