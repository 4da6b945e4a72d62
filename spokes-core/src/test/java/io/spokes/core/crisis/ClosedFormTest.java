package io.spokes.core.crisis;

import io.spokes.core.Fixtures;
import io.spokes.core.domain.Coordination;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Parameters;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.State;
import org.junit.jupiter.api.Test;

import static io.spokes.core.Fixtures.nuclear;
import static io.spokes.core.Fixtures.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Spec section 7: with no candidates the game is C against T in closed form. Every expected value
 * below comes from the oracle {@code src/test/oracle/closed_form.py} (python3, standard library;
 * "case N" is its N-th case; see src/test/oracle/README.md), which evaluates, with no candidates:
 * <pre>
 *   Ep        = c_T^g / (c_T^g + c_C^g),  Ec_T = Ec_C = 1
 *   P_resist  = Phi((ln(s Ep) - ln kbar_T) / sigma_k)
 *   P_chall.  = 1 - Phi((ln(P_r / (s (1 - P_r Ep))) - (mu_theta - ln kbar_C)) / sqrt(sigma_theta^2 + sigma_k^2))
 * </pre>
 * kbar_j is multiplied by 1.5 when only the other side is nuclear.
 */
class ClosedFormTest {

    private static CrisisResult solve(State challenger, State target, Parameters p) {
        Scenario s = Fixtures.scenario(challenger, target).parameters(p).build();
        return new CrisisSolver(s, 7L).solve(challenger.id(), target.id());
    }

    private static CrisisResult solve(State challenger, State target) {
        return solve(challenger, target, Parameters.defaults());
    }

    /** Relative-ish tolerance 1e-12. */
    private static void close(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(1e-12 * Math.max(1.0, Math.abs(expected))));
    }

    private static void assertClosedForm(CrisisResult r, double ep, double pResist, double pChallenge) {
        assertThat(r.candidates()).isEmpty();
        assertThat(r.method()).isEqualTo("exact");
        assertThat(r.unique()).isTrue();
        assertThat(r.upper().converged()).isTrue();
        assertThat(r.lower().converged()).isTrue();
        assertThat(r.upper().iterations()).isZero();
        assertThat(r.expectations().ecTarget()).isEqualTo(1.0);
        assertThat(r.expectations().ecChallenger()).isEqualTo(1.0);
        assertThat(r.expectations().seEp()).isZero();
        close(r.expectations().ep(), ep);
        close(r.pResist(), pResist);
        close(r.pChallenge(), pChallenge);
        close(r.deterrence(), 1 - pChallenge);
        close(r.pWar(), pChallenge * pResist);
        assertThat(r.target().burdenShare()).isEqualTo(1.0);
        assertThat(r.challenger().burdenShare()).isEqualTo(1.0);
    }

    @Test
    void equalCapabilitiesNoNuclear() {
        // oracle: src/test/oracle/closed_form.py, case 1
        // Ep = 1/2; P_r = Phi(ln 0.5 / 0.5) = Phi(-1.3862943611198906) = 0.082828519001698506
        // z_C = ln(0.0828285 / (1 - 0.0828285*0.5)) / sqrt(0.5) = -3.462...; P_c = 1 - Phi(z_C) = 0.99973287181850379
        CrisisResult r = solve(state("CHA", 710, 1), state("TAR", 713, 1));
        assertClosedForm(r, 0.5, 0.082828519001698506, 0.99973287181850379);
        close(r.target().threshold(), 0.5);
        assertThat(r.target().kbar()).isEqualTo(1.0);
        assertThat(r.challenger().kbar()).isEqualTo(1.0);
    }

    @Test
    void strongerTargetNoNuclear() {
        // oracle: src/test/oracle/closed_form.py, case 2
        // Ep = 3/4; P_r = Phi(ln 0.75 / 0.5) = Phi(-0.575364144903562) = 0.28252252398594435
        // P_c = 1 - Phi(ln(0.282522 / (1 - 0.282522*0.75)) / sqrt(0.5)) = 0.92658349556187392
        CrisisResult r = solve(state("CHA", 710, 1), state("TAR", 713, 3));
        assertClosedForm(r, 0.75, 0.28252252398594435, 0.92658349556187392);
        // expected war cost of the target: Ec_T * E[kappa 1{kappa <= 0.75}] = exp(0.125) Phi((ln 0.75 - 0.25)/0.5)
        close(r.target().expectedWarCost(), 0.15989389150545946);
    }

    @Test
    void onlyTheChallengerIsNuclear() {
        // oracle: src/test/oracle/closed_form.py, case 3
        // kbar_T = 1.5, kbar_C = 1: P_r = Phi((ln 0.75 - ln 1.5)/0.5) = Phi(ln 0.5/0.5) = 0.082828519001698506
        // P_c = 1 - Phi(ln(0.0828285 / (1 - 0.0828285*0.75)) / sqrt(0.5)) = 0.99970051622115375
        CrisisResult r = solve(nuclear("CHA", 710, 1), state("TAR", 713, 3));
        assertClosedForm(r, 0.75, 0.082828519001698506, 0.99970051622115375);
        assertThat(r.target().kbar()).isEqualTo(1.5);
        assertThat(r.challenger().kbar()).isEqualTo(1.0);
    }

    @Test
    void onlyTheTargetIsNuclear() {
        // oracle: src/test/oracle/closed_form.py, case 4
        // kbar_T = 1, kbar_C = 1.5: P_r = 0.28252252398594435 as without nuclear weapons;
        // P_c = 1 - Phi((ln(0.282522/(1 - 0.282522*0.75)) - (0 - ln 1.5)) / sqrt(0.5)) = 0.80986390964739263
        CrisisResult r = solve(state("CHA", 710, 1), nuclear("TAR", 713, 3));
        assertClosedForm(r, 0.75, 0.28252252398594435, 0.80986390964739263);
        assertThat(r.target().kbar()).isEqualTo(1.0);
        assertThat(r.challenger().kbar()).isEqualTo(1.5);
    }

    @Test
    void bothNuclearCancels() {
        // oracle: src/test/oracle/closed_form.py, case 5
        CrisisResult r = solve(nuclear("CHA", 710, 1), nuclear("TAR", 713, 3));
        assertClosedForm(r, 0.75, 0.28252252398594435, 0.92658349556187392);
    }

    @Test
    void onlyTheChallengerNuclearWithEqualCapabilities() {
        // oracle: src/test/oracle/closed_form.py, case 6
        // Ep = 0.5, kbar_T = 1.5: P_r = Phi((ln 0.5 - ln 1.5)/0.5) = 0.014002205573945057
        // P_c = 1 - Phi(ln(0.0140022/(1 - 0.0140022*0.5)) / sqrt(0.5)) = 0.999999999163252
        CrisisResult r = solve(nuclear("CHA", 710, 1), state("TAR", 713, 1));
        assertClosedForm(r, 0.5, 0.014002205573945057, 0.999999999163252);
    }

    @Test
    void decisivenessGammaTwo() {
        // oracle: src/test/oracle/closed_form.py, case 7
        // Ep = 9/(9+1) = 0.9; P_r = Phi(ln 0.9/0.5) = 0.41655248122899513
        // P_c = 1 - Phi(ln(0.416552/(1 - 0.416552*0.9)) / sqrt(0.5)) = 0.71702773241306206
        CrisisResult r = solve(state("CHA", 710, 1), state("TAR", 713, 3), Parameters.defaults().with(Parameter.GAMMA, 2.0));
        assertClosedForm(r, 0.9, 0.41655248122899513, 0.71702773241306206);
    }

    @Test
    void stakeKbarAndResolveParameters() {
        // oracle: src/test/oracle/closed_form.py, case 8
        // s = 2, kbar = 0.5, mu_theta = -0.5, Ep = 0.75:
        // P_r = Phi((ln 1.5 - ln 0.5)/0.5) = Phi(2.1972245773362196) = 0.98599779442605495
        // P_c = 1 - Phi((ln(0.985998/(2(1 - 0.985998*0.75))) - (-0.5 - ln 0.5)) / sqrt(0.5)) = 0.26468361080431535
        Parameters p = Parameters.defaults().with(Parameter.S, 2.0).with(Parameter.KBAR, 0.5).with(Parameter.MU_THETA, -0.5);
        CrisisResult r = solve(state("CHA", 710, 1), state("TAR", 713, 3), p);
        assertClosedForm(r, 0.75, 0.98599779442605495, 0.26468361080431535);
        close(r.target().threshold(), 1.5);
    }

    @Test
    void noiseParameters() {
        // oracle: src/test/oracle/closed_form.py, cases 9 and 10
        // c_C = 2, c_T = 1, kbar = 0.5, sigma_k = 0.3, sigma_theta = 1: Ep = 1/3
        // P_r = Phi((ln(1/3) - ln 0.5)/0.3) = 0.088259599614796166
        // P_c = 1 - Phi((ln(0.0882596/(1 - 0.0882596/3)) + ln 0.5) / sqrt(1.09)) = 0.99846385016906192
        Parameters p = Parameters.defaults().with(Parameter.KBAR, 0.5).with(Parameter.SIGMA_K, 0.3).with(Parameter.SIGMA_THETA, 1.0);
        assertClosedForm(solve(state("CHA", 710, 2), state("TAR", 713, 1), p), 1.0 / 3, 0.088259599614796166, 0.99846385016906192);
        // nuclear challenger: kbar_T = 0.75: P_r = Phi((ln(1/3) - ln 0.75)/0.3) = 0.0034347963281795325
        // P_c = 0.99999999946072582
        assertClosedForm(solve(nuclear("CHA", 710, 2), state("TAR", 713, 1), p), 1.0 / 3, 0.0034347963281795325, 0.99999999946072582);
    }

    @Test
    void unrelatedStatesAreNoCandidates() {
        // oracle: src/test/oracle/closed_form.py, case 11
        // A third state with no tie, no shared rival and no override has a = 0 to both principals.
        Scenario s = Fixtures.scenario(state("CHA", 710, 1), state("TAR", 713, 3), state("OUT", 200, 50)).build();
        CrisisResult r = new CrisisSolver(s, 1L).solve("CHA", "TAR");
        assertClosedForm(r, 0.75, 0.28252252398594435, 0.92658349556187392);
        assertThat(r.hub()).isNull();
        assertThat(r.hubAbandonment()).isEmpty();
        assertThat(r.selected()).isEqualTo(Coordination.LOWER);
    }

    @Test
    void raisingTargetCapabilityNeverRaisesChallengeProbability() {
        double[] kbars = {0.25, 0.5, 1, 2, 4};
        double[] gammas = {0.5, 1, 3};
        double[] mus = {-1, 0, 1.5};
        for (double kbar : kbars) {
            for (double gamma : gammas) {
                for (double mu : mus) {
                    for (int nuclear = 0; nuclear < 4; nuclear++) {
                        Parameters p = Parameters.defaults().with(Parameter.KBAR, kbar).with(Parameter.GAMMA, gamma).with(Parameter.MU_THETA, mu);
                        double previousChallenge = Double.POSITIVE_INFINITY;
                        double previousResist = Double.NEGATIVE_INFINITY;
                        for (int i = 0; i <= 60; i++) {
                            double cT = 0.01 * Math.pow(10, i / 15.0); // 0.01 .. 100
                            State c = (nuclear & 1) != 0 ? nuclear("CHA", 710, 1) : state("CHA", 710, 1);
                            State t = (nuclear & 2) != 0 ? nuclear("TAR", 713, cT) : state("TAR", 713, cT);
                            CrisisResult r = solve(c, t, p);
                            assertThat(r.pChallenge())
                                    .as("P_challenge at c_T=%s kbar=%s gamma=%s mu=%s nuclear=%s", cT, kbar, gamma, mu, nuclear)
                                    .isLessThanOrEqualTo(previousChallenge)
                                    .isBetween(0.0, 1.0);
                            assertThat(r.pResist()).isGreaterThanOrEqualTo(previousResist).isBetween(0.0, 1.0);
                            previousChallenge = r.pChallenge();
                            previousResist = r.pResist();
                        }
                    }
                }
            }
        }
    }

    @Test
    void closedFormHelperHandlesDegenerateResistance() {
        // If T never resists, C always challenges (theta > 0); probabilities stay in [0, 1].
        CrisisResult r = solve(state("CHA", 710, 100), state("TAR", 713, 1e-6),
                Parameters.defaults().with(Parameter.KBAR, 1e6).with(Parameter.SIGMA_K, 1e-6));
        assertThat(r.pResist()).isZero();
        assertThat(r.pChallenge()).isEqualTo(1.0);
        assertThat(r.pWar()).isZero();
    }
}
