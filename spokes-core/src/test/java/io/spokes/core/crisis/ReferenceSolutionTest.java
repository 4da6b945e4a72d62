package io.spokes.core.crisis;

import io.spokes.core.Fixtures;
import io.spokes.core.domain.Coordination;
import io.spokes.core.domain.Membership;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Scenario;
import org.junit.jupiter.api.Test;

import static io.spokes.core.Fixtures.bilateral;
import static io.spokes.core.Fixtures.flags;
import static io.spokes.core.Fixtures.nuclear;
import static io.spokes.core.Fixtures.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A three-candidate crisis (two defenders, one supporter) checked against an independent python
 * implementation of docs/model.md (exact coalition enumeration, damped iteration to 1e-15):
 * oracle {@code src/test/oracle/reference_solution.py} (see src/test/oracle/README.md).
 *
 * <pre>
 * States: CHA c=2 nuclear, TAR c=1, HUB c=4, SPK c=0.5, SUP c=1.5; kbar = 0.5.
 * HUB-TAR mutual defense, bases + intelligence (iota 0.5); HUB-SPK mutual defense, iota 0.25;
 * SPK-TAR mutual consultation (iota 0); SUP owes CHA offense, CHA owes SUP defense, integrated command (iota 0.25).
 * Rivalries: TAR-CHA, SPK-CHA, HUB-CHA, SUP-TAR.
 *
 * Hand-derived inputs:
 *   HUB defender, a = 0.6 + 0.1 + 0.1 (shared rival CHA) = 0.8; beta = 0.5*1.5 + 0.3 * a_HUB,SPK(0.75) = 0.975
 *   SPK defender, a = 0.2 + 0.1 = 0.3; beta = 0.15 + 0.3 * Dep * q_HUB, Dep = 4*0.75 / (0.5 + 4*0.75 + 1*0.3) = 3/3.8
 *   SUP supporter, a = 0.05 + 0.1 = 0.15; beta = 0.5*1.25 + 0.3 * Dep, Dep = 2*0.75 / (1.5 + 2*0.75) = 0.5 (hub CHA is its protégé, q_H = 1)
 *   kbar for HUB, SPK, TAR = 0.5*1.5 (only the other side is nuclear); for SUP, CHA = 0.5.
 * </pre>
 */
class ReferenceSolutionTest {

    static Scenario reference() {
        return Fixtures.scenario(nuclear("CHA", 710, 2), state("TAR", 713, 1), state("HUB", 2, 4), state("SPK", 732, 0.5), state("SUP", 365, 1.5))
                .treaty(bilateral("HT", "HUB", Obligation.DEFENSE, "TAR", Obligation.DEFENSE, flags(false, true, true, false)),
                        Fixtures.withIota("HS", 0.25, Membership.of("HUB", Obligation.DEFENSE), Membership.of("SPK", Obligation.DEFENSE)),
                        bilateral("ST", "SPK", Obligation.CONSULTATION, "TAR", Obligation.CONSULTATION, flags(false, false, false, false)),
                        bilateral("SC", "SUP", Obligation.OFFENSE, "CHA", Obligation.DEFENSE, flags(true, false, false, false)))
                .rivalry("TAR", "CHA").rivalry("SPK", "CHA").rivalry("HUB", "CHA").rivalry("SUP", "TAR")
                .set(Parameter.KBAR, 0.5)
                .build();
    }

    @Test
    void matchesAnIndependentImplementationOfTheSpec() {
        CrisisResult r = new CrisisSolver(reference(), 11L).solve("CHA", "TAR");
        assertThat(r.candidates()).extracting(CrisisResult.Candidate::state).containsExactly("HUB", "SPK", "SUP");
        assertThat(r.candidates()).extracting(CrisisResult.Candidate::side).containsExactly(Side.DEFENDER, Side.DEFENDER, Side.SUPPORTER);
        assertThat(r.candidates()).extracting(CrisisResult.Candidate::obligated).containsExactly(true, false, false);
        assertThat(r.target().kbar()).isEqualTo(0.75);
        assertThat(r.challenger().kbar()).isEqualTo(0.5);
        assertThat(r.hub()).isEqualTo("HUB");
        assertThat(r.selected()).isEqualTo(Coordination.LOWER);
        assertThat(r.upper().converged()).isTrue();
        assertThat(r.lower().converged()).isTrue();
        assertThat(r.unique()).isTrue();

        double[] a = {0.8, 0.3, 0.15};
        double[] q = {0.90191397646083571, 0.79504220002134396, 0.96171457296247298};
        double[] beta = {0.975, 0.36361120495125054, 0.775};
        double[] k = {1.4313030641710647, 1.1323997010190929, 1.2120610956839464};
        double[] entrapment = {0.86880894466089664, 0.79504220001363102, 0.96171456846090397};
        for (int j = 0; j < 3; j++) {
            CrisisResult.Candidate c = r.candidates().get(j);
            assertThat(c.affinity()).as("a %s", c.state()).isCloseTo(a[j], within(1e-14));
            assertThat(c.q()).as("q %s", c.state()).isCloseTo(q[j], within(1e-9));
            assertThat(r.upper().q().get(c.state())).isCloseTo(q[j], within(1e-9));
            assertThat(r.lower().q().get(c.state())).isCloseTo(q[j], within(1e-9));
            assertThat(c.beta()).as("beta %s", c.state()).isCloseTo(beta[j], within(1e-9));
            assertThat(c.threshold()).as("k* %s", c.state()).isCloseTo(k[j], within(1e-8));
            assertThat(c.entrapment()).as("entrapment %s", c.state()).isCloseTo(entrapment[j], within(1e-8));
        }
        assertThat(r.hubAbandonment()).hasValueSatisfying(v -> assertThat(v).isCloseTo(1 - q[0], within(1e-9)));
        assertThat(r.abandonment()).containsOnlyKeys("HUB");
        assertThat(r.expectations().ep()).isCloseTo(0.57951998814198946, within(1e-9));
        assertThat(r.expectations().ecTarget()).isCloseTo(0.47220059265343106, within(1e-9));
        assertThat(r.expectations().ecChallenger()).isCloseTo(0.76527331054763714, within(1e-9));
        assertThat(r.pResist()).isCloseTo(0.83767732830989838, within(1e-9));
        assertThat(r.pChallenge()).isCloseTo(0.74837550827159749, within(1e-9));
    }
}
