package io.spokes.core.crisis;

import io.spokes.core.Fixtures;
import io.spokes.core.domain.Conditions;
import io.spokes.core.domain.Institutions;
import io.spokes.core.domain.Membership;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Region;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.State;
import io.spokes.core.domain.Treaty;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.spokes.core.Fixtures.bilateral;
import static io.spokes.core.Fixtures.nuclear;
import static io.spokes.core.Fixtures.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Model v2 with exactly one candidate: no other candidate moves its expectations, so every number
 * follows from the equations in order. The long constants are printed by
 * {@code src/test/oracle/single_candidate.py} under each test method's name (python3, standard
 * library); the short inputs (affinity, interest, beta) are worked out in the comments and in the script.
 */
class SingleCandidateTest {
    private static final State CHA = state("CHA", 710, 2);
    private static final State TAR = state("TAR", 713, 1);
    private static final State DEF = state("DEF", 2, 1.5);

    private static void close(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(1e-12 * Math.max(1.0, Math.abs(expected))));
    }

    private static CrisisResult solve(Scenario s) {
        CrisisResult r = new CrisisSolver(s, 3L).solve("CHA", "TAR");
        assertThat(r.candidates()).hasSize(1);
        assertThat(r.unique()).isTrue();
        return r;
    }

    /** The oracle's printout for one case: q, k*, F(k*) - F(k0), Ep, P_resist, P_challenge. */
    private static void expect(CrisisResult r, double q, double kStar, double induced, double ep, double pResist, double pChallenge) {
        CrisisResult.Candidate c = r.candidates().get(0);
        close(c.q(), q);
        close(c.threshold(), kStar);
        close(c.entanglement() + c.entrapment(), induced);
        close(r.expectations().ep(), ep);
        close(r.pResist(), pResist);
        close(r.pChallenge(), pChallenge);
        close(c.entanglementUnconditional() + c.entrapmentUnconditional(), induced * r.pWar());
        assertThat(c.entanglement() * c.entrapment()).isZero();
    }

    private static Membership conditional(String state, Obligation o, Conditions c) {
        return new Membership(state, Set.of(o), Map.of(o, c));
    }

    private static Conditions regions(Region... regions) {
        return new Conditions(Set.of(regions), Set.of(), Set.of(), false, 0, false, Set.of(), false, "test");
    }

    @Test
    void defenderHonouringAnUnconditionalDefensePact() {
        // DEF owes TAR defense: a = w_def = 0.6, u = 0, beta = lambda_defense = 0.5; DEF is TAR's hub
        CrisisResult r = solve(Fixtures.scenario(CHA, TAR, DEF)
                .treaty(bilateral("DT", "DEF", Obligation.DEFENSE, "TAR", Obligation.NONE, Institutions.NONE)).build());
        expect(r, 0.18048539967310434, 0.6333333333333333, 0.18048539967310434, 0.37344119992735647, 0.024419790790904217,
                0.99824563411238232);
        CrisisResult.Candidate c = r.candidate("DEF").orElseThrow();
        assertThat(c.side()).isEqualTo(Side.DEFENDER);
        assertThat(c.obligation()).isEqualTo(Obligation.DEFENSE);
        assertThat(c.obligated()).isTrue();
        close(c.affinity(), 0.6);
        assertThat(c.interest()).isZero();
        close(c.beta(), 0.5);
        // honouring a defensive commitment to the attacked target is entanglement, not entrapment (change C11)
        close(c.entanglement(), 0.18048539967310434);
        assertThat(c.entrapment()).isZero();
        close(c.burdenShare(), 0.6);
        close(c.expectedWarCost(), 0.089237607126254753);
        close(r.target().threshold(), 0.37344119992735647);
        close(r.target().burdenShare(), 0.89170876019613732);
        close(r.target().expectedWarCost(), 0.0076553834232765015);
        assertThat(r.challenger().burdenShare()).isEqualTo(1.0);
        assertThat(r.hub()).isEqualTo("DEF");
        close(r.hubAbandonment().orElseThrow(), 1 - 0.18048539967310434);
        // a bilateral treaty without command or consultation body: w = 0
        assertThat(r.coordinationWeight()).isZero();
    }

    @Test
    void nuclearChallengerWithCompellence() {
        // as above, CHA nuclear and nuclear_compellence 0.5: DEF pays zeta z = 0.5 if it fights; k*_T = Ep - 0.5 < 0
        CrisisResult r = solve(Fixtures.scenario(nuclear("CHA", 710, 2), TAR, DEF).set(Parameter.NUCLEAR_COMPELLENCE, 0.5)
                .treaty(bilateral("DT", "DEF", Obligation.DEFENSE, "TAR", Obligation.NONE, Institutions.NONE)).build());
        expect(r, 2.791144737403449e-05, 0.1333333333333333, 2.791144737403449e-05, 0.33333953587719423, 0, 0.99935652898708616);
        close(r.candidates().get(0).expectedWarCost(), 1.7300656649293805e-05);
        close(r.target().threshold(), -0.16666046412280577);
        assertThat(r.target().expectedWarCost()).isZero();
        assertThat(r.expectations().nuChallengers()).isEqualTo(1.0);
    }

    @Test
    void conditionsThatApply() {
        // The pact holds in Asia, TAR's region; CHA rivals DEF and TAR, so they share a rival: u = w_sh = 0.1, a = 0.7.
        Treaty pact = Fixtures.treaty("DT", Institutions.NONE, false, conditional("DEF", Obligation.DEFENSE, regions(Region.ASIA)),
                Membership.of("TAR", Obligation.NONE));
        CrisisResult r = solve(Fixtures.scenario(CHA, TAR, DEF).treaty(pact).rivalry("CHA", "DEF").rivalry("CHA", "TAR").build());
        expect(r, 0.19918261697539172, 0.65555555555555556, 0.19918261697537837, 0.37759613710564255, 0.025715849599517147,
                0.99815334655353671);
        CrisisResult.Candidate c = r.candidates().get(0);
        assertThat(c.obligation()).isEqualTo(Obligation.DEFENSE);
        close(c.affinity(), 0.7);
        close(c.interest(), 0.1);
        assertThat(r.region()).isEqualTo(Region.ASIA);
    }

    @Test
    void conditionsThatExcludeTheCrisis() {
        // The pact holds in Europe only: o* = none, so no breach cost, no defense affinity and no obligated defender;
        // DEF still cares through the shared rival (a = u = 0.1), and what it does is neither entanglement nor entrapment.
        Treaty pact = Fixtures.treaty("DT", Institutions.NONE, false, conditional("DEF", Obligation.DEFENSE, regions(Region.EUROPE)),
                Membership.of("TAR", Obligation.NONE));
        CrisisResult r = solve(Fixtures.scenario(CHA, TAR, DEF).treaty(pact).rivalry("CHA", "DEF").rivalry("CHA", "TAR").build());
        expect(r, 1.3356649175712397e-14, 0.022222222222222227, 0, 0.33333333333333631, 0.014002205573945698, 0.99884997756473315);
        CrisisResult.Candidate c = r.candidates().get(0);
        assertThat(c.obligation()).isEqualTo(Obligation.NONE);
        assertThat(c.beta()).isZero();
        assertThat(c.obligated()).isFalse();
        assertThat(c.abandonment()).isEmpty();
        assertThat(r.hubAbandonment()).isEmpty();
        close(c.affinity(), 0.1);
        // the general (crisis-free) affinity still counts the defense pact
        assertThat(new CrisisSolver(Fixtures.scenario(CHA, TAR, DEF).treaty(pact).rivalry("CHA", "DEF").rivalry("CHA", "TAR").build(), 3L)
                .network().affinity("DEF", "TAR")).isCloseTo(0.7, within(1e-15));
        // other conditions: a named other adversary excludes; the target's territory as a place includes
        Conditions otherAdversary = new Conditions(Set.of(), Set.of(), Set.of("OTH"), false, 0, false, Set.of(), false, "");
        Conditions place = new Conditions(Set.of(Region.EUROPE), Set.of("TAR"), Set.of(), false, 0, false, Set.of(), false, "");
        Conditions otherConflict = new Conditions(Set.of(), Set.of(), Set.of(), false, 0, false, Set.of("another war"), true, "");
        for (Conditions cond : List.of(otherAdversary, place, otherConflict)) {
            Treaty t = Fixtures.treaty("DT", Institutions.NONE, false, conditional("DEF", Obligation.DEFENSE, cond), Membership.of("TAR", Obligation.NONE));
            CrisisResult x = solve(Fixtures.scenario(CHA, TAR, DEF).treaty(t).rivalry("CHA", "DEF").rivalry("CHA", "TAR").build());
            assertThat(x.candidates().get(0).obligation()).as(cond.toString()).isEqualTo(cond == place ? Obligation.DEFENSE : Obligation.NONE);
        }
    }

    private static final State CHA_IP = new State("CHA", 710, "State CHA", 2, false, "test fixture", null, 0.0);
    private static final State SUP = new State("SUP", 200, "State SUP", 0.8, false, "test fixture", null, 0.6);

    @Test
    void supporterWithAnOffensePledge() {
        // SUP owes CHA offense; ideal points 0 and 0.6: u = 0.2 (1 - 0.6/3) = 0.16 = a; beta = lambda_offense = 0.5.
        // Backing a war its ally starts beyond its interest is entrapment (Kim 2011), never entanglement.
        CrisisResult r = solve(Fixtures.scenario(CHA_IP, TAR, SUP)
                .treaty(bilateral("SC", "SUP", Obligation.OFFENSE, "CHA", Obligation.NONE, Institutions.NONE)).build());
        expect(r, 0.089817626581074145, 0.51122807017543859, 0.089817626581074145, 0.32703034199431058, 0.012695397661340728,
                0.99891039798343484);
        CrisisResult.Candidate c = r.candidate("SUP").orElseThrow();
        assertThat(c.side()).isEqualTo(Side.SUPPORTER);
        assertThat(c.obligation()).isEqualTo(Obligation.OFFENSE);
        close(c.interest(), 0.16);
        close(c.affinity(), 0.16);
        close(c.beta(), 0.5);
        assertThat(c.entanglement()).isZero();
        close(c.entrapment(), 0.089817626581074145);
        close(c.burdenShare(), 0.28571428571428575);
        close(c.expectedWarCost(), 0.037106566863088587);
        close(r.challenger().burdenShare(), 0.97433782097683597);
    }

    @Test
    void supporterWithADefensePactOnly() {
        // A defense pact promises help when the ally is attacked, not when it attacks: o* = none, beta = 0 (v1 charged consultation's)
        CrisisResult r = solve(Fixtures.scenario(CHA_IP, TAR, SUP)
                .treaty(bilateral("SC", "SUP", Obligation.DEFENSE, "CHA", Obligation.NONE, Institutions.NONE)).build());
        expect(r, 1.3702131784815439e-19, 0.011228070175438596, 0, 0.33333333333333331, 0.014002205573945046, 0.99884997756473326);
        assertThat(r.candidates().get(0).obligation()).isEqualTo(Obligation.NONE);
        assertThat(r.candidates().get(0).beta()).isZero();
    }

    @Test
    void supporterFacingANuclearTarget() {
        // TAR nuclear: a supporter who fights pays z = 1, more than its interest and breach cost: q = 0; K = chi + P_r z
        CrisisResult r = solve(Fixtures.scenario(CHA_IP, nuclear("TAR", 713, 1), SUP)
                .treaty(bilateral("SC", "SUP", Obligation.OFFENSE, "CHA", Obligation.NONE, Institutions.NONE)).build());
        expect(r, 0, 0, 0, 0.33333333333333331, 0.014002205573945046, 0.99827325706002157);
        assertThat(r.expectations().nuDefenders()).isEqualTo(1.0);
    }

    private static Scenario umbrella(boolean flag) {
        // NUC (nuclear) owes TAR defense under a treaty with iota 0.25 either way: a = 0.65, beta = 0.625
        Treaty t = Treaty.builder().id("NT").name("Treaty NT").members(List.of(Membership.of("NUC", Obligation.DEFENSE),
                        Membership.of("TAR", Obligation.NONE))).institutions(new Institutions(false, false, false, flag))
                .iotaOverride(0.25).signed(Fixtures.SIGNED).source("test fixture").build();
        return Fixtures.scenario(CHA, TAR, nuclear("NUC", 2, 1.0)).treaty(t).build();
    }

    @Test
    void anUmbrellaHolderMakesTheDefendersNuclearThreatCredibleWhenItFights() {
        CrisisResult with = solve(umbrella(true));
        expect(with, 0.26752690344225005, 0.73333333333333339, 0.26752690344225005, 0.37792115057370834, 0.025818998275757107,
                0.99777721693664478);
        // Eν_D = q_NUC: the threat is credible exactly when the holder fights
        close(with.expectations().nuDefenders(), 0.26752690344225005);
        CrisisResult without = solve(umbrella(false));
        expect(without, 0.26752690344225005, 0.73333333333333339, 0.26752690344225005, 0.37792115057370834, 0.025818998275757107,
                0.99814582287573961);
        assertThat(without.expectations().nuDefenders()).isZero();
        assertThat(with.pChallenge()).isLessThan(without.pChallenge());
    }

    @Test
    void spokeOfAHubThatIsTheTarget() {
        // TAR (3) and SPK (1) owe each other defense; TAR is the hub, so q_H = 1;
        // Dep_SPK = c_TAR a_TAR,SPK / (c_TAR a_TAR,SPK + c_CHA a_CHA,SPK) = 1.8 / 1.8 = 1; beta = 0.5 + 0.3 = 0.8
        CrisisResult r = solve(Fixtures.scenario(CHA, state("TAR", 713, 3), state("SPK", 732, 1))
                .treaty(bilateral("TS", "TAR", Obligation.DEFENSE, "SPK", Obligation.DEFENSE, Institutions.NONE)).build());
        expect(r, 0.36365472899361434, 0.84000000000000008, 0.36365472899361434, 0.62424364859957426, 0.17298651038653062,
                0.93456166247500894);
        close(r.candidates().get(0).beta(), 0.8);
        assertThat(r.hub()).isEqualTo("TAR");
        assertThat(r.hubAbandonment()).isEmpty();
    }
}
