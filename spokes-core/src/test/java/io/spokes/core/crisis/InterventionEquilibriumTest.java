package io.spokes.core.crisis;

import io.spokes.core.Fixtures;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Institutions;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Parameters;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.State;
import io.spokes.core.network.AllianceNetwork;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static io.spokes.core.Fixtures.bilateral;
import static io.spokes.core.Fixtures.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The intervention stage of model v2 at fixed others' q, and its fixed-point iteration. */
class InterventionEquilibriumTest {

    /**
     * HUB (0.3, nuclear) guarantees TAR under a nuclear-umbrella treaty and SPK by a mutual pact; SPK
     * owes TAR consultation; SUP owes CHA offense and is close to it in the UN (ideal points 0.3 and
     * 0): candidates HUB (defender, defense), SPK (defender, consultation), SUP (supporter, offense).
     */
    static Scenario reference() {
        return Fixtures.scenario(Fixtures.nuclear("HUB", 2, 0.3), state("SPK", 732, 0.05), state("TAR", 713, 0.04),
                        Fixtures.nuclear("CHA", 710, 0.2).withIdealPoint(0.0), state("SUP", 365, 0.03).withIdealPoint(0.3))
                .treaty(bilateral("HT", "HUB", Obligation.DEFENSE, "TAR", Obligation.NONE, Fixtures.flags(false, false, false, true)),
                        bilateral("HS", "HUB", Obligation.DEFENSE, "SPK", Obligation.DEFENSE, Institutions.NONE),
                        bilateral("ST", "SPK", Obligation.CONSULTATION, "TAR", Obligation.NONE, Institutions.NONE),
                        bilateral("SC", "SUP", Obligation.OFFENSE, "CHA", Obligation.NONE, Institutions.NONE))
                .rivalry("CHA", "HUB").rivalry("CHA", "TAR")
                .build();
    }

    private static CrisisGame game(Scenario s) {
        return new CrisisGame(new AllianceNetwork(s), Crisis.of("CHA", "TAR"));
    }

    private static Scenario reference(Parameter p, double value) {
        Scenario base = reference();
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

    private static double[] thresholds(CrisisGame g, double[] q) {
        ExactEnumeration e = new ExactEnumeration(g);
        CoalitionExpectation.Marginals m = new CoalitionExpectation.Marginals(g.n);
        e.marginals(q, m);
        return new InterventionEquilibrium(g, e, 1e-10, 100).thresholds(q, m, true);
    }

    @Test
    void theReferenceGameHasTheCandidatesItDescribes() {
        CrisisGame g = game(reference());
        assertThat(g.ids).containsExactly("HUB", "SPK", "SUP");
        assertThat(g.side).containsExactly(Side.DEFENDER, Side.DEFENDER, Side.SUPPORTER);
        assertThat(g.obligation).containsExactly(Obligation.DEFENSE, Obligation.CONSULTATION, Obligation.OFFENSE);
        assertThat(g.umbrella).containsExactly(true, false, false);
        // HUB's other protégé SPK: R = 1 - (1 - a_HUB,SPK) = 0.6; beta = 0.5 (1 + 0.25) + 0.3 * 0.6
        assertThat(g.beta(0, new double[3])).isCloseTo(0.625 + 0.18, within(1e-15));
        // SPK: consultation 0.15; its hub HUB defends on its side: + lambda_dep Dep_SPK q_HUB,
        // Dep_SPK = 0.3 * 0.6 / (0.3 * 0.6 + 0.04 * 0) = 1 (TAR owes SPK nothing)
        assertThat(g.beta(1, new double[] {0, 0, 0})).isCloseTo(0.15, within(1e-15));
        assertThat(g.beta(1, new double[] {0.5, 0, 0})).isCloseTo(0.15 + 0.3 * 0.5, within(1e-15));
        // SUP: u = 0.2 (1 - 0.3 / 3) = 0.18 = a; beta = lambda_offense = 0.5
        assertThat(g.a[2]).isCloseTo(0.18, within(1e-15));
        assertThat(g.u[2]).isCloseTo(0.18, within(1e-15));
        assertThat(g.beta(2, new double[3])).isCloseTo(0.5, within(1e-15));
    }

    /** At fixed others' q, k_j* rises with beta_j (and the others' thresholds do not move). */
    @Test
    void thresholdRisesWithBreachCostHoldingOthersFixed() {
        double[] lambdas = {0, 0.1, 0.25, 0.5, 1, 2, 5};
        SplittableRandom rng = new SplittableRandom(20240601L);
        for (int trial = 0; trial < 40; trial++) {
            double[] q = randomQ(rng, 3);
            double[] previous = null;
            for (double lambda : lambdas) {
                double[] k = thresholds(game(reference(Parameter.LAMBDA_DEFENSE, lambda)), q);
                if (previous != null) {
                    assertThat(k[0]).isGreaterThan(previous[0]);
                    assertThat(k[1]).isEqualTo(previous[1]);
                    assertThat(k[2]).isEqualTo(previous[2]);
                }
                previous = k;
            }
        }
    }

    /** At fixed others' q, a candidate that grows stronger never has a lower threshold (war costs are not scaled, change C1). */
    @Test
    void thresholdDoesNotFallWhenTheCandidateGrowsStronger() {
        SplittableRandom rng = new SplittableRandom(77L);
        for (int trial = 0; trial < 40; trial++) {
            double[] q = randomQ(rng, 3);
            for (int j = 0; j < 3; j++) {
                String id = new String[] {"HUB", "SPK", "SUP"}[j];
                double previous = -1;
                for (double factor : new double[] {0.1, 0.3, 1, 2, 3}) {
                    Scenario base = reference();
                    State st = base.requireState(id);
                    double[] k = thresholds(game(base.withState(st.withCapability(st.capability() * factor))), q);
                    assertThat(k[j]).as("%s x%s", id, factor).isGreaterThanOrEqualTo(previous - 1e-15);
                    previous = k[j];
                }
            }
        }
    }

    /** At fixed q, E[p] and so P_resist never fall when the target grows stronger. */
    @Test
    void expectedWinProbabilityDoesNotFallWhenTheTargetGrowsStronger() {
        SplittableRandom rng = new SplittableRandom(78L);
        for (int trial = 0; trial < 40; trial++) {
            double[] q = randomQ(rng, 3);
            double previousEp = -1;
            double previousResist = -1;
            for (double cT : new double[] {0.001, 0.01, 0.04, 0.1, 0.3, 1}) {
                Scenario base = reference();
                CrisisGame g = game(base.withState(base.requireState("TAR").withCapability(cT)));
                CoalitionExpectation.Totals t = new ExactEnumeration(g).totals(q);
                double pResist = new PrincipalDecisions(g).pResist(t.ep(), t.nuChallengers());
                assertThat(t.ep()).isGreaterThanOrEqualTo(previousEp);
                assertThat(pResist).isGreaterThanOrEqualTo(previousResist);
                previousEp = t.ep();
                previousResist = pResist;
            }
        }
    }

    /** The exact expectations against a brute-force enumeration written here from the equations. */
    @Test
    void marginalsMatchABruteForceEnumeration() {
        CrisisGame g = game(reference(Parameter.NUCLEAR_COMPELLENCE, 0.4));
        ExactEnumeration e = new ExactEnumeration(g);
        SplittableRandom rng = new SplittableRandom(99L);
        for (int trial = 0; trial < 30; trial++) {
            double[] q = randomQ(rng, g.n);
            CoalitionExpectation.Marginals m = new CoalitionExpectation.Marginals(g.n);
            e.marginals(q, m);
            for (int j = 0; j < g.n; j++) {
                double gain = 0;
                double eta = 0;
                for (int mask = 0; mask < 1 << g.n; mask++) {
                    if ((mask & 1 << j) != 0) {
                        continue;
                    }
                    double w = 1;
                    double xD = g.cT;
                    double xC = g.cC;
                    boolean nuD = g.nuclearT;
                    boolean nuC = g.nuclearC;
                    for (int i = 0; i < g.n; i++) {
                        if (i == j) {
                            continue;
                        }
                        boolean in = (mask & 1 << i) != 0;
                        w *= in ? q[i] : 1 - q[i];
                        if (in && g.side[i] == Side.DEFENDER) {
                            xD += g.c[i];
                            nuD |= g.umbrella[i];
                        } else if (in) {
                            xC += g.c[i];
                            nuC |= g.umbrella[i];
                        }
                    }
                    boolean d = g.side[j] == Side.DEFENDER;
                    double pWith = d ? g.winProbability(xD + g.c[j], xC) : g.winProbability(xD, xC + g.c[j]);
                    double pWithout = g.winProbability(xD, xC);
                    gain += w * (d ? pWith - pWithout : pWithout - pWith);
                    // eta_j: a defender pays zeta z if the challenger's side holds a threat, a supporter z if the defenders' does
                    boolean nuDWith = nuD || d && g.umbrella[j];
                    eta += w * (d ? (nuC ? 0.4 : 0) : (nuDWith ? 1 : 0));
                }
                assertThat(m.gain[j]).isCloseTo(gain, within(1e-14));
                assertThat(m.eta[j]).isCloseTo(eta, within(1e-14));
            }
        }
    }

    @Test
    void upperAndLowerStartsConvergeToFixedPoints() {
        CrisisGame g = game(reference());
        ExactEnumeration e = new ExactEnumeration(g);
        InterventionEquilibrium stage = new InterventionEquilibrium(g, e, 1e-10, 5000);
        for (double start : new double[] {1.0, 0.0, 0.5}) {
            InterventionEquilibrium.Solution s = stage.solve(start);
            assertThat(s.converged()).isTrue();
            assertThat(s.residual()).isLessThan(1e-10);
            assertFixedPoint(g, e, stage, s.q(), 1e-10);
        }
    }

    private static void assertFixedPoint(CrisisGame g, CoalitionExpectation e, InterventionEquilibrium stage, double[] q, double tol) {
        CoalitionExpectation.Marginals m = new CoalitionExpectation.Marginals(g.n);
        e.marginals(q, m);
        double[] k = stage.thresholds(q, m, true);
        for (int j = 0; j < g.n; j++) {
            assertThat(Math.abs(g.cost.cdf(k[j]) - q[j])).isLessThan(tol);
            assertThat(q[j]).isBetween(0.0, 1.0);
        }
    }

    /**
     * Two identical defenders who are strong substitutes, with steep cost distributions
     * (sigma_k = 0.05): undamped, q = (1,1) maps to about (0,0) and back. Per-coordinate halving of
     * alpha must still find the symmetric interior fixed point from both starts.
     */
    @Test
    void dampingTamesAnOscillatingIteration() {
        Scenario s = Fixtures.scenario(state("CHA", 710, 1), state("TAR", 713, 1), state("DAA", 2, 1), state("DBB", 200, 1))
                .affinity("DAA", "TAR", 1.0).affinity("DBB", "TAR", 1.0)
                .set(Parameter.SIGMA_K, 0.05).set(Parameter.KBAR, 0.12)
                .build();
        CrisisGame g = game(s);
        assertThat(g.n).isEqualTo(2);
        ExactEnumeration e = new ExactEnumeration(g);
        InterventionEquilibrium stage = new InterventionEquilibrium(g, e, 1e-10, 5000);
        // each defender's threshold (a = 1, no breach cost): p(3,1) - p(2,1) = 1/12 when the other fights,
        // p(2,1) - p(1,1) = 1/6 when it does not; kbar 0.12 sits between
        CoalitionExpectation.Marginals m = new CoalitionExpectation.Marginals(2);
        e.marginals(new double[] {1, 1}, m);
        assertThat(stage.thresholds(new double[] {1, 1}, m, true)[0]).isCloseTo(1.0 / 12, within(1e-15));
        assertThat(g.cost.cdf(1.0 / 12)).isLessThan(1e-3);
        assertThat(g.cost.cdf(1.0 / 6)).isGreaterThan(1 - 1e-3);
        InterventionEquilibrium.Solution up = stage.solve(1.0);
        InterventionEquilibrium.Solution down = stage.solve(0.0);
        assertThat(up.converged()).isTrue();
        assertThat(down.converged()).isTrue();
        assertThat(up.iterations()).isGreaterThan(2);
        assertFixedPoint(g, e, stage, up.q(), 1e-10);
        assertFixedPoint(g, e, stage, down.q(), 1e-10);
        assertThat(up.q()[0]).isCloseTo(up.q()[1], within(1e-9)).isStrictlyBetween(0.01, 0.99);
        assertThat(down.q()[0]).isCloseTo(up.q()[0], within(1e-8));
    }

    @Test
    void nonConvergenceIsReported() {
        Scenario s = reference();
        CrisisResult r = new CrisisSolver(s.withParameters(s.parameters().with(Parameter.MAX_ITERATIONS, 1)), 1L).solve("CHA", "TAR");
        assertThat(r.upper().converged()).isFalse();
        assertThat(r.upper().iterations()).isEqualTo(1);
        assertThat(r.upper().residual()).isGreaterThan(1e-10);
        assertThat(r.pChallenge()).isBetween(0.0, 1.0);
    }

    @Test
    void tighterToleranceNeedsAtLeastAsManyIterations() {
        Scenario s = reference();
        Parameters loose = s.parameters().with(Parameter.TOLERANCE, 1e-4);
        CrisisResult a = new CrisisSolver(s.withParameters(loose), 1L).solve("CHA", "TAR");
        CrisisResult b = new CrisisSolver(s, 1L).solve("CHA", "TAR");
        assertThat(a.upper().residual()).isLessThan(1e-4);
        assertThat(b.upper().residual()).isLessThan(1e-10);
        assertThat(b.upper().iterations()).isGreaterThanOrEqualTo(a.upper().iterations());
    }

    @Test
    void invalidIterationSettingsAreRejected() {
        CrisisGame g = game(reference());
        ExactEnumeration e = new ExactEnumeration(g);
        assertThatThrownBy(() -> new InterventionEquilibrium(g, e, 0, 10)).hasMessageContaining("tolerance must be positive");
        assertThatThrownBy(() -> new InterventionEquilibrium(g, e, 1e-10, 0)).hasMessageContaining("at least 1");
    }
}
