package io.spokes.core.crisis;

import io.spokes.core.Fixtures;
import io.spokes.core.domain.Institutions;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Scenario;
import org.junit.jupiter.api.Test;

import static io.spokes.core.Fixtures.bilateral;
import static io.spokes.core.Fixtures.flags;
import static io.spokes.core.Fixtures.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * One candidate, so the expectation over the others' coalition K is trivial and
 * {@code k* = (a s (p(T+j) - p(T)) + beta) / (c_j/(c_T+c_j))^phi}, {@code q = F(k*)} (docs/model.md §5.9).
 * Expected numbers come from the oracle {@code src/test/oracle/single_candidate.py} (python3,
 * standard library; it prints them under each test method's name; see src/test/oracle/README.md).
 */
class SingleCandidateTest {

    private static void close(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(1e-12 * Math.max(1.0, Math.abs(expected))));
    }

    /**
     * CHA (c=2) challenges TAR (c=1). DEF (c=3) guarantees TAR (one-sided, integrated command + bases,
     * iota 0.5) and also guarantees PRO (c=0.5; nuclear umbrella, iota 0.25), which is no candidate.
     * a_DEF,TAR = 0.6 + 0.2*0.5 = 0.7; R_DEF = a_DEF,PRO = 0.6 + 0.2*0.25 = 0.65;
     * beta = lambda_def (1 + 0.5) + rho R = 0.5*1.5 + 0.3*0.65 = 0.945. DEF is the hub (3*2), so no dependence term.
     */
    private static Scenario guarantor(double lambdaDefense) {
        return Fixtures.scenario(state("CHA", 710, 2), state("TAR", 713, 1), state("DEF", 2, 3), state("PRO", 740, 0.5))
                .treaty(bilateral("DT", "DEF", Obligation.DEFENSE, "TAR", Obligation.NONE, flags(true, true, false, false)),
                        bilateral("DP", "DEF", Obligation.DEFENSE, "PRO", Obligation.NONE, flags(false, false, false, true)))
                .set(Parameter.LAMBDA_DEFENSE, lambdaDefense)
                .build();
    }

    @Test
    void defenderThresholdMatchesTheSpecFormula() {
        CrisisResult r = new CrisisSolver(guarantor(0.5), 3L).solve("CHA", "TAR");
        assertThat(r.candidates()).hasSize(1);
        CrisisResult.Candidate d = r.candidate("DEF").orElseThrow();
        assertThat(d.side()).isEqualTo(Side.DEFENDER);
        assertThat(d.obligation()).isEqualTo(Obligation.DEFENSE);
        assertThat(d.obligated()).isTrue();
        close(d.affinity(), 0.7);
        close(d.beta(), 0.945);

        // Formula written out: p(T+j) = 4/6, p(T) = 1/3, burden (3/4)^0.5.
        double gain = 4.0 / 6 - 1.0 / 3;
        double expectedK = (0.7 * 1.0 * gain + 0.945) / Math.sqrt(0.75);
        close(d.threshold(), expectedK);
        close(d.threshold(), 1.3606221343902183);
        // q = F(k*) = Phi(ln k* / 0.5)
        close(d.q(), 0.73101448984500805);
        close(d.abandonmentRisk(), 1 - 0.73101448984500805);
        assertThat(r.hub()).isEqualTo("DEF");
        assertThat(r.hubAbandonment()).hasValueSatisfying(v -> close(v, 1 - 0.73101448984500805));
        // k0 = 0.7 gain / sqrt(0.75) = 0.26943; entrapment = F(k*) - F(k0)
        close(d.entrapment(), 0.72665514960399658);
        close(d.entrapmentUnconditional(), 0.72665514960399658 * r.pWar());
        close(d.burdenShare(), 0.75);
        // sqrt(3/4) * exp(0.125) * Phi((ln k* - 0.25)/0.5)
        close(d.expectedWarCost(), 0.53593451290048344);

        // Ep = q 4/6 + (1-q) 1/3; Ec_T = q (1/4)^0.5 + (1-q); Ec_C = 1
        double q = d.q();
        close(r.expectations().ep(), q * 4 / 6 + (1 - q) / 3);
        close(r.expectations().ecTarget(), q * 0.5 + (1 - q));
        close(r.expectations().ecChallenger(), 1.0);
        close(r.expectations().ep(), 0.57700482994833602);
        close(r.expectations().ecTarget(), 0.63449275507749592);
        close(r.target().threshold(), 0.90939545854682236);
        close(r.pResist(), 0.42467397424558728);
        close(r.pChallenge(), 0.79208009028599669);
        close(r.target().burdenShare(), 0.45173913261624399);
        close(r.target().expectedWarCost(), 0.17622975536616328);
        assertThat(r.unique()).isTrue();
        assertThat(r.upper().q().get("DEF")).isCloseTo(q, within(1e-9));
        assertThat(r.lower().q().get("DEF")).isCloseTo(q, within(1e-9));
    }

    @Test
    void hugeBreachCostMakesInterventionCertain() {
        CrisisResult r = new CrisisSolver(guarantor(1e6), 3L).solve("CHA", "TAR");
        CrisisResult.Candidate d = r.candidate("DEF").orElseThrow();
        close(d.beta(), 1e6 * 1.5 + 0.3 * 0.65);
        close(d.threshold(), (0.7 * (4.0 / 6 - 1.0 / 3) + 1e6 * 1.5 + 0.195) / Math.sqrt(0.75));
        assertThat(d.q()).isEqualTo(1.0);
        assertThat(d.abandonmentRisk()).isEqualTo(0.0);
        // Ep = (c_T + c_j)/(c_T + c_j + c_C) = 4/6; Ec_T = (c_T/(c_T + c_j))^phi = (1/4)^0.5 = 0.5
        close(r.expectations().ep(), 4.0 / 6);
        close(r.expectations().ecTarget(), 0.5);
        close(r.expectations().ecChallenger(), 1.0);
        // P_r = Phi(ln((4/6)/0.5)/0.5) = Phi(0.5753641449035618) = 0.71747747601405565
        close(r.pResist(), 0.71747747601405565);
        // P_c = 1 - Phi(ln(P_r/(1 - P_r 2/3))/sqrt(0.5)) = 0.32610751418039685
        close(r.pChallenge(), 0.32610751418039685);
        // entrapment = 1 - F(k0) = 0.99564065975898852
        close(d.entrapment(), 0.99564065975898852);
        close(d.expectedWarCost(), 0.98133534661491029);
        assertThat(r.upper().iterations()).isZero();
        assertThat(r.lower().iterations()).isEqualTo(1);
    }

    @Test
    void dependenceOnAHubThatIsTheTarget() {
        // HUB (c=3) is the target and SPK's hub (scores 3*1 vs 1*1); mutual defense, iota 0.
        // a_SPK,HUB = 0.6; Dep = c_H a_H,SPK / (c_SPK + c_H a_H,SPK + c_CHA*0) = 1.8/2.8; q_H = 1.
        // beta = 0.5 (1 + 0) + 0.3*0 (SPK has no other protégé) + 0.3 * 1.8/2.8
        Scenario s = Fixtures.scenario(state("CHA", 710, 2), state("HUB", 2, 3), state("SPK", 732, 1))
                .treaty(bilateral("HS", "HUB", Obligation.DEFENSE, "SPK", Obligation.DEFENSE, Institutions.NONE))
                .build();
        CrisisResult r = new CrisisSolver(s, 3L).solve("CHA", "HUB");
        CrisisResult.Candidate spk = r.candidate("SPK").orElseThrow();
        double beta = 0.5 + 0.3 * 1.8 / 2.8;
        close(spk.beta(), beta);
        // gain = 4/6 - 3/5 = 1/15; burden (1/4)^0.5
        close(spk.threshold(), (0.6 / 15 + beta) / 0.5);
        close(spk.threshold(), 1.4657142857142857);
        close(spk.q(), 0.77777054340009877);
        close(r.expectations().ep(), 0.65185136956000655);
        close(r.expectations().ecTarget(), 0.89579850549961404);
        close(r.pResist(), 0.26245409104883582);
        close(r.pChallenge(), 0.94806886613937214);
        assertThat(r.hub()).isEqualTo("HUB");
        assertThat(r.hubAbandonment()).isEmpty();
    }

    @Test
    void supporterWithADefenseObligationToTheChallengerPaysTheConsultationBreachCost() {
        // SUP (c=1.5) guarantees CHA (one-sided, intelligence sharing, iota 0.25): a_SUP,CHA = 0.6 + 0.05 = 0.65.
        // Backing an attack is not defending an ally: lambda = lambda_consultation = 0.15, beta = 0.15*1.25.
        // kbar = 0.5. gain = p(T vs C) - p(T vs C+SUP) = 1/3 - 1/4.5 = 1/9; burden (1.5/3.5)^0.5.
        Scenario s = Fixtures.scenario(state("CHA", 710, 2), state("TAR", 713, 1), state("SUP", 365, 1.5))
                .treaty(bilateral("SC", "SUP", Obligation.DEFENSE, "CHA", Obligation.NONE, flags(false, false, true, false)))
                .set(Parameter.KBAR, 0.5)
                .build();
        CrisisResult r = new CrisisSolver(s, 3L).solve("CHA", "TAR");
        CrisisResult.Candidate sup = r.candidate("SUP").orElseThrow();
        assertThat(sup.side()).isEqualTo(Side.SUPPORTER);
        assertThat(sup.obligated()).isFalse();
        assertThat(sup.abandonment()).isEmpty();
        assertThat(r.abandonment()).isEmpty();
        close(sup.affinity(), 0.65);
        close(sup.beta(), 0.15 * 1.25);
        close(sup.threshold(), (0.65 / 9 + 0.1875) / Math.sqrt(1.5 / 3.5));
        close(sup.threshold(), 0.39673224766515836);
        close(sup.q(), 0.32179222943386582);
        close(sup.entrapment(), 0.32053842911338831);
        close(sup.burdenShare(), 1.5 / 3.5);
        double q = sup.q();
        close(r.expectations().ep(), q / 4.5 + (1 - q) / 3);
        close(r.expectations().ecTarget(), 1.0);
        close(r.expectations().ecChallenger(), q * Math.sqrt(2 / 3.5) + (1 - q));
        close(r.expectations().ep(), 0.29757864117401489);
        close(r.expectations().ecChallenger(), 0.921459831399005);
        close(r.pResist(), 0.14966782015949129);
        close(r.pChallenge(), 0.99989942646573027);
        close(r.challenger().burdenShare(), q * 2 / 3.5 + (1 - q));
    }

    @Test
    void supporterWithAnOffenseObligationPaysTheOffenseBreachCost() {
        // Offense adds no affinity weight: a = 0.2*0.25 = 0.05; beta = lambda_offense (1 + 0.25) = 0.625.
        Scenario s = Fixtures.scenario(state("CHA", 710, 2), state("TAR", 713, 1), state("SUP", 365, 1.5))
                .treaty(bilateral("SC", "SUP", Obligation.OFFENSE, "CHA", Obligation.NONE, flags(false, false, true, false)))
                .set(Parameter.KBAR, 0.5)
                .build();
        CrisisResult r = new CrisisSolver(s, 3L).solve("CHA", "TAR");
        CrisisResult.Candidate sup = r.candidate("SUP").orElseThrow();
        assertThat(sup.obligation()).isEqualTo(Obligation.OFFENSE);
        close(sup.affinity(), 0.05);
        close(sup.beta(), 0.625);
        close(sup.threshold(), 0.96318952106942202);
        close(sup.q(), 0.90511911671867828);
        close(r.expectations().ep(), 0.23276454258681351);
        close(r.expectations().ecChallenger(), 0.77908662320362654);
        close(r.pResist(), 0.063112217883723801);
        close(r.pChallenge(), 0.99999991035001567);
    }

    @Test
    void supporterWhoseAffinityComesOnlyFromASharedRivalHasNoBreachCost() {
        // SUP and CHA are both rivals of TAR: a_SUP,CHA = w_sh = 0.1; no obligation -> beta = 0 (A6).
        Scenario s = Fixtures.scenario(state("CHA", 710, 2), state("TAR", 713, 1), state("SUP", 365, 1.5))
                .rivalry("CHA", "TAR").rivalry("SUP", "TAR")
                .build();
        CrisisResult r = new CrisisSolver(s, 3L).solve("CHA", "TAR");
        CrisisResult.Candidate sup = r.candidate("SUP").orElseThrow();
        assertThat(sup.side()).isEqualTo(Side.SUPPORTER);
        assertThat(sup.obligation()).isEqualTo(Obligation.NONE);
        close(sup.affinity(), 0.1);
        assertThat(sup.beta()).isZero();
        assertThat(sup.entrapment()).isZero();
        close(sup.threshold(), 0.1 / 9 / Math.sqrt(1.5 / 3.5));
    }

    @Test
    void aStateValuingBothSidesEquallyDefends() {
        // XXX has a consultation tie (iota 0) to both principals: a_XT = a_XC = 0.2 -> D on a tie.
        Scenario s = Fixtures.scenario(state("CHA", 710, 2), state("TAR", 713, 1), state("XXX", 365, 1.5))
                .treaty(bilateral("XT", "XXX", Obligation.CONSULTATION, "TAR", Obligation.CONSULTATION, Institutions.NONE),
                        bilateral("XC", "XXX", Obligation.CONSULTATION, "CHA", Obligation.CONSULTATION, Institutions.NONE))
                .build();
        CrisisResult r = new CrisisSolver(s, 3L).solve("CHA", "TAR");
        assertThat(r.candidate("XXX").orElseThrow().side()).isEqualTo(Side.DEFENDER);
        // and one that values the challenger more supports it
        Scenario more = s.withAffinities(java.util.List.of(new io.spokes.core.domain.AffinityOverride("XXX", "CHA", 0.21, "t")));
        assertThat(new CrisisSolver(more, 3L).solve("CHA", "TAR").candidate("XXX").orElseThrow().side()).isEqualTo(Side.SUPPORTER);
    }

    @Test
    void candidateNuclearWeaponsCountForItsSide() {
        // A nuclear supporter makes the challenger's side nuclear: kbar_T = 1.5 for the target.
        Scenario s = Fixtures.scenario(state("CHA", 710, 2), state("TAR", 713, 1), Fixtures.nuclear("SUP", 365, 1.5))
                .rivalry("CHA", "TAR").rivalry("SUP", "TAR")
                .build();
        CrisisResult r = new CrisisSolver(s, 3L).solve("CHA", "TAR");
        assertThat(r.target().kbar()).isEqualTo(1.5);
        assertThat(r.challenger().kbar()).isEqualTo(1.0);
        close(r.pResist(), LogNormalCost.phi(Math.log(r.expectations().ep() / r.expectations().ecTarget() / 1.5) / 0.5));
    }
}
