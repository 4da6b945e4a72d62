package io.spokes.core.crisis;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A log-normal war cost {@code kappa ~ LogNormal(log kbar, sigma)}: its CDF {@code F} and the
 * partial expectation {@code E[kappa 1{kappa <= k}]} used for expected war costs.
 */
record LogNormalCost(double mu, double sigma) {
    private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

    static LogNormalCost withMedian(double kbar, double sigma) {
        return new LogNormalCost(Math.log(kbar), sigma);
    }

    /** {@code F(k) = P(kappa <= k)}; 0 for {@code k <= 0}. */
    double cdf(double k) {
        if (!(k > 0)) {
            return 0.0;
        }
        if (k == Double.POSITIVE_INFINITY) {
            return 1.0;
        }
        return phi((Math.log(k) - mu) / sigma);
    }

    /** {@code E[kappa 1{kappa <= k}] = exp(mu + sigma^2/2) * Phi((log k - mu - sigma^2)/sigma)}. */
    double partialExpectation(double k) {
        if (!(k > 0)) {
            return 0.0;
        }
        double mean = Math.exp(mu + sigma * sigma / 2);
        if (k == Double.POSITIVE_INFINITY) {
            return mean;
        }
        return mean * phi((Math.log(k) - mu - sigma * sigma) / sigma);
    }

    static double phi(double z) {
        return STANDARD.cumulativeProbability(z);
    }

    static double survival(double z) {
        return STANDARD.survivalProbability(z);
    }
}
