package io.spokes.core.policy;

import io.spokes.core.crisis.CrisisResult;
import io.spokes.core.crisis.CrisisSolver;
import io.spokes.core.domain.Coordination;
import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Institutions;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.Treaty;
import io.spokes.core.network.AllianceNetwork;
import io.spokes.core.network.Tie;
import io.spokes.core.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.spokes.core.Fixtures.bilateral;
import static io.spokes.core.Fixtures.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

class ArchitectureTest {
    private static final double EPS = 1e-12;
    private static final List<String> SPOKES = List.of("SPA", "SPB", "SPC");

    private static Tie tie(AllianceNetwork n, String from, String to) {
        return n.tie(from, to).orElseThrow(() -> new AssertionError("no tie " + from + "->" + to));
    }

    private static void assertHubTiesAsInBaseline(AllianceNetwork n, AllianceNetwork base) {
        for (String s : SPOKES) {
            assertThat(n.tie("HUB", s)).isEqualTo(base.tie("HUB", s));
            assertThat(n.tie(s, "HUB")).isEqualTo(base.tie(s, "HUB"));
        }
    }

    @Test
    void hubSpokeRemovesSpokeToSpokeTiesOnly() {
        Scenario base = HubSystems.eastAsia();
        AllianceNetwork before = new AllianceNetwork(base);
        assertThat(before.tie("SPA", "SPB")).isPresent();
        Scenario s = Architecture.HUB_SPOKE.apply(base);
        assertThat(s.transforms()).containsExactly("architecture(hub-spoke)");
        AllianceNetwork n = new AllianceNetwork(s);
        for (String a : SPOKES) {
            for (String b : SPOKES) {
                if (!a.equals(b)) {
                    assertThat(n.tie(a, b)).as(a + "->" + b).isEmpty();
                }
            }
        }
        assertHubTiesAsInBaseline(n, before);
        // with the consultation tie gone, SPA values SPB only through their shared rival
        assertThat(n.affinity("SPA", "SPB")).isCloseTo(0.1, within(EPS));
        assertThat(n.hubs()).containsOnlyKeys("HUB");
        assertThat(n.spokesOf("HUB")).containsExactly("SPA", "SPB", "SPC");
    }

    @Test
    void latticeAddsConsultationAmongAllSpokes() {
        Scenario base = HubSystems.eastAsia();
        AllianceNetwork n = new AllianceNetwork(Architecture.LATTICE.apply(base));
        for (String a : SPOKES) {
            for (String b : SPOKES) {
                if (!a.equals(b)) {
                    Tie t = tie(n, a, b);
                    assertThat(t.obligation()).as(a + "->" + b).isEqualTo(Obligation.CONSULTATION);
                    // from the hub-spoke baseline: the old SPA-SPB iota (0.25) is gone, the lattice adds none
                    assertThat(t.iota()).isZero();
                }
            }
        }
        assertThat(n.affinity("SPA", "SPB")).isCloseTo(0.2 + 0.1, within(EPS));
        assertThat(n.affinity("SPA", "SPC")).isCloseTo(0.2, within(EPS));
        assertHubTiesAsInBaseline(n, new AllianceNetwork(base));
        assertThat(n.treaties()).extracting(Treaty::id).contains("lattice-HUB");
    }

    @Test
    void collectiveAddsDefenseOnEveryPairRaisesIotaAndTheCoordinationWeight() {
        Scenario base = HubSystems.eastAsia();
        Scenario s = Architecture.COLLECTIVE.apply(base);
        AllianceNetwork n = new AllianceNetwork(s);
        List<String> all = List.of("HUB", "SPA", "SPB", "SPC");
        for (String a : all) {
            for (String b : all) {
                if (!a.equals(b)) {
                    assertThat(tie(n, a, b).obligation()).as(a + "->" + b).isEqualTo(Obligation.DEFENSE);
                }
            }
        }
        // iota = min(1, baseline iota + 0.25) on every pair; spoke-spoke ties start from the hub-spoke baseline (none)
        assertThat(tie(n, "HUB", "SPA").iota()).isCloseTo(0.5, within(EPS));
        assertThat(tie(n, "SPA", "HUB").iota()).isCloseTo(0.5, within(EPS));
        assertThat(tie(n, "HUB", "SPB").iota()).isCloseTo(0.75, within(EPS));
        assertThat(tie(n, "SPB", "HUB").iota()).isCloseTo(0.75, within(EPS));
        assertThat(tie(n, "HUB", "SPC").iota()).isCloseTo(0.25, within(EPS));
        assertThat(tie(n, "SPA", "SPB").iota()).isCloseTo(0.25, within(EPS));
        assertThat(tie(n, "SPC", "SPB").iota()).isCloseTo(0.25, within(EPS));
        Treaty collective = n.treaties().stream().filter(t -> t.id().equals("collective-HUB")).findFirst().orElseThrow();
        assertThat(collective.institutions().integratedCommand()).isTrue();
        assertThat(collective.members()).hasSize(4);

        // Model v2 (change C10): w = max over treaties holding SPA and its obligated defenders of
        // min(1, iota + 0.5 [integrated command or consultation body]). Baseline: only HA (bases, iota
        // 0.25) holds SPA and HUB, so w = 0.25. Collective: its treaty holds all four, has an integrated
        // command and iota 0 (its institutionalization is put on the ties), so w = 0.5.
        CrisisResult baseline = new CrisisSolver(base, 1L).solve("CHA", "SPA");
        assertThat(baseline.coordinationWeight()).isEqualTo(0.25);
        assertThat(baseline.selected()).isEqualTo(Coordination.AUTO);
        assertThat(baseline.selectionRule()).contains("'HA'");
        CrisisResult r = new CrisisSolver(s, 1L).solve("CHA", "SPA");
        assertThat(r.coordinationWeight()).isEqualTo(0.5);
        assertThat(r.selectionRule()).contains("collective-HUB");
        assertThat(r.abandonment()).containsOnlyKeys("HUB", "SPB", "SPC");
        assertThat(r.transforms()).containsExactly("architecture(collective)");
        assertThat(r.candidates()).allSatisfy(c -> assertThat(c.q())
                .isCloseTo(0.5 * r.upper().q().get(c.state()) + 0.5 * r.lower().q().get(c.state()), within(1e-15)));
    }

    @Test
    void collectiveOfAHubWithOneSpokeCoordinatesAsABilateralTreaty() {
        Scenario s = Fixtures.scenario(state("HUB", 2, 4), state("SPK", 732, 1), state("CHA", 710, 2))
                .treaty(bilateral("HS", "HUB", Obligation.DEFENSE, "SPK", Obligation.DEFENSE, Institutions.NONE))
                .build();
        CrisisResult r = new CrisisSolver(Architecture.COLLECTIVE.apply(s), 1L).solve("CHA", "SPK");
        // Model v2 (change C10): bilateral treaties count too (Morrow 2000; Leeds and Anac 2005), so the
        // two-member collective treaty with its integrated command gives w = min(1, 0 + 0.5); HS alone gave 0.
        assertThat(new CrisisSolver(s, 1L).solve("CHA", "SPK").coordinationWeight()).isZero();
        assertThat(r.coordinationWeight()).isEqualTo(0.5);
    }

    @Test
    void noneRemovesHubTiesAndAffinitySoTheHubIsNoCandidate() {
        Scenario base = HubSystems.eastAsia();
        CrisisResult baseline = new CrisisSolver(base, 1L).solve("CHA", "SPA");
        assertThat(baseline.candidate("HUB")).isPresent();
        assertThat(baseline.hub()).isEqualTo("HUB");
        assertThat(baseline.hubAbandonment()).isPresent();

        Scenario s = Architecture.NONE.apply(base);
        assertThat(s.transforms()).containsExactly("architecture(none)");
        AllianceNetwork n = new AllianceNetwork(s);
        for (String spoke : SPOKES) {
            assertThat(n.tie("HUB", spoke)).isEmpty();
            assertThat(n.tie(spoke, "HUB")).isEmpty();
            // HUB and SPA/SPB share the rival CHA, yet their affinity is 0
            assertThat(n.affinity("HUB", spoke)).isZero();
            assertThat(n.affinity(spoke, "HUB")).isZero();
        }
        assertThat(n.tie("SPA", "SPB")).isEmpty();
        assertThat(n.hubs()).isEmpty();

        CrisisResult r = new CrisisSolver(s, 1L).solve("CHA", "SPA");
        assertThat(r.candidate("HUB")).isEmpty();
        assertThat(r.hubAbandonment()).isEmpty();
        // SPB still values SPA through the shared rival and stays a candidate
        assertThat(r.candidate("SPB")).isPresent();
        assertThat(r.transforms()).containsExactly("architecture(none)");
    }

    @Test
    void noneWithANamedHubKeepsTheNamesButNotTheTies() {
        Scenario base = HubSystems.eastAsia();
        Scenario named = base.toBuilder().hub("HUB").spokes(SPOKES).build();
        CrisisResult r = new CrisisSolver(Architecture.NONE.apply(named), 1L).solve("CHA", "SPB");
        assertThat(r.hub()).isEqualTo("HUB");
        assertThat(r.candidate("HUB")).isEmpty();
        assertThat(r.hubAbandonment()).isEmpty();
    }

    @Test
    void architecturesStartFromTheSameBaselineAndAreRecorded() {
        Scenario base = HubSystems.eastAsia();
        for (Architecture a : Architecture.values()) {
            Scenario s = a.apply(base);
            assertThat(s.transforms()).containsExactly("architecture(" + a.code() + ")");
            assertThat(Architecture.parse(a.code())).isEqualTo(a);
            assertThat(a.annualCost(base)).isZero();
            // base scenario untouched
            assertThat(base.amendments()).isEmpty();
        }
        assertThat(Architecture.parse(" Hub-Spoke ")).isEqualTo(Architecture.HUB_SPOKE);
        FieldException e = catchThrowableOfType(FieldException.class, () -> Architecture.parse("star"));
        assertThat(e.field()).isEqualTo("architecture");
        assertThat(e.getMessage()).contains("'star'").contains("hub-spoke, lattice, collective or none");
    }

    @Test
    void anArchitectureNeedsAHubSystem() {
        Scenario s = Fixtures.scenario(state("AAA", 2, 4), state("BBB", 732, 1)).build();
        FieldException e = catchThrowableOfType(FieldException.class, () -> Architecture.LATTICE.apply(s));
        assertThat(e.field()).isEqualTo("hub");
        assertThat(e.getMessage()).contains("no defense ties");
    }

    /** A pact with a consultation body binding two spokes raises the coordination weight; "bilateral hub ties only" must not. */
    @Test
    void hubSpokeBilateralizesMultilateralTreatiesOfTheSpokes() {
        Treaty pact = Fixtures.treaty("PACT", Institutions.NONE, true,
                io.spokes.core.domain.Membership.of("HUB", Obligation.CONSULTATION),
                io.spokes.core.domain.Membership.of("SPA", Obligation.CONSULTATION),
                io.spokes.core.domain.Membership.of("SPB", Obligation.CONSULTATION));
        Scenario base = Fixtures.scenario(io.spokes.core.Fixtures.nuclear("HUB", 2, 4), state("SPA", 732, 1), state("SPB", 740, 0.8),
                        io.spokes.core.Fixtures.nuclear("CHA", 710, 2))
                .treaty(bilateral("HA", "HUB", Obligation.DEFENSE, "SPA", Obligation.DEFENSE, Institutions.NONE),
                        bilateral("HB", "HUB", Obligation.DEFENSE, "SPB", Obligation.DEFENSE, Institutions.NONE), pact)
                .hub("HUB", "SPA", "SPB").name("pact").build();
        // PACT's consultation body: w = min(1, 0 + 0.5) (model v2, change C10); a bilateralized treaty does not qualify
        assertThat(new CrisisSolver(base, 1).solve("CHA", "SPA").coordinationWeight()).isEqualTo(0.5);
        for (Architecture a : List.of(Architecture.HUB_SPOKE, Architecture.LATTICE, Architecture.NONE)) {
            Scenario changed = a.apply(base);
            AllianceNetwork n = new AllianceNetwork(changed);
            assertThat(n.treaties()).as(a.code()).extracting(Treaty::id).doesNotContain("PACT");
            assertThat(n.tie("HUB", "SPA")).as(a.code()).isEqualTo(a == Architecture.NONE ? java.util.Optional.empty() : new AllianceNetwork(base).tie("HUB", "SPA"));
            CrisisResult r = new CrisisSolver(changed, 1).solve("CHA", "SPA");
            assertThat(r.selected()).as(a.code()).isEqualTo(Coordination.LOWER);
        }
        assertThat(new CrisisSolver(Architecture.COLLECTIVE.apply(base), 1).solve("CHA", "SPA").coordinationWeight()).isEqualTo(0.5);
    }
}
