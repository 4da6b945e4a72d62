package io.spokes.core.crisis;

/**
 * The target's and challenger's decisions given the coalition expectations {@code Ep},
 * {@code Eν_D}, {@code Eν_C} (docs/model.md §5.10, model v2).
 *
 * <p>The target resists iff {@code kappa_T <= s Ep - zeta z Eν_C}. The challenger challenges iff
 * {@code theta_C A - kappa_C B - K > 0} with {@code A = s (1 - P_r Ep)}, {@code B = P_r} and
 * {@code K = chi + P_r z Eν_D}; with a cost of challenging or a nuclear threat ({@code K > 0}) the
 * probability has no closed form, so it is integrated over {@code kappa_C = kbar e^(sigma_k t)},
 * {@code t ~ N(0, 1)}, by the trapezoid rule on {@code [-12, 12]} (the integrand is smooth; the
 * normal tails beyond 12 sd hold less than 1e-32).
 */
final class PrincipalDecisions {
    /** Trapezoid nodes on [-12, 12]: 1601 (V2.md asks for at least 801), step 0.015. */
    static final int NODES = 1601;
    private static final double[] T = new double[NODES];
    private static final double[] WEIGHT = new double[NODES];

    static {
        double h = 24.0 / (NODES - 1);
        for (int i = 0; i < NODES; i++) {
            T[i] = -12 + i * h;
            double density = Math.exp(-T[i] * T[i] / 2) / Math.sqrt(2 * Math.PI);
            WEIGHT[i] = (i == 0 || i == NODES - 1 ? h / 2 : h) * density;
        }
    }

    private final CrisisGame game;

    PrincipalDecisions(CrisisGame game) {
        this.game = game;
    }

    /** {@code k*_T = s Ep - zeta z Eν_C}. */
    double resistThreshold(double ep, double nuChallengers) {
        return game.s * ep - game.compellenceCost * nuChallengers;
    }

    /** {@code P_resist = F_T(k*_T)}, 0 when {@code k*_T <= 0}. */
    double pResist(double ep, double nuChallengers) {
        return game.cost.cdf(resistThreshold(ep, nuChallengers));
    }

    /** {@code P_challenge} as a function of the three coalition expectations alone (for the delta method). */
    double pChallengeAt(double ep, double nuDefenders, double nuChallengers) {
        return pChallenge(pResist(ep, nuChallengers), ep, nuDefenders);
    }

    /** {@code P_challenge = E_kappa[1 - G((K + kappa_C B) / A)]}, {@code G} the CDF of {@code theta_C}. */
    double pChallenge(double pResist, double ep, double nuDefenders) {
        double a = game.s * (1 - pResist * ep);
        double b = pResist;
        double k = game.challengeCost + pResist * game.nuclearCost * nuDefenders;
        if (!(a > 0)) {
            return 0.0;
        }
        if (b == 0) {
            return k <= 0 ? 1.0 : resolveAbove(k / a);
        }
        double mu = game.cost.mu();
        double sigma = game.cost.sigma();
        double sum = 0;
        for (int i = 0; i < NODES; i++) {
            double kappa = Math.exp(mu + sigma * T[i]);
            sum += WEIGHT[i] * resolveAbove((k + kappa * b) / a);
        }
        return Math.min(1.0, Math.max(0.0, sum));
    }

    /** {@code 1 - G(x) = P(theta_C > x)}. */
    private double resolveAbove(double x) {
        if (!(x > 0)) {
            return 1.0;
        }
        return LogNormalCost.survival((Math.log(x) - game.muTheta) / game.sigmaTheta);
    }

    /**
     * The standard error of deterrence by the delta method through {@code P_challenge(Ep, Eν_D, Eν_C)}:
     * central derivatives (step 1e-6) and the covariance of the three means from the same draws.
     *
     * @param covariance the covariance matrix of the three means (already divided by the number of draws)
     */
    double seDeterrence(double ep, double nuDefenders, double nuChallengers, double[][] covariance) {
        double h = 1e-6;
        double[] x = {ep, nuDefenders, nuChallengers};
        double[] g = new double[3];
        for (int i = 0; i < 3; i++) {
            double[] up = x.clone();
            double[] down = x.clone();
            up[i] += h;
            down[i] -= h;
            g[i] = (pChallengeAt(up[0], up[1], up[2]) - pChallengeAt(down[0], down[1], down[2])) / (2 * h);
        }
        double var = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                var += g[i] * covariance[i][j] * g[j];
            }
        }
        return Math.sqrt(Math.max(0.0, var));
    }
}
