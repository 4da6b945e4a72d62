package io.spokes.core.crisis;

import io.spokes.core.Fixtures;
import io.spokes.core.domain.Coordination;
import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Location;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Parameters;
import io.spokes.core.domain.Region;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.State;

import org.junit.jupiter.api.Test;

import static io.spokes.core.Fixtures.nuclear;
import static io.spokes.core.Fixtures.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * Model v2 with no candidates: C against T alone. Every long constant below is printed by the
 * oracle {@code src/test/oracle/closed_form.py} ("case N" is its N-th block; python3, standard
 * library), which evaluates from the v2 design note (docs/model.md):
 * <pre>
 *   Ep = p0 = c_T^g / (c_T^g + c_C^g) (effective capabilities), Eν_D = n_T, Eν_C = n_C
 *   P_resist    = F(s p0 - zeta z n_C)
 *   P_challenge = P(theta A - kappa B - K > 0), A = s (1 - P_r p0), B = P_r, K = chi + P_r z n_T
 * </pre>
 * integrating over theta_C by Simpson's rule, where the engine integrates over kappa_C by the
 * trapezoid rule: the two agree only if both integrals are right.
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
        assertThat(r.equilibriaDiffer()).isFalse();
        assertThat(r.upper().iterations()).isZero();
        assertThat(r.expectations().seEp()).isZero();
        assertThat(r.expectations().seDeterrence()).isZero();
        close(r.expectations().ep(), ep);
        close(r.pResist(), pResist);
        close(r.pChallenge(), pChallenge);
        close(r.deterrence(), 1 - pChallenge);
        close(r.pWar(), pChallenge * pResist);
        close(r.upperHeadline().deterrence(), 1 - pChallenge);
        close(r.lowerHeadline().pWar(), pChallenge * pResist);
        // opportunity 1 by default: yearly rates equal the rates per opportunity
        assertThat(r.pChallengeYear()).isEqualTo(r.pChallenge());
        assertThat(r.pWarYear()).isEqualTo(r.pWar());
        assertThat(r.target().burdenShare()).isEqualTo(1.0);
        assertThat(r.challenger().burdenShare()).isEqualTo(1.0);
    }

    @Test
    void equalCapabilitiesWithTheDefaultCostOfChallenging() {
        // oracle: closed_form.py, case 1. P_resist = Phi(ln 0.5 / 0.5) as in v1; chi = 0.2 lowers P_challenge from v1's 0.99973
        CrisisResult r = solve(state("CHA", 710, 1), state("TAR", 713, 1));
        assertClosedForm(r, 0.5, 0.082828519001698506, 0.98816463776365693);
        close(r.target().threshold(), 0.5);
        close(r.target().expectedWarCost(), 0.033572525047834118);
        assertThat(r.expectations().nuDefenders()).isZero();
        assertThat(r.expectations().nuChallengers()).isZero();
    }

    @Test
    void strongerTargetWithAndWithoutTheCostOfChallenging() {
        // oracle: closed_form.py, cases 2 and 3
        assertClosedForm(solve(state("CHA", 710, 1), state("TAR", 713, 3)), 0.75, 0.28252252398594435, 0.78853940378547982);
        CrisisResult free = solve(state("CHA", 710, 1), state("TAR", 713, 3), Parameters.defaults().with(Parameter.CHALLENGE_COST, 0));
        // with chi = 0 and no nuclear threat the quadrature is v1's closed form (v1 ClosedFormTest case 2: 0.92658349556187392)
        assertClosedForm(free, 0.75, 0.28252252398594435, 0.92658349556187392);
        close(free.target().expectedWarCost(), 0.15989389150545946);
    }

    @Test
    void theQuadratureReducesToV1sClosedFormWithoutChallengeCostOrNuclearThreat() {
        // oracle: closed_form.py, case 7 = v1's ClosedFormTest case 8 (s 2, kbar 0.5, mu_theta -0.5)
        Parameters p = Parameters.defaults().with(Parameter.S, 2.0).with(Parameter.KBAR, 0.5).with(Parameter.MU_THETA, -0.5)
                .with(Parameter.CHALLENGE_COST, 0);
        CrisisResult r = solve(state("CHA", 710, 1), state("TAR", 713, 3), p);
        assertClosedForm(r, 0.75, 0.98599779442605495, 0.26468361080431535);
        close(r.target().threshold(), 1.5);
        // and directly against v1's formula (docs/model.md of v0.1.0, §5.10) over a grid of parameters
        for (double kbar : new double[] {0.25, 1, 4}) {
            for (double sk : new double[] {0.2, 0.5, 1.5}) {
                for (double st : new double[] {0.2, 0.5, 1.5}) {
                    for (double cT : new double[] {0.1, 1, 10}) {
                        Parameters q = Parameters.defaults().with(Parameter.KBAR, kbar).with(Parameter.SIGMA_K, sk)
                                .with(Parameter.SIGMA_THETA, st).with(Parameter.CHALLENGE_COST, 0).with(Parameter.MU_THETA, 0.3);
                        CrisisResult x = solve(state("CHA", 710, 1), state("TAR", 713, cT), q);
                        double pr = x.pResist();
                        double ep = cT / (cT + 1);
                        double big = Math.sqrt(st * st + sk * sk);
                        double v1 = pr == 0 ? 1.0 : LogNormalCost.phi((0.3 - Math.log(kbar) - Math.log(pr / (1 - pr * ep))) / big);
                        assertThat(x.pChallenge()).as("kbar %s sigma_k %s sigma_theta %s c_T %s", kbar, sk, st, cT)
                                .isCloseTo(v1, within(1e-12));
                    }
                }
            }
        }
    }

    @Test
    void aNuclearTargetLowersTheChallengeProbability() {
        // oracle: closed_form.py, cases 4 and 5 (against 2 and 3): K = chi + P_r z
        CrisisResult r = solve(state("CHA", 710, 1), nuclear("TAR", 713, 3));
        assertClosedForm(r, 0.75, 0.28252252398594435, 0.5035792870503597);
        assertThat(r.expectations().nuDefenders()).isEqualTo(1.0);
        CrisisResult free = solve(state("CHA", 710, 1), nuclear("TAR", 713, 3), Parameters.defaults().with(Parameter.CHALLENGE_COST, 0));
        assertClosedForm(free, 0.75, 0.28252252398594435, 0.7081913919866194);
        assertThat(r.pChallenge()).isLessThan(solve(state("CHA", 710, 1), state("TAR", 713, 3)).pChallenge());
    }

    @Test
    void aNuclearChallengerCompelsOnlyWithNuclearCompellence() {
        // default zeta = 0: nuclear weapons deter but do not compel, so a nuclear challenger changes nothing (case 2)
        CrisisResult deterOnly = solve(nuclear("CHA", 710, 1), state("TAR", 713, 3));
        assertClosedForm(deterOnly, 0.75, 0.28252252398594435, 0.78853940378547982);
        assertThat(deterOnly.expectations().nuChallengers()).isEqualTo(1.0);
        // oracle: closed_form.py, case 6: zeta 0.5, k*_T = 0.75 - 0.5
        CrisisResult r = solve(nuclear("CHA", 710, 1), state("TAR", 713, 3), Parameters.defaults().with(Parameter.NUCLEAR_COMPELLENCE, 0.5));
        assertClosedForm(r, 0.75, 0.0027806178623095237, 0.99927137470150162);
        close(r.target().threshold(), 0.25);
        close(r.target().expectedWarCost(), 0.0019940924690668958);
    }

    @Test
    void otherParameters() {
        // oracle: closed_form.py, case 8
        Parameters p = Parameters.defaults().with(Parameter.KBAR, 0.5).with(Parameter.SIGMA_K, 0.3).with(Parameter.SIGMA_THETA, 1.0)
                .with(Parameter.GAMMA, 2.0).with(Parameter.CHALLENGE_COST, 0.5);
        CrisisResult r = solve(state("CHA", 710, 2), state("TAR", 713, 1), p);
        assertClosedForm(r, 0.2, 0.0011279226877100935, 0.75545045752512263);
        close(r.target().expectedWarCost(), 0.0002080689228651304);
    }

    @Test
    void yearlyRatesScaleWithTheOpportunity() {
        CrisisResult r = solve(state("CHA", 710, 1), state("TAR", 713, 3), Parameters.defaults().with(Parameter.OPPORTUNITY, 0.25));
        assertThat(r.pChallengeYear()).isEqualTo(0.25 * r.pChallenge());
        assertThat(r.pWarYear()).isEqualTo(0.25 * r.pWar());
        // the opportunity scales rates, not the per-opportunity game (case 2)
        close(r.pChallenge(), 0.78853940378547982);
    }

    private static final Location BEIJING = new Location(39.9042, 116.4074);
    private static final Location SEOUL = new Location(37.5665, 126.978);

    @Test
    void projectionDiscountsCapabilityOverDistance() {
        // oracle: closed_form.py, cases 9 and 10: CHA 0.2 at Beijing, TAR 0.05 at Seoul, theater Seoul
        State cha = state("CHA", 710, 0.2).withCapital(BEIJING);
        State tar = state("TAR", 732, 0.05).withCapital(SEOUL);
        CrisisResult on = solve(cha, tar);
        assertThat(on.projection()).isEqualTo("on");
        assertThat(on.region()).isEqualTo(Region.ASIA);
        close(on.challenger().effectiveCapability(), 0.20506204586253202);
        close(on.target().effectiveCapability(), 0.075545374215302843);
        assertThat(on.challenger().capability()).isEqualTo(0.2);
        assertClosedForm(on, 0.2692208716161108, 0.0043394988082417121, 0.99923006907666667);
        CrisisResult off = solve(cha, tar, Parameters.defaults().with(Parameter.PROJECTION, 0));
        assertThat(off.projection()).isEqualTo("off: projection = 0");
        assertThat(off.target().effectiveCapability()).isEqualTo(0.05);
        assertClosedForm(off, 0.2, 0.00064347101291387641, 0.99933936594219575);
    }

    @Test
    void projectionIsOffWhenACapitalIsUnknownAndSaysWhy() {
        CrisisResult r = solve(state("CHA", 710, 0.2).withCapital(BEIJING), state("TAR", 732, 0.05));
        assertThat(r.projection()).isEqualTo("off: no capital for TAR");
        assertThat(r.target().effectiveCapability()).isEqualTo(0.05);
        close(r.expectations().ep(), 0.2);
    }

    @Test
    void projectionNeedsCapabilitiesThatAreShares() {
        FieldException e = catchThrowableOfType(FieldException.class,
                () -> solve(state("CHA", 710, 2).withCapital(BEIJING), state("TAR", 732, 0.05).withCapital(SEOUL)));
        assertThat(e.field()).isEqualTo("projection");
        assertThat(e.getMessage()).contains("'CHA'").contains("projection: 0");
        // with projection 0 the same states solve
        assertThat(solve(state("CHA", 710, 2).withCapital(BEIJING), state("TAR", 732, 0.05).withCapital(SEOUL),
                Parameters.defaults().with(Parameter.PROJECTION, 0)).projection()).startsWith("off");
    }

    @Test
    void unrelatedStatesAreNoCandidates() {
        // A third state with no tie, no shared rival, no ideal point and no override has a = 0 to both principals (case 2).
        Scenario s = Fixtures.scenario(state("CHA", 710, 1), state("TAR", 713, 3), state("OUT", 200, 50)).build();
        CrisisResult r = new CrisisSolver(s, 1L).solve("CHA", "TAR");
        assertClosedForm(r, 0.75, 0.28252252398594435, 0.78853940378547982);
        assertThat(r.hub()).isNull();
        assertThat(r.hubAbandonment()).isEmpty();
        assertThat(Double.isNaN(r.upperHeadline().hubAbandonment())).isTrue();
        assertThat(r.coordinationWeight()).isZero();
        assertThat(r.selected()).isEqualTo(Coordination.LOWER);
    }

    @Test
    void raisingTargetCapabilityNeverRaisesChallengeProbability() {
        for (double kbar : new double[] {0.25, 1, 4}) {
            for (double chi : new double[] {0, 0.2, 1}) {
                for (double mu : new double[] {-1, 0, 1.5}) {
                    for (int nuclear = 0; nuclear < 4; nuclear++) {
                        Parameters p = Parameters.defaults().with(Parameter.KBAR, kbar).with(Parameter.CHALLENGE_COST, chi)
                                .with(Parameter.MU_THETA, mu).with(Parameter.NUCLEAR_COMPELLENCE, 0.3);
                        double previousChallenge = Double.POSITIVE_INFINITY;
                        double previousResist = Double.NEGATIVE_INFINITY;
                        for (int i = 0; i <= 40; i++) {
                            double cT = 0.01 * Math.pow(10, i / 10.0); // 0.01 .. 100
                            State c = (nuclear & 1) != 0 ? nuclear("CHA", 710, 1) : state("CHA", 710, 1);
                            State t = (nuclear & 2) != 0 ? nuclear("TAR", 713, cT) : state("TAR", 713, cT);
                            CrisisResult r = solve(c, t, p);
                            assertThat(r.pChallenge()).as("P_challenge at c_T=%s kbar=%s chi=%s mu=%s nuclear=%s", cT, kbar, chi, mu, nuclear)
                                    .isLessThanOrEqualTo(previousChallenge + 1e-13).isBetween(0.0, 1.0);
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
    void aTargetThatNeverResistsIsChallengedUnlessChallengingCostsMoreThanTheStake() {
        CrisisResult r = solve(state("CHA", 710, 100), state("TAR", 713, 1e-6),
                Parameters.defaults().with(Parameter.KBAR, 1e6).with(Parameter.SIGMA_K, 1e-6).with(Parameter.CHALLENGE_COST, 0));
        assertThat(r.pResist()).isZero();
        assertThat(r.pChallenge()).isEqualTo(1.0);
        assertThat(r.pWar()).isZero();
        // B = 0, K = chi: P_challenge = P(theta s > chi) = 1 - Phi(ln(chi/s) / sigma_theta); chi = 1: 1/2
        CrisisResult costly = solve(state("CHA", 710, 100), state("TAR", 713, 1e-6),
                Parameters.defaults().with(Parameter.KBAR, 1e6).with(Parameter.SIGMA_K, 1e-6).with(Parameter.CHALLENGE_COST, 1));
        assertThat(costly.pChallenge()).isCloseTo(0.5, within(1e-15));
    }
}
