package io.spokes.core.crisis.v2;

import io.spokes.core.crisis.CrisisResult;
import io.spokes.core.crisis.CrisisSolver;
import io.spokes.core.domain.Conditions;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Membership;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Region;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.State;
import io.spokes.core.domain.Treaty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.spokes.core.crisis.v2.OracleWorlds.map;
import static io.spokes.core.crisis.v2.OracleWorlds.maps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Face validity of model v2 (issue #9, V2.md "Properties") on 120 seeded random worlds (python
 * {@code worlds.random_world}, seeds 1000-1119, at most 7 states; resources/oracle-v2/property-worlds.json).
 *
 * <p>Properties that hold by construction are asserted on every world. The equilibrium versions of
 * "lowering a candidate's capability never raises its q", "raising the target's capability never
 * lowers P_resist" and "a nuclear target faces no higher P_challenge" can fail (hub re-detection and a
 * spoke following its hub; a stronger target crowding out its defender): the reversals the engine
 * finds must be exactly those the independent oracle finds, world by world, and their counts stay
 * what they are (a regression guard). spokes-core/src/test/oracle/v2/README.md explains them.
 */
class FaceValidityTest {
    /** A change beyond this counts as a reversal (the engine converges to a residual of 1e-10). */
    static final double EPS = 1e-9;
    /** Reversal counts on the 120 worlds (python3 spokes-core/src/test/oracle/v2/properties.py). */
    static final int LOWER_REVERSALS = 21;
    static final int RAISE_REVERSALS = 0;
    static final int NUCLEAR_REVERSALS = 0;

    private static Map<String, Object> doc;

    static synchronized Map<String, Object> doc() {
        if (doc == null) {
            doc = OracleWorlds.resource("property-worlds.json");
        }
        return doc;
    }

    static Stream<Integer> worlds() {
        return IntStream.range(0, maps(doc().get("worlds")).size()).boxed();
    }

    static Map<String, Object> world(int i) {
        return maps(doc().get("worlds")).get(i);
    }

    static CrisisResult solve(Scenario s, Crisis c) {
        return new CrisisSolver(s, CrisisSolver.DEFAULT_SEED).solve(c);
    }

    static Scenario withState(Scenario s, String id, java.util.function.UnaryOperator<State> change) {
        return s.withState(change.apply(s.requireState(id)));
    }

    @Test
    void theReversalCountsStayWhatTheOracleFound() {
        Map<String, Object> counts = map(doc().get("reversals"));
        assertThat(counts.get("lower")).isEqualTo((double) LOWER_REVERSALS);
        assertThat(counts.get("raise")).isEqualTo((double) RAISE_REVERSALS);
        assertThat(counts.get("nuke")).isEqualTo((double) NUCLEAR_REVERSALS);
        assertThat(maps(doc().get("worlds"))).hasSize(120);
    }

    /**
     * Halving each candidate's capability, raising the target's by half and making a non-nuclear
     * target nuclear: the reversals (q_j up, P_resist down, P_challenge up, by more than 1e-9) are
     * exactly the oracle's for this world.
     */
    @ParameterizedTest(name = "world p{0}")
    @MethodSource("worlds")
    void equilibriumReversalsAreExactlyTheOnesTheOracleFinds(int i) {
        Map<String, Object> w = world(i);
        Scenario s = OracleWorlds.scenario(w);
        List<Crisis> crises = OracleWorlds.crises(w);
        TreeSet<String> found = new TreeSet<>();
        for (int ci = 0; ci < crises.size(); ci++) {
            Crisis c = crises.get(ci);
            CrisisResult base = solve(s, c);
            for (CrisisResult.Candidate k : base.candidates()) {
                CrisisResult r = solve(withState(s, k.state(), x -> x.withCapability(x.capability() * 0.5)), c);
                double after = r.candidate(k.state()).orElseThrow().q();
                if (after > k.q() + EPS) {
                    found.add("lower " + ci + " " + k.state());
                }
            }
            String t = c.target();
            CrisisResult raised = solve(withState(s, t, x -> x.withCapability(x.capability() * 1.5)), c);
            if (raised.pResist() < base.pResist() - EPS) {
                found.add("raise " + ci + " " + t);
            }
            if (!s.requireState(t).nuclear()) {
                CrisisResult nuke = solve(withState(s, t, x -> x.withNuclear(true)), c);
                if (nuke.pChallenge() > base.pChallenge() + EPS) {
                    found.add("nuke " + ci + " " + t);
                }
            }
        }
        TreeSet<String> oracle = new TreeSet<>();
        for (Map<String, Object> rev : maps(doc().get("reversal_list"))) {
            if (((Double) rev.get("world")).intValue() == i) {
                oracle.add(rev.get("property") + " " + ((Double) rev.get("crisis")).intValue() + " " + rev.get("state"));
            }
        }
        assertThat(found).as("reversals in world p%03d (property crisis state)", i).isEqualTo(oracle);
    }

    /**
     * Without dependence ({@code lambda_dep = 0}) a candidate's breach cost does not depend on the
     * hub system or on others' q, and on these worlds halving a candidate's capability never raises
     * its q: every reversal above goes through dependence (oracle: 0 of 301 crises).
     */
    @ParameterizedTest(name = "world p{0}")
    @MethodSource("worlds")
    void withoutDependenceAWeakerCandidateNeverFightsMore(int i) {
        Scenario s = noDependence(OracleWorlds.scenario(world(i)));
        for (Crisis c : OracleWorlds.crises(world(i))) {
            CrisisResult base = solve(s, c);
            for (CrisisResult.Candidate k : base.candidates()) {
                CrisisResult r = solve(withState(s, k.state(), x -> x.withCapability(x.capability() * 0.5)), c);
                CrisisResult.Candidate after = r.candidate(k.state()).orElseThrow();
                assertThat(after.q()).as("q of %s in %s, capability halved", k.state(), c.label()).isLessThanOrEqualTo(k.q() + EPS);
                if (base.candidates().size() == 1) {
                    // one candidate: its threshold is a best response to no one, so the fixed-q property applies exactly
                    assertThat(after.threshold()).as("k* of the only candidate %s", k.state()).isLessThanOrEqualTo(k.threshold() + 1e-12);
                }
            }
        }
    }

    /**
     * Adding, for a state j, an obligation whose conditions exclude the crisis (a region elsewhere,
     * an adversary that is not the challenger, another conflict; or, toward the challenger, an
     * offense obligation with non-provocation, or a defense obligation, which never binds a
     * supporter) gives j no breach cost and does not make it obligated (dependence off, so the hub
     * system the new defense tie may change plays no part): asserted on every world.
     *
     * <p>It also leaves every other candidate and every measure of the crisis unchanged: the sides
     * that {@code min_adversaries} counts are formed from the crisis affinities with every other
     * condition evaluated (docs/model.md A16), so an excluded obligation cannot move a state between
     * them. (An earlier engine counted the general affinities' sides; in world p031 crisis 1 that let
     * an excluded defense obligation of RBB switch off AFG's consultation obligation to KKB.)
     */
    @ParameterizedTest(name = "world p{0}")
    @MethodSource("worlds")
    void anObligationWhoseConditionsExcludeTheCrisisGivesNoBreachCost(int i) {
        Scenario s = noDependence(OracleWorlds.scenario(world(i)));
        List<Crisis> crises = OracleWorlds.crises(world(i));
        TreeSet<String> changed = new TreeSet<>();
        for (int ci = 0; ci < crises.size(); ci++) {
            Crisis c = crises.get(ci);
            CrisisResult base = solve(s, c);
            Region region = c.regionIn(s);
            for (State j : s.states()) {
                if (j.id().equals(c.challenger()) || j.id().equals(c.target())) {
                    continue;
                }
                for (Treaty added : excluded(j.id(), c, region)) {
                    CrisisResult r = solve(s.toBuilder().treaties(append(s.treaties(), added)).build(), c);
                    String what = added.id() + " in " + c.label();
                    base.candidate(j.id()).ifPresent(k -> {
                        CrisisResult.Candidate k2 = r.candidate(j.id()).orElseThrow();
                        assertThat(k2.obligation()).as("o* of the holder, %s", what).isEqualTo(k.obligation());
                        assertThat(k2.obligated()).as("holder obligated, %s", what).isEqualTo(k.obligated());
                        assertThat(k2.beta()).as("beta of the holder, %s", what).isCloseTo(k.beta(), within(1e-12));
                    });
                    if (!sameCrisis(base, r)) {
                        changed.add("crisis " + ci + ": " + added.id());
                    }
                }
            }
        }
        assertThat(changed).as("crises an excluded obligation changes, world p%03d", i).isEmpty();
    }

    static boolean sameCrisis(CrisisResult a, CrisisResult b) {
        if (!ids(a).equals(ids(b)) || Math.abs(a.pResist() - b.pResist()) > EPS || Math.abs(a.pChallenge() - b.pChallenge()) > EPS) {
            return false;
        }
        for (CrisisResult.Candidate k : a.candidates()) {
            CrisisResult.Candidate k2 = b.candidate(k.state()).orElseThrow();
            if (k2.obligation() != k.obligation() || k2.obligated() != k.obligated() || k2.side() != k.side()
                    || Math.abs(k2.beta() - k.beta()) > 1e-12 || Math.abs(k2.q() - k.q()) > EPS) {
                return false;
            }
        }
        return true;
    }

    /**
     * With dependence off, a candidate's breach cost is its obligation term plus rho R_j; giving it
     * a new protégé (a defense treaty with a state other than C, T and itself) never lowers it (C8).
     */
    @ParameterizedTest(name = "world p{0}")
    @MethodSource("worlds")
    void reputationNeverFallsWhenAProtegeIsAdded(int i) {
        Scenario s = noDependence(OracleWorlds.scenario(world(i)));
        for (Crisis c : OracleWorlds.crises(world(i))) {
            CrisisResult base = solve(s, c);
            for (CrisisResult.Candidate k : base.candidates()) {
                for (State t : s.states()) {
                    String id = t.id();
                    if (id.equals(k.state()) || id.equals(c.challenger()) || id.equals(c.target())) {
                        continue;
                    }
                    Treaty protege = treaty("PROT-" + k.state() + "-" + id, new Membership(k.state(), EnumSet.of(Obligation.DEFENSE)),
                            new Membership(id, EnumSet.of(Obligation.NONE)));
                    CrisisResult r = solve(s.toBuilder().treaties(append(s.treaties(), protege)).build(), c);
                    assertThat(r.candidate(k.state()).orElseThrow().beta()).as("beta of %s after protégé %s, %s", k.state(), id, c.label())
                            .isGreaterThanOrEqualTo(k.beta() - 1e-12);
                }
            }
        }
    }

    /** Every candidate: at most one of entanglement and entrapment is non-zero; probabilities lie in [0, 1]. */
    @ParameterizedTest(name = "world p{0}")
    @MethodSource("worlds")
    void entanglementAndEntrapmentAreNeverBothNonZero(int i) {
        Scenario s = OracleWorlds.scenario(world(i));
        for (Crisis c : OracleWorlds.crises(world(i))) {
            CrisisResult r = solve(s, c);
            for (double p : new double[] {r.pResist(), r.pChallenge(), r.pWar(), r.deterrence(), r.coordinationWeight()}) {
                assertThat(p).isBetween(0.0, 1.0);
            }
            for (CrisisResult.Candidate k : r.candidates()) {
                assertThat(k.entanglement() == 0 || k.entrapment() == 0)
                        .as("%s in %s: entanglement %s, entrapment %s", k.state(), c.label(), k.entanglement(), k.entrapment()).isTrue();
                assertThat(k.entanglement()).isBetween(0.0, 1.0);
                assertThat(k.entrapment()).isBetween(0.0, 1.0);
                assertThat(k.q()).isBetween(0.0, 1.0);
            }
        }
    }

    /** Identical inputs and seed give identical outputs. */
    @ParameterizedTest(name = "world p{0}")
    @MethodSource("firstWorlds")
    void identicalInputsGiveIdenticalOutputs(int i) {
        for (Crisis c : OracleWorlds.crises(world(i))) {
            CrisisResult a = solve(OracleWorlds.scenario(world(i)), c);
            CrisisResult b = solve(OracleWorlds.scenario(world(i)), c);
            assertThat(b.pChallenge()).isEqualTo(a.pChallenge());
            assertThat(b.pResist()).isEqualTo(a.pResist());
            assertThat(b.candidates()).isEqualTo(a.candidates());
        }
    }

    static Stream<Integer> firstWorlds() {
        return IntStream.range(0, 10).boxed();
    }

    static Scenario noDependence(Scenario s) {
        return s.withParameters(s.parameters().with(Parameter.LAMBDA_DEP, 0.0));
    }

    static Set<String> ids(CrisisResult r) {
        TreeSet<String> out = new TreeSet<>();
        r.candidates().forEach(k -> out.add(k.state()));
        return out;
    }

    static List<Treaty> append(List<Treaty> treaties, Treaty added) {
        List<Treaty> out = new ArrayList<>(treaties);
        out.add(added);
        return out;
    }

    static Treaty treaty(String id, Membership a, Membership b) {
        return Treaty.builder().id(id).name("Treaty " + id).members(List.of(a, b)).signed(LocalDate.of(1990, 1, 1))
                .source(OracleWorlds.SOURCE).build();
    }

    static Conditions only(Set<Region> regions, Set<String> adversaries, boolean nonProvocation, Set<String> conflicts) {
        return new Conditions(regions, Set.of(), adversaries, nonProvocation, 0, false, conflicts, false, "excludes the crisis");
    }

    /** Treaties by which j owes the target or the challenger an obligation that cannot apply in crisis c. */
    static List<Treaty> excluded(String j, Crisis c, Region region) {
        EnumSet<Region> elsewhere = EnumSet.complementOf(EnumSet.of(region));
        String prefix = "X-" + j + "-";
        Membership none = new Membership(c.target(), EnumSet.of(Obligation.NONE));
        Membership noneC = new Membership(c.challenger(), EnumSet.of(Obligation.NONE));
        return List.of(
                treaty(prefix + "region", defense(j, only(elsewhere, Set.of(), false, Set.of())), none),
                treaty(prefix + "adversary", defense(j, only(Set.of(), Set.of(j), false, Set.of())), none),
                treaty(prefix + "conflict", defense(j, only(Set.of(), Set.of(), false, Set.of("no crisis has this label"))), none),
                treaty(prefix + "provoked", new Membership(j, EnumSet.of(Obligation.OFFENSE),
                        Map.of(Obligation.OFFENSE, only(Set.of(), Set.of(), true, Set.of()))), noneC),
                treaty(prefix + "defense-to-C", new Membership(j, EnumSet.of(Obligation.DEFENSE)), noneC));
    }

    static Membership defense(String j, Conditions c) {
        return new Membership(j, EnumSet.of(Obligation.DEFENSE), Map.of(Obligation.DEFENSE, c));
    }
}
