package io.spokes.core.crisis;

import io.spokes.core.Fixtures;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Parameters;
import io.spokes.core.domain.Scenario;
import io.spokes.core.network.AllianceNetwork;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static io.spokes.core.Fixtures.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class InterventionEquilibriumTest {

    private static CrisisGame game(Scenario s) {
        return new CrisisGame(new AllianceNetwork(s), Crisis.of("CHA", "TAR"));
    }

    private static Scenario reference(Parameter p, double value) {
        Scenario base = ReferenceSolutionTest.reference();
        return base.withParameters(base.parameters().with(p, value));
    }

    private static double[] randomQ(SplittableRandom rng, int n) {
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            q[i] = u < 0.1 ? 0.0 : u > 0.9 ? 1.0 : rng.nextDouble();
        }
        return q;
    }

    /** Spec section 7: holding the others' q fixed, k_j* rises with beta_jT. */
    @Test
    void thresholdRisesWithBreachCostHoldingOthersFixed() {
        double[] lambdas = {0, 0.1, 0.25, 0.5, 1, 2, 5, 50};
        SplittableRandom rng = new SplittableRandom(20240601L);
        for (int trial = 0; trial < 50; trial++) {
            double[] q = randomQ(rng, 3);
            double[] previous = null;
            double previousBeta = Double.NEGATIVE_INFINITY;
            for (double lambda : lambdas) {
                CrisisGame g = game(reference(Parameter.LAMBDA_DEFENSE, lambda));
                ExactEnumeration e = new ExactEnumeration(g);
                CoalitionExpectation.Marginals m = new CoalitionExpectation.Marginals(g.n);
                e.marginals(q, m);
                double[] k = new InterventionEquilibrium(g, e, 1e-10, 100).thresholds(q, m, true);
                // HUB (index 0) owes TAR defense: its beta and threshold rise strictly with lambda_defense
                assertThat(g.beta(0, q)).isGreaterThan(previousBeta);
                previousBeta = g.beta(0, q);
                if (previous != null) {
                    assertThat(k[0]).isGreaterThan(previous[0]);
                    // the others' betas do not involve lambda_defense, so their thresholds are unchanged
                    assertThat(k[1]).isEqualTo(previous[1]);
                    assertThat(k[2]).isEqualTo(previous[2]);
                }
                previous = k;
            }
        }
    }

    @Test
    void everyBreachCostComponentRaisesTheThreshold() {
        double[] q = {0.6, 0.3, 0.8};
        double[] base = thresholds(ReferenceSolutionTest.reference(), q);
        // consultation breach cost: SPK (consultation to TAR) only
        double[] consult = thresholds(reference(Parameter.LAMBDA_CONSULTATION, 0.4), q);
        assertThat(consult[1]).isGreaterThan(base[1]);
        assertThat(consult[0]).isEqualTo(base[0]);
        assertThat(consult[2]).isEqualTo(base[2]);
        // offense breach cost: SUP (offense to CHA) only
        double[] offense = thresholds(reference(Parameter.LAMBDA_OFFENSE, 0.9), q);
        assertThat(offense[2]).isGreaterThan(base[2]);
        assertThat(offense[0]).isEqualTo(base[0]);
        // reputation weight: HUB has another protégé (SPK)
        double[] rho = thresholds(reference(Parameter.RHO, 0.6), q);
        assertThat(rho[0]).isGreaterThan(base[0]);
        assertThat(rho[1]).isEqualTo(base[1]);
        // dependence weight: SPK (hub in D, q_H = 0.6) and SUP (hub is the challenger)
        double[] dep = thresholds(reference(Parameter.LAMBDA_DEP, 0.6), q);
        assertThat(dep[1]).isGreaterThan(base[1]);
        assertThat(dep[2]).isGreaterThan(base[2]);
        assertThat(dep[0]).isEqualTo(base[0]);
    }

    private static double[] thresholds(Scenario s, double[] q) {
        CrisisGame g = game(s);
        ExactEnumeration e = new ExactEnumeration(g);
        CoalitionExpectation.Marginals m = new CoalitionExpectation.Marginals(g.n);
        e.marginals(q, m);
        return new InterventionEquilibrium(g, e, 1e-10, 100).thresholds(q, m, true);
    }

    @Test
    void dependenceUsesTheHubsCurrentInterventionProbability() {
        CrisisGame g = game(ReferenceSolutionTest.reference());
        double dep = 0.3 * 3 / 3.8;
        assertThat(g.beta(1, new double[] {0, 0, 0})).isCloseTo(0.15, within(1e-15));
        assertThat(g.beta(1, new double[] {0.5, 0, 0})).isCloseTo(0.15 + 0.5 * dep, within(1e-15));
        assertThat(g.beta(1, new double[] {1, 0, 0})).isCloseTo(0.15 + dep, within(1e-15));
        // SUP's hub is the challenger itself: q_H = 1 whatever q is
        assertThat(g.beta(2, new double[] {0, 0, 0})).isCloseTo(0.775, within(1e-15));
    }

    /** The marginals and thresholds against a brute-force enumeration written here from the spec. */
    @Test
    void thresholdsMatchABruteForceEnumerationOfTheSpecFormula() {
        CrisisGame g = game(ReferenceSolutionTest.reference());
        ExactEnumeration e = new ExactEnumeration(g);
        InterventionEquilibrium stage = new InterventionEquilibrium(g, e, 1e-10, 100);
        SplittableRandom rng = new SplittableRandom(99L);
        for (int trial = 0; trial < 40; trial++) {
            double[] q = randomQ(rng, g.n);
            CoalitionExpectation.Marginals m = new CoalitionExpectation.Marginals(g.n);
            e.marginals(q, m);
            double[] k = stage.thresholds(q, m, true);
            double[] k0 = stage.thresholds(q, m, false);
            for (int j = 0; j < g.n; j++) {
                double gain = 0, burden = 0;
                for (int mask = 0; mask < (1 << g.n); mask++) {
                    if ((mask & (1 << j)) != 0) {
                        continue;
                    }
                    double w = 1, xD = g.cT, xC = g.cC;
                    for (int i = 0; i < g.n; i++) {
                        if (i == j) {
                            continue;
                        }
                        boolean in = (mask & (1 << i)) != 0;
                        w *= in ? q[i] : 1 - q[i];
                        if (in) {
                            if (g.side[i] == Side.DEFENDER) {
                                xD += g.c[i];
                            } else {
                                xC += g.c[i];
                            }
                        }
                    }
                    double cj = g.c[j];
                    if (g.side[j] == Side.DEFENDER) {
                        gain += w * ((xD + cj) / (xD + cj + xC) - xD / (xD + xC));
                        burden += w * Math.sqrt(cj / (xD + cj));
                    } else {
                        gain += w * (xD / (xD + xC) - xD / (xD + xC + cj));
                        burden += w * Math.sqrt(cj / (xC + cj));
                    }
                }
                double expected = (g.a[j] * g.s * gain + g.beta(j, q)) / burden;
                assertThat(k[j]).isCloseTo(expected, within(1e-12 * expected));
                assertThat(k0[j]).isCloseTo(g.a[j] * g.s * gain / burden, within(1e-12));
                assertThat(k[j]).isGreaterThanOrEqualTo(k0[j]);
            }
        }
    }

    @Test
    void upperAndLowerStartsConvergeToFixedPoints() {
        CrisisGame g = game(ReferenceSolutionTest.reference());
        ExactEnumeration e = new ExactEnumeration(g);
        InterventionEquilibrium stage = new InterventionEquilibrium(g, e, 1e-10, 5000);
        for (double start : new double[] {1.0, 0.0, 0.5}) {
            InterventionEquilibrium.Solution s = stage.solve(start);
            assertThat(s.converged()).isTrue();
            assertThat(s.residual()).isLessThan(1e-10);
            assertThat(s.iterations()).isBetween(1, 5000);
            assertFixedPoint(g, e, stage, s.q(), 1e-10);
        }
    }

    private static void assertFixedPoint(CrisisGame g, CoalitionExpectation e, InterventionEquilibrium stage, double[] q, double tol) {
        CoalitionExpectation.Marginals m = new CoalitionExpectation.Marginals(g.n);
        e.marginals(q, m);
        double[] k = stage.thresholds(q, m, true);
        for (int j = 0; j < g.n; j++) {
            assertThat(Math.abs(g.cost[j].cdf(k[j]) - q[j])).isLessThan(tol);
            assertThat(q[j]).isBetween(0.0, 1.0);
        }
    }

    /**
     * Two identical defenders who are strong substitutes, with steep cost distributions (sigma_k = 0.05):
     * undamped, q = (1,1) maps to about (0,0) and back. Each defender's threshold is 0.144 when the
     * other fights and 0.236 when it does not; kbar = 0.19 sits between them. Per-coordinate halving of
     * alpha must still find the symmetric interior fixed point from both starts.
     */
    @Test
    void dampingTamesAnOscillatingIteration() {
        Scenario s = Fixtures.scenario(state("CHA", 710, 1), state("TAR", 713, 1), state("DAA", 2, 1), state("DBB", 200, 1))
                .affinity("DAA", "TAR", 1.0).affinity("DBB", "TAR", 1.0)
                .set(Parameter.SIGMA_K, 0.05).set(Parameter.KBAR, 0.19)
                .build();
        CrisisGame g = game(s);
        assertThat(g.n).isEqualTo(2);
        ExactEnumeration e = new ExactEnumeration(g);
        InterventionEquilibrium stage = new InterventionEquilibrium(g, e, 1e-10, 5000);
        InterventionEquilibrium.Solution up = stage.solve(1.0);
        InterventionEquilibrium.Solution down = stage.solve(0.0);
        assertThat(up.converged()).isTrue();
        assertThat(down.converged()).isTrue();
        assertThat(up.iterations()).isGreaterThan(2);
        assertFixedPoint(g, e, stage, up.q(), 1e-10);
        assertFixedPoint(g, e, stage, down.q(), 1e-10);
        assertThat(up.q()[0]).isCloseTo(up.q()[1], within(1e-9)).isStrictlyBetween(0.01, 0.99);
        assertThat(down.q()[0]).isCloseTo(up.q()[0], within(1e-8));
        // plain (undamped) iteration would cycle: one step from (1,1) lands near (0,0)
        CoalitionExpectation.Marginals m = new CoalitionExpectation.Marginals(2);
        e.marginals(new double[] {1, 1}, m);
        double[] k = stage.thresholds(new double[] {1, 1}, m, true);
        assertThat(g.cost[0].cdf(k[0])).isLessThan(1e-6);

        CrisisResult r = new CrisisSolver(s, 1L).solve("CHA", "TAR");
        assertThat(r.upper().converged()).isTrue();
        assertThat(r.unique()).isTrue();
    }

    @Test
    void nonConvergenceIsReported() {
        Scenario s = ReferenceSolutionTest.reference();
        CrisisResult r = new CrisisSolver(s.withParameters(s.parameters().with(Parameter.MAX_ITERATIONS, 1)), 1L).solve("CHA", "TAR");
        assertThat(r.upper().converged()).isFalse();
        assertThat(r.upper().iterations()).isEqualTo(1);
        assertThat(r.upper().residual()).isGreaterThan(1e-10);
        assertThat(r.pChallenge()).isBetween(0.0, 1.0);
    }

    @Test
    void tighterToleranceNeedsAtLeastAsManyIterations() {
        Scenario s = ReferenceSolutionTest.reference();
        Parameters loose = s.parameters().with(Parameter.TOLERANCE, 1e-4);
        CrisisResult a = new CrisisSolver(s.withParameters(loose), 1L).solve("CHA", "TAR");
        CrisisResult b = new CrisisSolver(s, 1L).solve("CHA", "TAR");
        assertThat(a.upper().residual()).isLessThan(1e-4);
        assertThat(b.upper().residual()).isLessThan(1e-10);
        assertThat(b.upper().iterations()).isGreaterThanOrEqualTo(a.upper().iterations());
    }

    @Test
    void invalidIterationSettingsAreRejected() {
        CrisisGame g = game(ReferenceSolutionTest.reference());
        ExactEnumeration e = new ExactEnumeration(g);
        assertThatThrownBy(() -> new InterventionEquilibrium(g, e, 0, 10)).hasMessageContaining("tolerance must be positive");
        assertThatThrownBy(() -> new InterventionEquilibrium(g, e, 1e-10, 0)).hasMessageContaining("at least 1");
    }
}
