package io.spokes.core.crisis;

import io.spokes.core.Fixtures;
import io.spokes.core.domain.AffinityOverride;
import io.spokes.core.domain.Conditions;
import io.spokes.core.domain.Coordination;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Institutions;
import io.spokes.core.domain.Location;
import io.spokes.core.domain.Membership;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Parameters;
import io.spokes.core.domain.Region;
import io.spokes.core.domain.Rivalry;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.State;
import io.spokes.core.domain.Treaty;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static io.spokes.core.Fixtures.bilateral;
import static io.spokes.core.Fixtures.state;
import static io.spokes.core.Fixtures.treaty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Properties of model v2 that hold on every crisis, on random small worlds with fixed seeds. */
class CrisisSolverTest {

    private static final Obligation[] OBLIGATIONS = Obligation.values();

    /**
     * A random small world: 3-7 states (shares of capability, some nuclear, some with capitals and
     * ideal points), up to 4 treaties with random member-level obligations, some with ATOP-like
     * conditions or the nuclear umbrella, rivalries, overrides and parameters.
     */
    static Scenario randomScenario(SplittableRandom rng, int index) {
        int n = 3 + rng.nextInt(5);
        boolean capitals = rng.nextBoolean();
        List<State> states = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = "S" + (char) ('A' + i) + (char) ('A' + rng.nextInt(26));
            Location capital = capitals ? new Location(rng.nextDouble(-60, 60), rng.nextDouble(-180, 180)) : null;
            double ideal = rng.nextDouble() < 0.7 ? rng.nextDouble(-2, 2) : Double.NaN;
            states.add(new State(id, 100 + 140 * i, "State " + i, Math.exp(rng.nextDouble(-5, -0.5)), rng.nextDouble() < 0.25, "random",
                    capital, ideal));
        }
        List<Treaty> treaties = new ArrayList<>();
        int treatyCount = rng.nextInt(5);
        for (int k = 0; k < treatyCount; k++) {
            int size = 2 + rng.nextInt(Math.min(3, n - 1));
            List<Integer> pool = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                pool.add(i);
            }
            List<Membership> members = new ArrayList<>();
            for (int m = 0; m < size; m++) {
                int pick = pool.remove(rng.nextInt(pool.size()));
                Set<Obligation> obligations = EnumSet.noneOf(Obligation.class);
                Map<Obligation, Conditions> conditions = new EnumMap<>(Obligation.class);
                if (rng.nextDouble() < 0.2) {
                    obligations.add(Obligation.NONE);
                } else {
                    int count = 1 + rng.nextInt(2);
                    for (int c = 0; c < count; c++) {
                        Obligation o = OBLIGATIONS[1 + rng.nextInt(OBLIGATIONS.length - 1)];
                        obligations.add(o);
                        if (rng.nextDouble() < 0.3) {
                            conditions.put(o, new Conditions(Set.of(Region.values()[rng.nextInt(Region.values().length)]), Set.of(),
                                    Set.of(), rng.nextBoolean(), rng.nextInt(3), false, Set.of(), false, "random"));
                        }
                    }
                }
                members.add(new Membership(states.get(pick).id(), obligations, conditions));
            }
            Institutions inst = new Institutions(rng.nextBoolean(), rng.nextBoolean(), rng.nextBoolean(), rng.nextBoolean());
            Integer milinst = rng.nextDouble() < 0.3 ? rng.nextInt(3) : null;
            LocalDate ended = rng.nextDouble() < 0.15 ? LocalDate.of(1995, 1, 1) : null;
            treaties.add(Treaty.builder().id("T" + k).name("Treaty " + k).members(members).institutions(inst)
                    .consultationMechanism(rng.nextBoolean()).milinst(milinst).signed(LocalDate.of(1990, 1, 1)).ended(ended)
                    .source("random").build());
        }
        List<Rivalry> rivalries = new ArrayList<>();
        int rivalryCount = rng.nextInt(4);
        for (int k = 0; k < rivalryCount; k++) {
            int a = rng.nextInt(n);
            int b = (a + 1 + rng.nextInt(n - 1)) % n;
            rivalries.add(new Rivalry(states.get(a).id(), states.get(b).id(), "random"));
        }
        List<AffinityOverride> overrides = new ArrayList<>();
        if (rng.nextDouble() < 0.3) {
            int a = rng.nextInt(n);
            int b = (a + 1 + rng.nextInt(n - 1)) % n;
            overrides.add(new AffinityOverride(states.get(a).id(), states.get(b).id(), rng.nextDouble(), "random"));
        }
        Parameters p = Parameters.defaults()
                .with(Parameter.KBAR, new double[] {0.5, 1, 2}[rng.nextInt(3)])
                .with(Parameter.GAMMA, rng.nextDouble(0.5, 3))
                .with(Parameter.SIGMA_K, rng.nextDouble(0.2, 1.5))
                .with(Parameter.SIGMA_THETA, rng.nextDouble(0.2, 1.5))
                .with(Parameter.MU_THETA, rng.nextDouble(-1, 1))
                .with(Parameter.CHALLENGE_COST, rng.nextDouble(0, 0.5))
                .with(Parameter.NUCLEAR_COMPELLENCE, rng.nextDouble() < 0.5 ? 0 : rng.nextDouble())
                .with(Parameter.LAMBDA_DEFENSE, rng.nextDouble(0, 2))
                .with(Parameter.LAMBDA_CONSULTATION, rng.nextDouble(0, 0.5))
                .with(Parameter.RHO, rng.nextDouble(0, 1))
                .with(Parameter.LAMBDA_DEP, rng.nextDouble(0, 1))
                .with(Coordination.values()[rng.nextInt(3)]);
        return Scenario.builder().name("random-" + index).year(Fixtures.YEAR).states(states).treaties(treaties)
                .rivalries(rivalries).affinities(overrides).parameters(p).build();
    }

    private static void assertProbability(double v, String what) {
        assertThat(v).as(what).isBetween(0.0, 1.0);
    }

    @Test
    void everyProbabilityLiesInTheUnitIntervalAndEntanglementExcludesEntrapment() {
        SplittableRandom rng = new SplittableRandom(20240917L);
        for (int w = 0; w < 120; w++) {
            Scenario s = randomScenario(rng, w);
            CrisisSolver solver = new CrisisSolver(s, w);
            for (State c : s.states()) {
                for (State t : s.states()) {
                    if (c == t) {
                        continue;
                    }
                    CrisisResult r = solver.solve(c.id(), t.id());
                    String at = s.name() + " " + c.id() + "->" + t.id();
                    for (double v : new double[] {r.pResist(), r.pChallenge(), r.deterrence(), r.pWar(), r.pChallengeYear(), r.pWarYear(),
                            r.expectations().ep(), r.expectations().nuDefenders(), r.expectations().nuChallengers(), r.coordinationWeight(),
                            r.upperHeadline().deterrence(), r.lowerHeadline().deterrence(), r.upperHeadline().pWar(), r.lowerHeadline().pWar()}) {
                        assertProbability(v, at);
                    }
                    assertThat(r.projection()).as(at).matches("on|off: .+");
                    for (CrisisResult.Candidate k : r.candidates()) {
                        assertProbability(k.q(), at + " q " + k.state());
                        assertProbability(k.entanglement(), at + " entanglement " + k.state());
                        assertProbability(k.entrapment(), at + " entrapment " + k.state());
                        assertProbability(k.burdenShare(), at + " burden " + k.state());
                        assertThat(k.interest()).as(at).isBetween(0.0, k.affinity());
                        // change C11: exactly one of the two can be non-zero, and entanglement needs an applying military obligation to T
                        assertThat(k.entanglement() * k.entrapment()).as(at + " " + k.state()).isZero();
                        if (!k.obligated()) {
                            assertThat(k.entanglement()).as(at + " " + k.state()).isZero();
                        }
                        assertThat(k.obligated()).isEqualTo(k.side() == Side.DEFENDER && k.obligation().isMilitary());
                        if (k.side() == Side.SUPPORTER) {
                            assertThat(k.obligation()).as("C4: only offense binds a supporter").isIn(Obligation.OFFENSE, Obligation.NONE);
                        }
                        assertThat(k.threshold()).isGreaterThanOrEqualTo(0);
                        assertThat(k.beta()).isGreaterThanOrEqualTo(0);
                        assertThat(k.expectedWarCost()).isGreaterThanOrEqualTo(0);
                        // C10: reported q is the mixture of the two fixed points
                        double w1 = r.coordinationWeight();
                        assertThat(k.q()).isCloseTo(w1 * r.upper().q().get(k.state()) + (1 - w1) * r.lower().q().get(k.state()), within(1e-14));
                    }
                    assertThat(r.equilibriaDiffer()).isEqualTo(r.upperHeadline().differsFrom(r.lowerHeadline()));
                    if (r.unique()) {
                        assertThat(r.upperHeadline().deterrence()).isCloseTo(r.lowerHeadline().deterrence(), within(1e-6));
                    }
                }
            }
        }
    }

    @Test
    void identicalInputsAndSeedGiveIdenticalResults() {
        for (int w = 0; w < 20; w++) {
            // the same world built twice from the same stream: equal inputs, separately built
            Scenario s = randomScenario(new SplittableRandom(500L + w), w);
            Scenario again = randomScenario(new SplittableRandom(500L + w), w);
            assertThat(again).isEqualTo(s).isNotSameAs(s);
            for (State c : s.states()) {
                State t = s.states().get((s.states().indexOf(c) + 1) % s.states().size());
                assertThat(new CrisisSolver(again, 42L).solve(c.id(), t.id())).isEqualTo(new CrisisSolver(s, 42L).solve(c.id(), t.id()));
            }
        }
    }

    /** A hub guaranteeing 20 protégés: more candidates than exact_limit, so expectations are convolved or sampled. */
    private static Scenario large() {
        List<State> states = new ArrayList<>(List.of(state("CHA", 710, 0.2), state("TAR", 713, 0.02), state("HUB", 2, 0.15)));
        List<Treaty> treaties = new ArrayList<>();
        treaties.add(bilateral("HT", "HUB", Obligation.DEFENSE, "TAR", Obligation.NONE, Institutions.NONE));
        for (int i = 0; i < 19; i++) {
            String id = "P" + (char) ('A' + i) + "A";
            states.add(state(id, 200 + i, 0.005 + 0.001 * i));
            treaties.add(bilateral("H" + i, "HUB", Obligation.DEFENSE, id, Obligation.DEFENSE, Institutions.NONE));
            treaties.add(bilateral("T" + i, id, Obligation.CONSULTATION, "TAR", Obligation.NONE, Institutions.NONE));
        }
        return Fixtures.scenario(states.toArray(new State[0])).treaty(treaties.toArray(new Treaty[0])).build();
    }

    @Test
    void sampledSolutionsAreReproducibleCarryAStandardErrorOfDeterrenceAndAgreeWithExactOnes() {
        Scenario s = large().withParameters(large().parameters().with(Parameter.LARGE_METHOD, 1));
        CrisisResult a = new CrisisSolver(s, 7L).solve("CHA", "TAR");
        assertThat(a.method()).isEqualTo("sampled");
        assertThat(a.candidates()).hasSize(20);
        assertThat(new CrisisSolver(s, 7L).solve("CHA", "TAR")).isEqualTo(a);
        assertThat(new CrisisSolver(s, 8L).solve("CHA", "TAR").expectations().ep()).isNotEqualTo(a.expectations().ep());
        assertThat(a.expectations().seEp()).isPositive();
        assertThat(a.expectations().seDeterrence()).isPositive().isLessThan(0.05);
        // the same world solved exactly (exact_limit 20): deterrence within 4 standard errors
        Scenario exact = s.withParameters(s.parameters().with(Parameter.EXACT_LIMIT, 20));
        CrisisResult e = new CrisisSolver(exact, 7L).solve("CHA", "TAR");
        assertThat(e.method()).isEqualTo("exact");
        assertThat(e.expectations().seDeterrence()).isZero();
        assertThat(a.deterrence()).isCloseTo(e.deterrence(), within(4 * a.expectations().seDeterrence() + 1e-9));
        assertThat(a.expectations().ep()).isCloseTo(e.expectations().ep(), within(4 * a.expectations().seEp()));
    }

    @Test
    void convolvedSolutionsAgreeWithExactOnesAt20Candidates() {
        Scenario s = large();
        CrisisResult c = new CrisisSolver(s, 7L).solve("CHA", "TAR");
        assertThat(c.method()).isEqualTo("convolution");
        assertThat(c.candidates()).hasSize(20);
        assertThat(c.expectations().seEp()).isZero();
        CrisisResult e = new CrisisSolver(s.withParameters(s.parameters().with(Parameter.EXACT_LIMIT, 20)), 7L).solve("CHA", "TAR");
        Map<String, Double> exact = StrengthConvolutionTest.measures(e);
        Map<String, Double> convolved = StrengthConvolutionTest.measures(c);
        for (Map.Entry<String, Double> m : exact.entrySet()) {
            double x = m.getValue();
            double y = convolved.get(m.getKey());
            if (!(Double.isNaN(x) && Double.isNaN(y))) {
                assertThat(y).as(m.getKey()).isCloseTo(x, within(1e-6));
            }
        }
    }

    /** Two defenders whose joint entry is decisive (gamma 6, steep costs): the fixed points from q = 1 and q = 0 differ. */
    static Scenario twoEquilibria(Coordination c) {
        Treaty pact = treaty("PACT", Institutions.NONE, true, Membership.of("TAR", Obligation.DEFENSE),
                Membership.of("DAA", Obligation.DEFENSE), Membership.of("DBB", Obligation.DEFENSE));
        return Fixtures.scenario(state("CHA", 710, 2), state("TAR", 713, 0.5), state("DAA", 2, 1), state("DBB", 200, 1)).treaty(pact)
                .parameters(Parameters.defaults().with(Parameter.GAMMA, 6).with(Parameter.SIGMA_K, 0.1).with(Parameter.KBAR, 0.5)
                        .with(Parameter.LAMBDA_DEFENSE, 0).with(c))
                .build();
    }

    @Test
    void theMeasuresAreTheMixtureOfBothEquilibriaWeightedByW() {
        CrisisResult up = new CrisisSolver(twoEquilibria(Coordination.UPPER), 1L).solve("CHA", "TAR");
        CrisisResult low = new CrisisSolver(twoEquilibria(Coordination.LOWER), 1L).solve("CHA", "TAR");
        CrisisResult auto = new CrisisSolver(twoEquilibria(Coordination.AUTO), 1L).solve("CHA", "TAR");
        assertThat(up.unique()).isFalse();
        assertThat(up.equilibriaDiffer()).isTrue();
        assertThat(up.coordinationWeight()).isEqualTo(1.0);
        assertThat(up.selected()).isEqualTo(Coordination.UPPER);
        assertThat(up.selectionRule()).isEqualTo("set by parameter coordination=upper (w = 1)");
        assertThat(low.coordinationWeight()).isZero();
        assertThat(low.selected()).isEqualTo(Coordination.LOWER);
        // PACT holds TAR and both obligated defenders; consultation body, iota 0: w = min(1, 0 + 0.5)
        assertThat(auto.coordinationWeight()).isEqualTo(0.5);
        assertThat(auto.selected()).isEqualTo(Coordination.AUTO);
        assertThat(auto.selectionRule()).startsWith("auto: w = 0.5").contains("'PACT'");
        // w = 1 and w = 0 are the two fixed points played for sure; both headlines are always reported
        assertThat(up.deterrence()).isCloseTo(up.upperHeadline().deterrence(), within(1e-15));
        assertThat(low.deterrence()).isCloseTo(low.lowerHeadline().deterrence(), within(1e-15));
        assertThat(auto.upperHeadline()).isEqualTo(up.upperHeadline());
        assertThat(auto.lowerHeadline()).isEqualTo(low.lowerHeadline());
        assertThat(up.upperHeadline().deterrence()).isGreaterThan(low.lowerHeadline().deterrence() + 0.5);
        // in between: every expectation the principals use, and every per-candidate quantity, is the mixture
        assertThat(auto.expectations().ep()).isCloseTo(0.5 * up.expectations().ep() + 0.5 * low.expectations().ep(), within(1e-15));
        for (CrisisResult.Candidate c : auto.candidates()) {
            CrisisResult.Candidate u = up.candidate(c.state()).orElseThrow();
            CrisisResult.Candidate l = low.candidate(c.state()).orElseThrow();
            assertThat(c.q()).isCloseTo(0.5 * u.q() + 0.5 * l.q(), within(1e-15));
            assertThat(c.threshold()).isCloseTo(0.5 * u.threshold() + 0.5 * l.threshold(), within(1e-15));
            assertThat(c.entanglement()).isCloseTo(0.5 * u.entanglement() + 0.5 * l.entanglement(), within(1e-15));
            assertThat(c.abandonment().orElseThrow()).isCloseTo(1 - c.q(), within(1e-15));
        }
        // deterrence is not linear in the expectations: the mixture's lies between the two, not at their mean
        assertThat(auto.deterrence()).isBetween(low.deterrence(), up.deterrence());
    }

    @Test
    void autoWeightFollowsTheTreatiesHoldingTheTargetAndItsObligatedDefenders() {
        State cha = state("CHA", 710, 2);
        State tar = state("TAR", 713, 1);
        State daa = state("DAA", 2, 2);
        State dbb = state("DBB", 200, 1);
        // bases and intelligence: iota 0.5; an integrated command adds its 0.25 to iota and 0.5 to w
        Treaty plain = treaty("PACT", Fixtures.flags(false, true, true, false), false,
                Membership.of("TAR", Obligation.DEFENSE), Membership.of("DAA", Obligation.DEFENSE), Membership.of("DBB", Obligation.DEFENSE));
        assertThat(new CrisisSolver(Fixtures.scenario(cha, tar, daa, dbb).treaty(plain).build(), 1L).solve("CHA", "TAR")
                .coordinationWeight()).isEqualTo(0.5);
        Treaty command = treaty("PACT", Fixtures.flags(true, true, true, false), false,
                Membership.of("TAR", Obligation.DEFENSE), Membership.of("DAA", Obligation.DEFENSE), Membership.of("DBB", Obligation.DEFENSE));
        assertThat(new CrisisSolver(Fixtures.scenario(cha, tar, daa, dbb).treaty(command).build(), 1L).solve("CHA", "TAR")
                .coordinationWeight()).isEqualTo(1.0);
        // an obligated defender outside the pact (DCC's bilateral guarantee) leaves no qualifying treaty
        State dcc = state("DCC", 220, 1);
        Treaty outside = bilateral("OUT", "DCC", Obligation.DEFENSE, "TAR", Obligation.NONE, Institutions.NONE);
        CrisisResult r = new CrisisSolver(Fixtures.scenario(cha, tar, daa, dbb, dcc).treaty(command, outside).build(), 1L).solve("CHA", "TAR");
        assertThat(r.coordinationWeight()).isZero();
        assertThat(r.selectionRule()).isEqualTo("auto: w = 0, no treaty in force holds TAR, DAA, DBB, DCC");
        // ... unless DCC's guarantee does not apply to this crisis: then it is no obligated defender
        Treaty europeOnly = treaty("OUT", Institutions.NONE, false, new Membership("DCC", Set.of(Obligation.DEFENSE),
                Map.of(Obligation.DEFENSE, new Conditions(Set.of(Region.EUROPE), Set.of(), Set.of(), false, 0, false, Set.of(), false, ""))),
                Membership.of("TAR", Obligation.NONE));
        CrisisResult limited = new CrisisSolver(Fixtures.scenario(cha, tar, daa, dbb, dcc).treaty(command, europeOnly).build(), 1L)
                .solve("CHA", "TAR");
        assertThat(limited.coordinationWeight()).isEqualTo(1.0);
        assertThat(limited.abandonment()).containsOnlyKeys("DAA", "DBB");
        // a bilateral treaty counts (model v2): iota 1 with every flag, capped at 1
        Treaty bilateral = treaty("BI", Fixtures.flags(true, true, true, true), true,
                Membership.of("TAR", Obligation.DEFENSE), Membership.of("DAA", Obligation.DEFENSE));
        assertThat(new CrisisSolver(Fixtures.scenario(cha, tar, daa).treaty(bilateral).build(), 1L).solve("CHA", "TAR")
                .coordinationWeight()).isEqualTo(1.0);
    }

    @Test
    void everySelectionOfOneSolveEqualsItsOwnSolve() {
        for (Scenario s : List.of(twoEquilibria(Coordination.AUTO), large())) {
            Crisis crisis = Crisis.of("CHA", "TAR");
            List<Coordination> all = List.of(Coordination.UPPER, Coordination.LOWER, Coordination.AUTO);
            List<CrisisResult> together = new CrisisSolver(s, 11).solve(crisis, all);
            for (int i = 0; i < all.size(); i++) {
                Scenario alone = s.withParameters(s.parameters().with(all.get(i)));
                assertThat(together.get(i)).isEqualTo(new CrisisSolver(alone, 11).solve(crisis));
            }
        }
    }

    @Test
    void solvingSeveralCrisesOnOneSolverIsOrderIndependent() {
        Scenario s = large();
        CrisisSolver one = new CrisisSolver(s, 9L);
        CrisisResult ab = one.solve("CHA", "TAR");
        CrisisResult ba = one.solve("TAR", "CHA");
        CrisisSolver two = new CrisisSolver(s, 9L);
        assertThat(two.solve("TAR", "CHA")).isEqualTo(ba);
        assertThat(two.solve("CHA", "TAR")).isEqualTo(ab);
    }

    /** Change C8: R_j = 1 - prod (1 - a_jt') over j's other protégés never falls as the hub adds one. */
    @Test
    void reputationDoesNotFallAsTheHubAddsProteges() {
        double previous = -1;
        for (int added = 0; added <= 6; added++) {
            List<State> states = new ArrayList<>(List.of(state("CHA", 710, 0.2), state("TAR", 713, 0.05), state("HUB", 2, 0.3)));
            List<Treaty> treaties = new ArrayList<>(List.of(bilateral("HT", "HUB", Obligation.DEFENSE, "TAR", Obligation.NONE, Institutions.NONE)));
            for (int i = 0; i < added; i++) {
                String id = "P" + (char) ('A' + i) + "A";
                states.add(state(id, 300 + i, 0.01));
                // alternately weak and strong ties: v1's mean would fall when a weak protégé joins
                Institutions inst = i % 2 == 0 ? Fixtures.flags(true, true, true, false) : Institutions.NONE;
                treaties.add(bilateral("H" + i, "HUB", Obligation.DEFENSE, id, Obligation.NONE, inst));
            }
            CrisisResult r = new CrisisSolver(Fixtures.scenario(states.toArray(new State[0])).treaty(treaties.toArray(new Treaty[0])).build(), 1L)
                    .solve("CHA", "TAR");
            double beta = r.candidate("HUB").orElseThrow().beta();
            assertThat(beta).as("protégés added: %s", added).isGreaterThanOrEqualTo(previous);
            previous = beta;
        }
        // bounded: beta <= lambda_def (1 + iota) + rho
        assertThat(previous).isLessThanOrEqualTo(0.5 + 0.3);
    }
}
