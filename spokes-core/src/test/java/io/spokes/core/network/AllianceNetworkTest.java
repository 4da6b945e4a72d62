package io.spokes.core.network;

import io.spokes.core.domain.Amendment;
import io.spokes.core.domain.Institutions;
import io.spokes.core.domain.Membership;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.Treaty;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.spokes.core.Fixtures.bilateral;
import static io.spokes.core.Fixtures.flags;
import static io.spokes.core.Fixtures.scenario;
import static io.spokes.core.Fixtures.state;
import static io.spokes.core.Fixtures.treaty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AllianceNetworkTest {
    private static final double EPS = 1e-15;

    /**
     * AAA-BBB mutual defense, integrated command + bases (iota 0.5); AAA owes CCC consultation and CCC
     * owes AAA neutrality, intelligence sharing (iota 0.25); rivalries DDD-EEE and CCC-EEE.
     */
    private static Scenario affinityCase() {
        return scenario(state("AAA", 10, 5), state("BBB", 20, 2), state("CCC", 30, 1), state("DDD", 40, 1), state("EEE", 50, 0.5))
                .treaty(bilateral("AB", "AAA", Obligation.DEFENSE, "BBB", Obligation.DEFENSE, flags(true, true, false, false)),
                        bilateral("AC", "AAA", Obligation.CONSULTATION, "CCC", Obligation.NEUTRALITY, flags(false, false, true, false)))
                .rivalry("DDD", "EEE").rivalry("CCC", "EEE")
                .build();
    }

    @Test
    void affinityFollowsTheSpecFormulaOnHandCases() {
        AllianceNetwork n = new AllianceNetwork(affinityCase());
        // defense + iota 0.5: 0.6 + 0.2*0.5 = 0.7
        assertThat(n.affinity("AAA", "BBB")).isCloseTo(0.7, within(EPS));
        assertThat(n.affinity("BBB", "AAA")).isCloseTo(0.7, within(EPS));
        // consultation + iota 0.25: 0.2 + 0.2*0.25 = 0.25
        assertThat(n.affinity("AAA", "CCC")).isCloseTo(0.25, within(EPS));
        // neutrality carries no weight of its own: 0.2*0.25 = 0.05
        assertThat(n.affinity("CCC", "AAA")).isCloseTo(0.05, within(EPS));
        // CCC and DDD are both rivals of EEE: shared rival only, 0.1
        assertThat(n.affinity("CCC", "DDD")).isCloseTo(0.1, within(EPS));
        assertThat(n.affinity("DDD", "CCC")).isCloseTo(0.1, within(EPS));
        assertThat(n.sharesRival(n.indexOf("CCC"), n.indexOf("DDD"))).isTrue();
        // rivals of each other do not share a rival (A3)
        assertThat(n.affinity("DDD", "EEE")).isZero();
        // no tie, no rival
        assertThat(n.affinity("BBB", "DDD")).isZero();
        // a_tt = 1
        for (int i = 0; i < n.size(); i++) {
            assertThat(n.affinity(i, i)).isEqualTo(1.0);
        }
    }

    @Test
    void affinityUsesTheWeightParametersAndIsCappedAtOne() {
        Scenario s = scenario(state("AAA", 10, 5), state("BBB", 20, 2), state("EEE", 50, 0.5))
                .treaty(bilateral("AB", "AAA", Obligation.DEFENSE, "BBB", Obligation.CONSULTATION, flags(true, true, true, true)))
                .rivalry("AAA", "EEE").rivalry("BBB", "EEE")
                .set(Parameter.W_DEF, 0.9).set(Parameter.W_CON, 0.3).set(Parameter.W_INST, 0.05).set(Parameter.W_SH, 0.02)
                .build();
        AllianceNetwork n = new AllianceNetwork(s);
        // 0.9 + 0.05*1 + 0.02 = 0.97
        assertThat(n.affinity("AAA", "BBB")).isCloseTo(0.97, within(EPS));
        // 0.3 + 0.05 + 0.02 = 0.37
        assertThat(n.affinity("BBB", "AAA")).isCloseTo(0.37, within(EPS));

        AllianceNetwork capped = new AllianceNetwork(scenario(state("AAA", 10, 5), state("BBB", 20, 2), state("EEE", 50, 0.5))
                .treaty(bilateral("AB", "AAA", Obligation.DEFENSE, "BBB", Obligation.DEFENSE, flags(true, true, true, true)))
                .rivalry("AAA", "EEE").rivalry("BBB", "EEE")
                .set(Parameter.W_DEF, 0.9).build());
        // 0.9 + 0.2 + 0.1 = 1.2 -> 1
        assertThat(capped.affinity("AAA", "BBB")).isEqualTo(1.0);
    }

    @Test
    void offenseAndNonaggressionAddOnlyTheirInstitutionalization() {
        AllianceNetwork n = new AllianceNetwork(scenario(state("AAA", 10, 5), state("BBB", 20, 2))
                .treaty(bilateral("AB", "AAA", Obligation.OFFENSE, "BBB", Obligation.NONAGGRESSION, flags(true, false, false, false)))
                .build());
        assertThat(n.obligation(0, 1)).isEqualTo(Obligation.OFFENSE);
        assertThat(n.obligation(1, 0)).isEqualTo(Obligation.NONAGGRESSION);
        assertThat(n.affinity("AAA", "BBB")).isCloseTo(0.05, within(EPS));
        assertThat(n.affinity("BBB", "AAA")).isCloseTo(0.05, within(EPS));
    }

    @Test
    void overridesReplaceTheFormulaForOneDirectionOnly() {
        Scenario s = affinityCase().withAffinities(List.of(
                new io.spokes.core.domain.AffinityOverride("AAA", "BBB", 0.33, "judgement"),
                new io.spokes.core.domain.AffinityOverride("CCC", "DDD", 0.0, "judgement"),
                new io.spokes.core.domain.AffinityOverride("BBB", "DDD", 0.9, "judgement")));
        AllianceNetwork n = new AllianceNetwork(s);
        assertThat(n.affinity("AAA", "BBB")).isEqualTo(0.33);
        assertThat(n.affinity("BBB", "AAA")).isCloseTo(0.7, within(EPS));
        assertThat(n.affinity("CCC", "DDD")).isZero();
        assertThat(n.affinity("DDD", "CCC")).isCloseTo(0.1, within(EPS));
        assertThat(n.affinity("BBB", "DDD")).isEqualTo(0.9);
        // overrides change affinity, not ties
        assertThat(n.tie("BBB", "DDD")).isEmpty();
        assertThat(n.obligation(n.indexOf("AAA"), n.indexOf("BBB"))).isEqualTo(Obligation.DEFENSE);
    }

    @Test
    void asymmetricObligationsGiveAsymmetricTies() {
        // ATOP member level: GUA guarantees PRO; PRO owes nothing.
        AllianceNetwork n = new AllianceNetwork(scenario(state("GUA", 2, 3), state("PRO", 740, 1))
                .treaty(bilateral("G", "GUA", Obligation.DEFENSE, "PRO", Obligation.NONE, flags(false, true, false, false)))
                .build());
        Tie forward = n.tie("GUA", "PRO").orElseThrow();
        Tie back = n.tie("PRO", "GUA").orElseThrow();
        assertThat(forward.obligation()).isEqualTo(Obligation.DEFENSE);
        assertThat(back.obligation()).isEqualTo(Obligation.NONE);
        assertThat(forward.iota()).isEqualTo(0.25);
        assertThat(back.iota()).isEqualTo(0.25);
        assertThat(n.affinity("GUA", "PRO")).isCloseTo(0.6 + 0.2 * 0.25, within(EPS));
        assertThat(n.affinity("PRO", "GUA")).isCloseTo(0.2 * 0.25, within(EPS));
        assertThat(n.proteges(n.indexOf("GUA"))).containsExactly(n.indexOf("PRO"));
        assertThat(n.proteges(n.indexOf("PRO"))).isEmpty();
        // the one-sided guarantee still links them: GUA is the hub, PRO its spoke
        assertThat(n.hubs()).containsOnlyKeys("GUA");
        assertThat(n.spokesOf("GUA")).containsExactly("PRO");
    }

    @Test
    void treatiesNotInForceInTheScenarioYearAreIgnored() {
        Treaty future = Treaty.builder().id("F").name("Future")
                .members(List.of(Membership.of("AAA", Obligation.DEFENSE), Membership.of("BBB", Obligation.DEFENSE)))
                .signed(LocalDate.of(2010, 1, 1)).source("src").build();
        Treaty past = Treaty.builder().id("P").name("Past")
                .members(List.of(Membership.of("AAA", Obligation.CONSULTATION), Membership.of("CCC", Obligation.CONSULTATION)))
                .signed(LocalDate.of(1950, 1, 1)).ended(LocalDate.of(1999, 12, 31)).source("src").build();
        Treaty endsThisYear = Treaty.builder().id("E").name("Ends")
                .members(List.of(Membership.of("BBB", Obligation.NEUTRALITY), Membership.of("CCC", Obligation.NEUTRALITY)))
                .milinst(1).signed(LocalDate.of(1950, 1, 1)).ended(LocalDate.of(2000, 3, 1)).source("src").build();
        AllianceNetwork n = new AllianceNetwork(scenario(state("AAA", 10, 5), state("BBB", 20, 2), state("CCC", 30, 1))
                .treaty(future, past, endsThisYear).year(2000).build());
        assertThat(n.tie("AAA", "BBB")).isEmpty();
        assertThat(n.tie("BBB", "AAA")).isEmpty();
        assertThat(n.tie("AAA", "CCC")).isEmpty();
        assertThat(n.affinity("AAA", "BBB")).isZero();
        assertThat(n.affinity("AAA", "CCC")).isZero();
        assertThat(n.hubs()).isEmpty();
        assertThat(n.treaties()).extracting(Treaty::id).containsExactly("E");
        assertThat(n.tie("BBB", "CCC")).get().extracting(Tie::obligation).isEqualTo(Obligation.NEUTRALITY);
        assertThat(n.iota(n.indexOf("BBB"), n.indexOf("CCC"))).isEqualTo(0.5);
        assertThat(n.ties()).hasSize(2);

        AllianceNetwork later = new AllianceNetwork(scenario(state("AAA", 10, 5), state("BBB", 20, 2), state("CCC", 30, 1))
                .treaty(future, past, endsThisYear).year(2010).build());
        assertThat(later.tie("AAA", "BBB")).get().extracting(Tie::obligation).isEqualTo(Obligation.DEFENSE);
        assertThat(later.tie("BBB", "CCC")).isEmpty();
    }

    @Test
    void severalTreatiesBetweenTheSamePairKeepTheStrongestObligationAndLargestIota() {
        AllianceNetwork n = new AllianceNetwork(scenario(state("AAA", 10, 5), state("BBB", 20, 2))
                .treaty(bilateral("C", "AAA", Obligation.CONSULTATION, "BBB", Obligation.CONSULTATION, flags(true, true, true, false)),
                        bilateral("D", "AAA", Obligation.DEFENSE, "BBB", Obligation.NEUTRALITY, flags(true, false, false, false)))
                .build());
        Tie ab = n.tie("AAA", "BBB").orElseThrow();
        assertThat(ab.obligation()).isEqualTo(Obligation.DEFENSE);
        assertThat(ab.iota()).isEqualTo(0.75);
        assertThat(n.tie("BBB", "AAA").orElseThrow().obligation()).isEqualTo(Obligation.CONSULTATION);
        assertThat(n.affinity("AAA", "BBB")).isCloseTo(0.6 + 0.2 * 0.75, within(EPS));
        assertThat(n.affinity("BBB", "AAA")).isCloseTo(0.2 + 0.2 * 0.75, within(EPS));
    }

    @Test
    void aMemberOwingSeveralObligationsGivesTheHighestRankedToTheTie() {
        AllianceNetwork n = new AllianceNetwork(scenario(state("AAA", 10, 5), state("BBB", 20, 2), state("CCC", 30, 1))
                .treaty(treaty("M", Institutions.NONE, false,
                        Membership.of("AAA", Obligation.OFFENSE, Obligation.CONSULTATION),
                        Membership.of("BBB", Obligation.OFFENSE, Obligation.DEFENSE),
                        Membership.of("CCC", Obligation.NONAGGRESSION, Obligation.NEUTRALITY)))
                .build());
        assertThat(n.tie("AAA", "BBB").orElseThrow().obligation()).isEqualTo(Obligation.OFFENSE);
        assertThat(n.tie("AAA", "CCC").orElseThrow().obligation()).isEqualTo(Obligation.OFFENSE);
        assertThat(n.tie("BBB", "AAA").orElseThrow().obligation()).isEqualTo(Obligation.DEFENSE);
        assertThat(n.tie("CCC", "BBB").orElseThrow().obligation()).isEqualTo(Obligation.NEUTRALITY);
    }

    /**
     * One component: BIG (c=5) guarantees MID; MID (c=2) guarantees S2, S3, S4. Scores c*out-degree:
     * BIG 5*1 = 5, MID 2*3 = 6, so MID is the hub and BIG, though stronger, one of its spokes.
     * A second component: XXX and YYY (c=1 each) in mutual defense, tie broken by id.
     */
    private static Scenario hubCase() {
        return scenario(state("BIG", 1, 5), state("MID", 2, 2), state("STW", 3, 1), state("STH", 4, 1), state("SFR", 5, 1),
                state("YYY", 6, 1), state("XXX", 7, 1), state("LON", 8, 9))
                .treaty(bilateral("B-M", "BIG", Obligation.DEFENSE, "MID", Obligation.NONE, Institutions.NONE),
                        bilateral("M-2", "MID", Obligation.DEFENSE, "STW", Obligation.NONE, Institutions.NONE),
                        bilateral("M-3", "MID", Obligation.DEFENSE, "STH", Obligation.NONE, Institutions.NONE),
                        bilateral("M-4", "MID", Obligation.DEFENSE, "SFR", Obligation.CONSULTATION, Institutions.NONE),
                        bilateral("X-Y", "XXX", Obligation.DEFENSE, "YYY", Obligation.DEFENSE, Institutions.NONE),
                        bilateral("L-B", "LON", Obligation.CONSULTATION, "BIG", Obligation.CONSULTATION, Institutions.NONE))
                .build();
    }

    @Test
    void hubIsTheLargestCapabilityTimesDefenseOutDegreeInEachComponent() {
        AllianceNetwork n = new AllianceNetwork(hubCase());
        assertThat(n.hubs()).containsOnlyKeys("MID", "XXX");
        assertThat(n.spokesOf("MID")).containsExactlyInAnyOrder("BIG", "STW", "STH", "SFR");
        assertThat(n.spokesOf("XXX")).containsExactly("YYY");
        for (String s : List.of("BIG", "MID", "STW", "STH", "SFR")) {
            assertThat(n.hubOf(s)).contains("MID");
        }
        assertThat(n.hubOf("YYY")).contains("XXX");
        // consultation does not join the defense graph: LON has no hub
        assertThat(n.hubOf("LON")).isEmpty();
        assertThat(n.hubOfSpoke("BIG")).contains("MID");
        assertThat(n.hubOfSpoke("MID")).isEmpty();
        assertThat(n.isSpokeOf("STW", "MID")).isTrue();
        assertThat(n.isSpokeOf("YYY", "MID")).isFalse();
        assertThat(n.spokesOf("LON")).isEmpty();
    }

    @Test
    void namedHubAndSpokesOverrideDetection() {
        Scenario named = named("BIG", List.of("MID", "STW"));
        AllianceNetwork n = new AllianceNetwork(named);
        assertThat(n.hubs()).containsOnlyKeys("BIG", "XXX");
        assertThat(n.spokesOf("BIG")).containsExactly("MID", "STW");
        assertThat(n.hubOfSpoke("STW")).contains("BIG");
        assertThat(n.hubOfSpoke("STH")).isEmpty();
        assertThat(n.hubOf("STH")).contains("BIG");

        // a named hub without named spokes gets its defense partners
        Scenario hubOnly = named("BIG", List.of());
        assertThat(new AllianceNetwork(hubOnly).spokesOf("BIG")).containsExactly("MID");

        // a named hub outside any defense component still gets its named spokes
        Scenario lonely = named("LON", List.of("BIG"));
        AllianceNetwork l = new AllianceNetwork(lonely);
        assertThat(l.spokesOf("LON")).containsExactly("BIG");
        assertThat(l.hubOf("LON")).contains("LON");
    }

    /** The hub case with a named hub and spokes and nothing else. */
    private static Scenario named(String hub, List<String> spokes) {
        return Scenario.builder().name("named").year(2000).states(hubCase().states()).treaties(hubCase().treaties())
                .hub(hub).spokes(spokes).build();
    }

    @Test
    void hubTieIsBrokenByCapabilityThenId() {
        AllianceNetwork n = new AllianceNetwork(scenario(state("BBB", 1, 2), state("AAA", 2, 1), state("CCC", 3, 1))
                // BBB: 2*1 = 2; AAA: 1*2 = 2 -> tie, BBB has the larger capability
                .treaty(bilateral("AB", "AAA", Obligation.DEFENSE, "BBB", Obligation.DEFENSE, Institutions.NONE),
                        bilateral("AC", "AAA", Obligation.DEFENSE, "CCC", Obligation.NONE, Institutions.NONE))
                .build());
        assertThat(n.hubs()).containsOnlyKeys("BBB");
        assertThat(n.spokesOf("BBB")).containsExactly("AAA");
    }

    @Test
    void amendmentsAdjustRemoveAndCreateTiesInOrder() {
        Scenario base = affinityCase();
        Scenario amended = base.amended("test", List.of(
                new Amendment.AdjustTie("AAA", "BBB", 0.75, null, 1.5, "t"),
                new Amendment.AdjustTie("AAA", "BBB", 0.0, null, 2.0, "t"),
                new Amendment.RemoveTie("BBB", "AAA", "t"),
                new Amendment.AdjustTie("DDD", "BBB", 0.25, Obligation.DEFENSE, 1.0, "t"),
                new Amendment.AddTreaty(bilateral("CE", "CCC", Obligation.CONSULTATION, "EEE", Obligation.CONSULTATION, Institutions.NONE), "t")));
        AllianceNetwork n = new AllianceNetwork(amended);
        Tie ab = n.tie("AAA", "BBB").orElseThrow();
        assertThat(ab.iota()).isEqualTo(1.0); // 0.5 + 0.75 capped
        assertThat(ab.pledge()).isEqualTo(3.0); // 1.5 * 2
        assertThat(n.pledge(n.indexOf("AAA"), n.indexOf("BBB"))).isEqualTo(3.0);
        assertThat(n.tie("BBB", "AAA")).isEmpty();
        assertThat(n.affinity("BBB", "AAA")).isZero();
        Tie db = n.tie("DDD", "BBB").orElseThrow();
        assertThat(db.obligation()).isEqualTo(Obligation.DEFENSE);
        assertThat(db.iota()).isEqualTo(0.25);
        assertThat(n.affinity("DDD", "BBB")).isCloseTo(0.65, within(EPS));
        assertThat(n.tie("CCC", "EEE").orElseThrow().obligation()).isEqualTo(Obligation.CONSULTATION);
        assertThat(n.treaties()).extracting(Treaty::id).containsExactly("AB", "AC", "CE");
    }

    @Test
    void unknownStateLookupNamesTheKnownStates() {
        AllianceNetwork n = new AllianceNetwork(affinityCase());
        assertThatThrownBy(() -> n.indexOf("ZZZ")).hasMessageContaining("unknown state 'ZZZ'").hasMessageContaining("AAA, BBB");
    }
    /**
     * Shared rivals are computed from each state's rivals (issue #14: the test of every state as a
     * common rival of every pair was n^3, a second per network at 999 states). On 300 states with
     * 400 random rivalries, seed 14, every pair must still agree with the definition (A3): j != t
     * and some r with r-j and r-t rivalries; and every treaty pair must carry the members' tie.
     */
    @Test
    void sharedRivalsAndTreatyTiesAgreeWithTheirDefinitionsOnALargeRandomNetwork() {
        int n = 300;
        java.util.Random rng = new java.util.Random(14);
        io.spokes.core.domain.State[] states = new io.spokes.core.domain.State[n];
        for (int i = 0; i < n; i++) {
            states[i] = state("" + (char) ('A' + i / 676) + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26), i + 1, 1 + rng.nextInt(100));
        }
        var builder = scenario(states);
        boolean[][] rival = new boolean[n][n];
        for (int k = 0; k < 400; k++) {
            int a = rng.nextInt(n);
            int b = rng.nextInt(n);
            if (a != b && !rival[a][b]) {
                rival[a][b] = true;
                rival[b][a] = true;
                builder.rivalry(states[a].id(), states[b].id());
            }
        }
        Membership[] bloc = new Membership[40];
        for (int k = 0; k < bloc.length; k++) {
            bloc[k] = Membership.of(states[k * 7].id(), k % 3 == 0 ? Obligation.DEFENSE : Obligation.CONSULTATION);
        }
        builder.treaty(treaty("BLOC", Institutions.NONE, false, bloc));
        AllianceNetwork network = new AllianceNetwork(builder.build());
        int shared = 0;
        for (int j = 0; j < n; j++) {
            for (int t = 0; t < n; t++) {
                boolean expected = false;
                for (int r = 0; r < n && !expected; r++) {
                    expected = j != t && r != j && r != t && rival[j][r] && rival[t][r];
                }
                assertThat(network.sharesRival(network.indexOf(states[j].id()), network.indexOf(states[t].id())))
                        .as("%s-%s", states[j].id(), states[t].id()).isEqualTo(expected);
                shared += expected ? 1 : 0;
            }
        }
        assertThat(shared).as("the random case has shared rivals to find").isGreaterThan(500);
        for (Membership from : bloc) {
            for (Membership to : bloc) {
                if (from != to) {
                    assertThat(network.obligation(network.indexOf(from.state()), network.indexOf(to.state())))
                            .isEqualTo(from.tieObligation());
                }
            }
        }
        assertThat(network.ties()).hasSize(40 * 39);
    }

    /** A guarantee: GUA owes BEN defense, BEN owes nothing; a third member THR is owed nothing by GUA. */
    @Test
    void aGuaranteeFromAToBGivesTheTieAToBOnly() {
        Membership gua = new Membership("GUA", java.util.Set.of(Obligation.DEFENSE, Obligation.CONSULTATION), java.util.Map.of(),
                java.util.Map.of(Obligation.DEFENSE, java.util.Set.of("BEN")));
        Scenario s = scenario(state("GUA", 2, 4), state("BEN", 732, 1), state("THR", 740, 1))
                .treaty(treaty("G", flags(false, true, false, false), false, gua, Membership.of("BEN", Obligation.NONE),
                        Membership.of("THR", Obligation.NONE)))
                .build();
        AllianceNetwork n = new AllianceNetwork(s);
        assertThat(n.tie("GUA", "BEN")).isPresent();
        assertThat(n.tie("GUA", "BEN").orElseThrow().owes(Obligation.DEFENSE)).isTrue();
        assertThat(n.tie("BEN", "GUA")).isEmpty();
        // GUA owes THR consultation (to every member) but not defense
        assertThat(n.tie("GUA", "THR").orElseThrow().owes(Obligation.DEFENSE)).isFalse();
        assertThat(n.tie("GUA", "THR").orElseThrow().obligation()).isEqualTo(Obligation.CONSULTATION);
        assertThat(n.tie("THR", "GUA")).isEmpty();
        assertThat(n.tie("BEN", "THR")).isEmpty();
        assertThat(n.proteges(n.indexOf("GUA"))).containsExactly(n.indexOf("BEN"));
        assertThat(n.proteges(n.indexOf("BEN"))).isEmpty();
        // affinity follows the direction: defense + iota 0.25 (bases) one way, nothing back
        assertThat(n.affinity("GUA", "BEN")).isCloseTo(0.6 + 0.2 * 0.25, within(EPS));
        assertThat(n.affinity("BEN", "GUA")).isZero();
        // the guarantor is the hub of the defense component, BEN its spoke
        assertThat(n.hubOf("BEN")).contains("GUA");
        assertThat(n.spokesOf("GUA")).containsExactly("BEN");
    }
}
