package io.spokes.core.crisis;

import io.spokes.core.Fixtures;
import io.spokes.core.domain.AffinityOverride;
import io.spokes.core.domain.Coordination;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Institutions;
import io.spokes.core.domain.Membership;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Parameters;
import io.spokes.core.domain.Rivalry;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.State;
import io.spokes.core.domain.Treaty;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static io.spokes.core.Fixtures.bilateral;
import static io.spokes.core.Fixtures.state;
import static io.spokes.core.Fixtures.treaty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CrisisSolverTest {

    private static final Obligation[] OBLIGATIONS = Obligation.values();

    /** A random small scenario: 3-7 states, up to 4 treaties with random member-level obligations, rivalries, overrides and parameters. */
    static Scenario randomScenario(SplittableRandom rng, int index) {
        int n = 3 + rng.nextInt(5);
        List<State> states = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = "S" + (char) ('A' + i) + (char) ('A' + rng.nextInt(26));
            states.add(new State(id, 100 + i, "State " + i, Math.exp(rng.nextDouble(-4, 2)), rng.nextDouble() < 0.25, "random"));
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
                if (rng.nextDouble() < 0.2) {
                    obligations.add(Obligation.NONE);
                } else {
                    int count = 1 + rng.nextInt(2);
                    for (int c = 0; c < count; c++) {
                        obligations.add(OBLIGATIONS[1 + rng.nextInt(OBLIGATIONS.length - 1)]);
                    }
                }
                members.add(new Membership(states.get(pick).id(), obligations));
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
                .with(Parameter.LAMBDA_DEFENSE, rng.nextDouble(0, 2))
                .with(Parameter.LAMBDA_CONSULTATION, rng.nextDouble(0, 0.5))
                .with(Parameter.RHO, rng.nextDouble(0, 1))
                .with(Parameter.LAMBDA_DEP, rng.nextDouble(0, 1))
                .with(Coordination.values()[rng.nextInt(3)]);
        return Scenario.builder().name("random-" + index).year(Fixtures.YEAR).states(states).treaties(treaties)
                .rivalries(rivalries).affinities(overrides).parameters(p).build();
    }

    private static void assertProbability(double v, String what) {
        assertThat(v).as(what).isFinite().isBetween(0.0, 1.0);
    }

    /** Spec section 7: every probability in [0, 1]. */
    @Test
    void everyProbabilityLiesInTheUnitIntervalOnRandomScenarios() {
        SplittableRandom rng = new SplittableRandom(0x5EED5L);
        int withCandidates = 0;
        int withSupporters = 0;
        int converged = 0;
        for (int i = 0; i < 200; i++) {
            Scenario s = randomScenario(rng, i);
            int c = rng.nextInt(s.states().size());
            int t = (c + 1 + rng.nextInt(s.states().size() - 1)) % s.states().size();
            CrisisResult r = new CrisisSolver(s, 42L).solve(s.states().get(c).id(), s.states().get(t).id());
            String where = "scenario " + i + " " + r.crisis().label();
            assertProbability(r.pResist(), where + " P_resist");
            assertProbability(r.pChallenge(), where + " P_challenge");
            assertProbability(r.pWar(), where + " P_war");
            assertProbability(r.deterrence(), where + " deterrence");
            assertThat(r.pWar()).isLessThanOrEqualTo(Math.min(r.pResist(), r.pChallenge()));
            assertProbability(r.expectations().ep(), where + " Ep");
            // Ec_T, Ec_C and burden shares are expectations of quantities in (0, 1], not probabilities: the
            // enumeration weights sum to 1 only up to rounding, so allow a few ulps above 1.
            assertThat(r.expectations().ecTarget()).as(where).isGreaterThan(0).isLessThanOrEqualTo(1.0 + 1e-14);
            assertThat(r.expectations().ecChallenger()).as(where).isGreaterThan(0).isLessThanOrEqualTo(1.0 + 1e-14);
            assertThat(r.target().burdenShare()).as(where).isGreaterThan(0).isLessThanOrEqualTo(1.0 + 1e-14);
            assertThat(r.target().expectedWarCost()).as(where).isFinite().isGreaterThanOrEqualTo(0);
            for (CrisisResult.Equilibrium e : List.of(r.upper(), r.lower())) {
                e.q().values().forEach(q -> assertProbability(q, where + " q"));
                if (e.converged()) {
                    assertThat(e.residual()).isLessThan(s.parameters().get(Parameter.TOLERANCE));
                }
            }
            converged += r.upper().converged() && r.lower().converged() ? 1 : 0;
            CrisisResult.Equilibrium selected = r.selected() == Coordination.UPPER ? r.upper() : r.lower();
            for (CrisisResult.Candidate cand : r.candidates()) {
                String who = where + " " + cand.state();
                assertProbability(cand.q(), who + " q");
                assertThat(cand.q()).isEqualTo(selected.q().get(cand.state()));
                assertProbability(cand.entrapment(), who + " entrapment");
                assertProbability(cand.entrapmentUnconditional(), who + " entrapment unconditional");
                // entrapment = F(k*) - F(k0) <= F(k*(q)), which equals q up to the fixed-point residual
                assertThat(cand.entrapment()).isLessThanOrEqualTo(cand.q() + Math.max(selected.residual(), 1e-12));
                cand.abandonment().ifPresent(v -> assertProbability(v, who + " abandonment"));
                assertThat(cand.abandonment().isPresent()).isEqualTo(cand.side() == Side.DEFENDER && cand.obligation().isMilitary());
                assertThat(cand.burdenShare()).as(who).isGreaterThan(0).isLessThanOrEqualTo(1.0 + 1e-14);
                assertThat(cand.affinity()).as(who).isGreaterThan(0).isLessThanOrEqualTo(1.0);
                assertThat(cand.beta()).as(who).isGreaterThanOrEqualTo(0);
                assertThat(cand.threshold()).as(who).isGreaterThanOrEqualTo(0);
                assertThat(cand.expectedWarCost()).as(who).isFinite().isGreaterThanOrEqualTo(0);
                withSupporters += cand.side() == Side.SUPPORTER ? 1 : 0;
            }
            withCandidates += r.candidates().isEmpty() ? 0 : 1;
            if (s.parameters().coordination() == Coordination.UPPER) {
                assertThat(r.selected()).isEqualTo(Coordination.UPPER);
            } else if (s.parameters().coordination() == Coordination.LOWER) {
                assertThat(r.selected()).isEqualTo(Coordination.LOWER);
            }
        }
        // the generator must actually exercise the intervention stage on both sides
        assertThat(withCandidates).isGreaterThan(60);
        assertThat(withSupporters).isGreaterThan(20);
        assertThat(converged).isGreaterThan(190);
    }

    /** Spec section 7: identical inputs and seed give identical outputs (exact enumeration). */
    @Test
    void identicalInputsAndSeedGiveIdenticalResults() {
        SplittableRandom rng = new SplittableRandom(77L);
        SplittableRandom twin = new SplittableRandom(77L);
        for (int i = 0; i < 20; i++) {
            Scenario s = randomScenario(rng, i);
            // an independently built copy of the same inputs
            Scenario copy = randomScenario(twin, i);
            assertThat(copy).isEqualTo(s).isNotSameAs(s);
            String c = s.states().get(0).id();
            String t = s.states().get(1).id();
            CrisisResult a = new CrisisSolver(s, 5L).solve(c, t);
            assertThat(new CrisisSolver(s, 5L).solve(c, t)).isEqualTo(a);
            assertThat(new CrisisSolver(copy, 5L).solve(Crisis.of(c, t))).isEqualTo(a);
        }
        Scenario ref = ReferenceSolutionTest.reference();
        CrisisResult first = new CrisisSolver(ref, 1L).solve("CHA", "TAR");
        CrisisResult again = new CrisisSolver(ReferenceSolutionTest.reference(), 1L).solve("CHA", "TAR");
        assertThat(again).isEqualTo(first).hasSameHashCodeAs(first);
        // exact enumeration does not use the seed: only the recorded seed differs
        CrisisResult otherSeed = new CrisisSolver(ref, 2L).solve("CHA", "TAR");
        assertThat(otherSeed.seed()).isEqualTo(2L);
        assertThat(otherSeed.pChallenge()).isEqualTo(first.pChallenge());
        assertThat(otherSeed.candidates()).isEqualTo(first.candidates());
    }

    /**
     * Five defenders of TAR (each guaranteeing it with a different capability and iota) and one
     * supporter of CHA: six candidates.
     */
    static Scenario crowded() {
        return Fixtures.scenario(state("CHA", 710, 3), state("TAR", 713, 1), state("DAA", 2, 2), state("DBB", 200, 0.7),
                        state("DCC", 220, 0.4), state("DDD", 255, 1.2), state("DEE", 325, 0.3), state("SUP", 365, 1.5))
                .treaty(bilateral("A", "DAA", Obligation.DEFENSE, "TAR", Obligation.NONE, Fixtures.flags(true, true, false, false)),
                        bilateral("B", "DBB", Obligation.DEFENSE, "TAR", Obligation.DEFENSE, Institutions.NONE),
                        bilateral("C", "DCC", Obligation.CONSULTATION, "TAR", Obligation.CONSULTATION, Fixtures.flags(false, false, true, false)),
                        bilateral("D", "DDD", Obligation.DEFENSE, "TAR", Obligation.NONE, Fixtures.flags(false, false, false, true)),
                        bilateral("E", "DEE", Obligation.NEUTRALITY, "TAR", Obligation.NONE, Fixtures.flags(true, false, false, false)),
                        bilateral("S", "SUP", Obligation.OFFENSE, "CHA", Obligation.DEFENSE, Fixtures.flags(true, true, false, false)))
                .rivalry("CHA", "TAR").rivalry("SUP", "TAR")
                .build();
    }

    private static Scenario with(Scenario s, Parameter p, double v) {
        return s.withParameters(s.parameters().with(p, v));
    }

    @Test
    void sampledSolutionsAreReproducibleForTheSameSeedAndDifferForAnother() {
        Scenario s = with(crowded(), Parameter.EXACT_LIMIT, 2);
        CrisisResult a = new CrisisSolver(s, 123L).solve("CHA", "TAR");
        assertThat(a.candidates()).hasSize(6);
        assertThat(a.method()).isEqualTo("sampled");
        assertThat(a.draws()).isEqualTo(4096);
        assertThat(a.expectations().seEp()).isPositive();
        assertThat(a.expectations().seEcTarget()).isPositive();
        CrisisResult b = new CrisisSolver(s, 123L).solve("CHA", "TAR");
        assertThat(b).isEqualTo(a);
        // the stream depends on the seed and crisis only, not on what was solved before
        CrisisSolver shared = new CrisisSolver(s, 123L);
        shared.solve("TAR", "CHA");
        assertThat(shared.solve("CHA", "TAR")).isEqualTo(a);

        CrisisResult c = new CrisisSolver(s, 124L).solve("CHA", "TAR");
        assertThat(c).isNotEqualTo(a);
        assertThat(c.expectations().ep()).isNotEqualTo(a.expectations().ep());
        double se = Math.hypot(a.expectations().seEp(), c.expectations().seEp());
        assertThat(Math.abs(c.expectations().ep() - a.expectations().ep())).isLessThan(4 * se);
        assertThat(Math.abs(c.pChallenge() - a.pChallenge())).isLessThan(0.02);
    }

    /** Exact enumeration vs sampling with many draws agree within ~4 standard errors on Ep. */
    @Test
    void samplingAgreesWithExactEnumeration() {
        Scenario exactScenario = crowded();
        CrisisResult exact = new CrisisSolver(exactScenario, 1L).solve("CHA", "TAR");
        assertThat(exact.method()).isEqualTo("exact");
        assertThat(exact.draws()).isZero();
        assertThat(exact.expectations().seEp()).isZero();
        Scenario sampledScenario = with(with(exactScenario, Parameter.EXACT_LIMIT, 2), Parameter.SAMPLES, 200_000);
        for (long seed : new long[] {1L, 2L, 3L}) {
            CrisisResult sampled = new CrisisSolver(sampledScenario, seed).solve("CHA", "TAR");
            assertThat(sampled.method()).isEqualTo("sampled");
            assertThat(sampled.draws()).isEqualTo(200_000);
            double se = sampled.expectations().seEp();
            assertThat(se).isPositive().isLessThan(1e-3);
            assertThat(sampled.expectations().ep()).isCloseTo(exact.expectations().ep(), within(4 * se));
            assertThat(sampled.expectations().ecTarget()).isCloseTo(exact.expectations().ecTarget(), within(4 * sampled.expectations().seEcTarget()));
            assertThat(sampled.upper().converged()).isTrue();
            for (CrisisResult.Candidate c : exact.candidates()) {
                assertThat(sampled.candidate(c.state()).orElseThrow().q()).as(c.state()).isCloseTo(c.q(), within(0.01));
            }
        }
    }

    @Test
    void coordinationParameterOverridesTheAutomaticRule() {
        Scenario s = ReferenceSolutionTest.reference();
        CrisisResult auto = new CrisisSolver(s, 1L).solve("CHA", "TAR");
        assertThat(auto.selected()).isEqualTo(Coordination.LOWER);
        assertThat(auto.selectionRule()).startsWith("lower").contains("TAR, HUB");
        CrisisResult upper = new CrisisSolver(s.withParameters(s.parameters().with(Coordination.UPPER)), 1L).solve("CHA", "TAR");
        assertThat(upper.selected()).isEqualTo(Coordination.UPPER);
        assertThat(upper.selectionRule()).isEqualTo("set by parameter coordination=upper");
    }

    /**
     * A10: upper iff one treaty of >= 3 members with an integrated command or consultation body
     * holds T and all its obligated defenders.
     */
    @Test
    void autoSelectionFollowsMultilateralTreaties() {
        State cha = state("CHA", 710, 2);
        State tar = state("TAR", 713, 1);
        State daa = state("DAA", 2, 2);
        State dbb = state("DBB", 200, 1);
        Treaty pact = treaty("PACT", Institutions.NONE, true,
                Membership.of("TAR", Obligation.DEFENSE), Membership.of("DAA", Obligation.DEFENSE), Membership.of("DBB", Obligation.DEFENSE));
        CrisisResult withBody = new CrisisSolver(Fixtures.scenario(cha, tar, daa, dbb).treaty(pact).build(), 1L).solve("CHA", "TAR");
        assertThat(withBody.selected()).isEqualTo(Coordination.UPPER);
        assertThat(withBody.selectionRule()).contains("'PACT'");

        Treaty noBody = treaty("PACT", Institutions.NONE, false,
                Membership.of("TAR", Obligation.DEFENSE), Membership.of("DAA", Obligation.DEFENSE), Membership.of("DBB", Obligation.DEFENSE));
        assertThat(new CrisisSolver(Fixtures.scenario(cha, tar, daa, dbb).treaty(noBody).build(), 1L).solve("CHA", "TAR").selected())
                .isEqualTo(Coordination.LOWER);

        Treaty command = treaty("PACT", Fixtures.flags(true, false, false, false), false,
                Membership.of("TAR", Obligation.DEFENSE), Membership.of("DAA", Obligation.DEFENSE), Membership.of("DBB", Obligation.DEFENSE));
        assertThat(new CrisisSolver(Fixtures.scenario(cha, tar, daa, dbb).treaty(command).build(), 1L).solve("CHA", "TAR").selected())
                .isEqualTo(Coordination.UPPER);

        // an obligated defender outside the pact (DCC's bilateral guarantee) breaks the condition
        State dcc = state("DCC", 220, 1);
        Treaty outside = bilateral("OUT", "DCC", Obligation.DEFENSE, "TAR", Obligation.NONE, Institutions.NONE);
        assertThat(new CrisisSolver(Fixtures.scenario(cha, tar, daa, dbb, dcc).treaty(pact, outside).build(), 1L).solve("CHA", "TAR").selected())
                .isEqualTo(Coordination.LOWER);

        // a bilateral treaty never coordinates, however institutionalized
        Treaty bilateral = treaty("BI", Fixtures.flags(true, true, true, true), true,
                Membership.of("TAR", Obligation.DEFENSE), Membership.of("DAA", Obligation.DEFENSE));
        assertThat(new CrisisSolver(Fixtures.scenario(cha, tar, daa).treaty(bilateral).build(), 1L).solve("CHA", "TAR").selected())
                .isEqualTo(Coordination.LOWER);
    }

    @Test
    void solvingSeveralCrisesOnOneSolverIsOrderIndependent() {
        Scenario s = ReferenceSolutionTest.reference();
        CrisisSolver one = new CrisisSolver(s, 9L);
        CrisisResult ab = one.solve("CHA", "TAR");
        CrisisResult ba = one.solve("TAR", "CHA");
        CrisisSolver two = new CrisisSolver(s, 9L);
        assertThat(two.solve("TAR", "CHA")).isEqualTo(ba);
        assertThat(two.solve("CHA", "TAR")).isEqualTo(ab);
        assertThat(one.network().scenario()).isSameAs(s);
    }
}
