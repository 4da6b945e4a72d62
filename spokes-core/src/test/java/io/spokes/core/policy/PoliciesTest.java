package io.spokes.core.policy;

import io.spokes.core.crisis.CrisisResult;
import io.spokes.core.crisis.CrisisSolver;
import io.spokes.core.domain.Amendment;
import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Scenario;
import io.spokes.core.network.AllianceNetwork;
import io.spokes.core.network.Tie;
import io.spokes.core.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.spokes.core.Fixtures.bilateral;
import static io.spokes.core.Fixtures.flags;
import static io.spokes.core.Fixtures.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

class PoliciesTest {
    private static final double EPS = 1e-12;

    private static Tie tie(Scenario s, String from, String to) {
        return new AllianceNetwork(s).tie(from, to).orElseThrow(() -> new AssertionError("no tie " + from + "->" + to));
    }

    @Test
    void independenceMultipliesCapabilityAndReportsItsCost() {
        Scenario base = HubSystems.eastAsia();
        Independence policy = new Independence("SPA", false);
        Scenario armed = policy.apply(base);
        assertThat(armed.requireState("SPA").capability()).isCloseTo(1.5, within(EPS));
        assertThat(armed.requireState("SPA").nuclear()).isFalse();
        assertThat(armed.requireState("SPB").capability()).isEqualTo(0.8);
        assertThat(armed.transforms()).containsExactly("independence(SPA)");
        assertThat(armed.amendments()).isEmpty();
        assertThat(policy.annualCost(base)).isCloseTo(0.5 * 1.0, within(EPS));
        // the original scenario is unchanged
        assertThat(base.requireState("SPA").capability()).isEqualTo(1.0);
        assertThat(base.transforms()).isEmpty();

        CrisisResult r = new CrisisSolver(armed, 1L).solve("CHA", "SPA");
        assertThat(r.target().capability()).isCloseTo(1.5, within(EPS));
        assertThat(r.transforms()).containsExactly("independence(SPA)");
    }

    @Test
    void independenceUsesParameterGAndCanGoNuclear() {
        Scenario base = HubSystems.eastAsia();
        Scenario g = base.withParameters(base.parameters().with(Parameter.G, 0.2));
        Independence nuclear = new Independence("SPB", true);
        Scenario armed = nuclear.apply(g);
        assertThat(armed.requireState("SPB").capability()).isCloseTo(0.8 * 1.2, within(EPS));
        assertThat(armed.requireState("SPB").nuclear()).isTrue();
        assertThat(nuclear.label()).isEqualTo("independence(SPB, nuclear)");
        assertThat(nuclear.annualCost(g)).isCloseTo(0.2 * 0.8, within(EPS));
        // Model v2 (change C5): a nuclear target makes the defenders' nuclear threat credible. HUB is
        // nuclear but its treaty with SPB has no nuclear_umbrella flag, so before SPB arms there is none.
        CrisisResult before = new CrisisSolver(g, 1L).solve("CHA", "SPB");
        CrisisResult after = new CrisisSolver(armed, 1L).solve("CHA", "SPB");
        assertThat(before.expectations().nuDefenders()).isZero();
        assertThat(after.expectations().nuDefenders()).isEqualTo(1.0);
        FieldException unknown = catchThrowableOfType(FieldException.class, () -> new Independence("XXX", false).apply(base));
        assertThat(unknown.getMessage()).contains("unknown state 'XXX'");
    }

    @Test
    void independenceWithNuclearWeaponsGivesTheTargetANuclearThreat() {
        // CHA nuclear vs lone TAR: only the challenger's side holds a nuclear threat; TAR arms: both do (change C5)
        Scenario s = Fixtures.scenario(Fixtures.nuclear("CHA", 710, 2), state("TAR", 713, 1)).build();
        CrisisResult before = new CrisisSolver(s, 1L).solve("CHA", "TAR");
        assertThat(before.expectations().nuDefenders()).isZero();
        assertThat(before.expectations().nuChallengers()).isEqualTo(1.0);
        Scenario armed = new Independence("TAR", true).apply(s);
        CrisisResult r = new CrisisSolver(armed, 1L).solve("CHA", "TAR");
        assertThat(r.expectations().nuDefenders()).isEqualTo(1.0);
        assertThat(r.pChallenge()).isLessThan(before.pChallenge());
        assertThat(r.target().capability()).isEqualTo(1.5);
        assertThat(r.expectations().ep()).isCloseTo(1.5 / 3.5, within(EPS));
    }

    /**
     * Aligning SPB: iota HUB<->SPB 0.5 -> 0.75, SPB owes HUB defense, HUB's breach cost for SPB x1.5.
     * HUB's beta in a crisis over SPB: lambda_def (1 + iota) pledge + rho R_HUB, where (model v2,
     * change C8) R_HUB = 1 - (1 - a_HUB,SPA)(1 - a_HUB,SPC) with a_HUB,SPA = 0.6 + 0.2*0.25 + 0.1 = 0.75
     * and a_HUB,SPC = 0.6, i.e. 1 - 0.25*0.4 = 0.9 (unchanged).
     */
    @Test
    void alignmentRaisesIotaBothWaysSetsDefenseAndMultipliesTheHubBreachCost() {
        Scenario base = HubSystems.eastAsia();
        Alignment policy = new Alignment("SPB");
        Scenario aligned = policy.apply(base);
        assertThat(aligned.transforms()).containsExactly("alignment(SPB)");
        assertThat(policy.annualCost(base)).isZero();

        Tie hubToSpoke = tie(aligned, "HUB", "SPB");
        Tie spokeToHub = tie(aligned, "SPB", "HUB");
        assertThat(tie(base, "SPB", "HUB").obligation()).isEqualTo(Obligation.NONE);
        assertThat(hubToSpoke.iota()).isCloseTo(0.75, within(EPS));
        assertThat(spokeToHub.iota()).isCloseTo(0.75, within(EPS));
        assertThat(spokeToHub.obligation()).isEqualTo(Obligation.DEFENSE);
        assertThat(hubToSpoke.obligation()).isEqualTo(Obligation.DEFENSE);
        assertThat(hubToSpoke.pledge()).isEqualTo(1.5);
        assertThat(spokeToHub.pledge()).isEqualTo(1.0);
        // other spokes untouched
        assertThat(tie(aligned, "HUB", "SPA")).isEqualTo(tie(base, "HUB", "SPA"));

        CrisisResult.Candidate before = new CrisisSolver(base, 1L).solve("CHA", "SPB").candidate("HUB").orElseThrow();
        CrisisResult.Candidate after = new CrisisSolver(aligned, 1L).solve("CHA", "SPB").candidate("HUB").orElseThrow();
        assertThat(before.beta()).isCloseTo(0.5 * (1 + 0.5) + 0.3 * 0.9, within(EPS));
        assertThat(after.beta()).isCloseTo(0.5 * (1 + 0.75) * 1.5 + 0.3 * 0.9, within(EPS));
        // affinity follows the higher iota: 0.6 + 0.2*iota + 0.1
        assertThat(before.affinity()).isCloseTo(0.6 + 0.2 * 0.5 + 0.1, within(EPS));
        assertThat(after.affinity()).isCloseTo(0.6 + 0.2 * 0.75 + 0.1, within(EPS));
        assertThat(after.threshold()).isGreaterThan(before.threshold());
    }

    @Test
    void alignmentStillActsWhenIotaIsAlreadyOne() {
        Scenario s = Fixtures.scenario(state("HUB", 2, 4), state("SPK", 732, 1), state("CHA", 710, 2))
                .treaty(bilateral("HS", "HUB", Obligation.DEFENSE, "SPK", Obligation.DEFENSE, flags(true, true, true, true)))
                .build();
        Scenario aligned = new Alignment("SPK").apply(s);
        assertThat(tie(aligned, "HUB", "SPK").iota()).isEqualTo(1.0);
        assertThat(tie(aligned, "SPK", "HUB").iota()).isEqualTo(1.0);
        double before = new CrisisSolver(s, 1L).solve("CHA", "SPK").candidate("HUB").orElseThrow().beta();
        double after = new CrisisSolver(aligned, 1L).solve("CHA", "SPK").candidate("HUB").orElseThrow().beta();
        assertThat(before).isCloseTo(0.5 * 2, within(EPS));
        assertThat(after).isCloseTo(0.5 * 2 * 1.5, within(EPS));
        // pledges compound when alignment is applied twice; the pledge parameter is honoured
        Scenario twice = new Alignment("SPK").apply(aligned);
        assertThat(tie(twice, "HUB", "SPK").pledge()).isCloseTo(2.25, within(EPS));
        Scenario custom = s.withParameters(s.parameters().with(Parameter.PLEDGE, 2.0));
        assertThat(tie(new Alignment("SPK").apply(custom), "HUB", "SPK").pledge()).isEqualTo(2.0);
    }

    @Test
    void alignmentOfAStateThatIsNoSpokeSaysSo() {
        FieldException e = catchThrowableOfType(FieldException.class, () -> new Alignment("CHA").apply(HubSystems.eastAsia()));
        assertThat(e.field()).isEqualTo("spoke");
        assertThat(e.getMessage()).contains("'CHA' is not a spoke");
    }

    @Test
    void collaborationAddsConsultationTiesWithTheOtherSpokesAndRaisesIota() {
        Scenario base = HubSystems.eastAsia();
        Collaboration policy = new Collaboration("SPA");
        Scenario s = policy.apply(base);
        assertThat(s.transforms()).containsExactly("collaboration(SPA)");
        assertThat(s.amendments()).hasSize(6);
        assertThat(s.amendments()).filteredOn(a -> a instanceof Amendment.AddTreaty).hasSize(2);
        AllianceNetwork n = new AllianceNetwork(s);
        // SPA-SPB already consulted with iota 0.25: still consultation, iota 0.5
        assertThat(tie(s, "SPA", "SPB").obligation()).isEqualTo(Obligation.CONSULTATION);
        assertThat(tie(s, "SPA", "SPB").iota()).isCloseTo(0.5, within(EPS));
        assertThat(tie(s, "SPB", "SPA").iota()).isCloseTo(0.5, within(EPS));
        // SPA-SPC is new: consultation, iota 0 + 0.25
        assertThat(tie(s, "SPA", "SPC").obligation()).isEqualTo(Obligation.CONSULTATION);
        assertThat(tie(s, "SPA", "SPC").iota()).isCloseTo(0.25, within(EPS));
        assertThat(tie(s, "SPC", "SPA").iota()).isCloseTo(0.25, within(EPS));
        assertThat(n.affinity("SPC", "SPA")).isCloseTo(0.2 + 0.2 * 0.25, within(EPS));
        // spokes other than SPA are not linked to each other
        assertThat(n.tie("SPB", "SPC")).isEmpty();
        // hub ties untouched
        assertThat(tie(s, "HUB", "SPA")).isEqualTo(tie(base, "HUB", "SPA"));
        assertThat(policy.annualCost(base)).isZero();
    }

    @Test
    void collaborationByDefenseAndItsValidation() {
        Scenario s = new Collaboration("SPC", Obligation.DEFENSE).apply(HubSystems.eastAsia());
        assertThat(s.transforms()).containsExactly("collaboration(SPC, defense)");
        assertThat(tie(s, "SPC", "SPA").obligation()).isEqualTo(Obligation.DEFENSE);
        assertThat(tie(s, "SPA", "SPC").obligation()).isEqualTo(Obligation.DEFENSE);
        assertThat(tie(s, "SPB", "SPC").obligation()).isEqualTo(Obligation.DEFENSE);
        assertThat(tie(s, "SPB", "SPC").iota()).isCloseTo(0.25, within(EPS));
        // SPC now is an obligated defender of SPA
        CrisisResult r = new CrisisSolver(s, 1L).solve("CHA", "SPA");
        assertThat(r.candidate("SPC").orElseThrow().obligated()).isTrue();

        FieldException e = catchThrowableOfType(FieldException.class, () -> new Collaboration("SPA", Obligation.NEUTRALITY));
        assertThat(e.field()).isEqualTo("obligation");
        assertThat(e.getMessage()).contains("consultation or defense").contains("neutrality");
    }

    @Test
    void collaborationUsesTheNamedSpokes() {
        Scenario base = HubSystems.eastAsia();
        Scenario named = base.toBuilder().hub("HUB").spokes(List.of("SPA", "SPC")).build();
        Scenario s = new Collaboration("SPA").apply(named);
        AllianceNetwork n = new AllianceNetwork(s);
        assertThat(n.tie("SPA", "SPC")).isPresent();
        // SPB is not a named spoke: its existing consultation tie is not raised
        assertThat(n.tie("SPA", "SPB").orElseThrow().iota()).isCloseTo(0.25, within(EPS));
    }

    @Test
    void transformsComposeInOrderAndAreRecorded() {
        Scenario base = HubSystems.eastAsia();
        Variant v = Variant.of(Architecture.LATTICE, new Alignment("SPB"), new Independence("SPA", false));
        assertThat(v.name()).isEqualTo("lattice+alignment(SPB)+independence(SPA)");
        Scenario s = v.apply(base);
        assertThat(s.transforms()).containsExactly("architecture(lattice)", "alignment(SPB)", "independence(SPA)");
        assertThat(v.annualCost(base)).isCloseTo(0.5, within(EPS));
        CrisisResult r = new CrisisSolver(s, 1L).solve("CHA", "SPB");
        assertThat(r.transforms()).containsExactly("architecture(lattice)", "alignment(SPB)", "independence(SPA)");
        assertThat(tie(s, "HUB", "SPB").pledge()).isEqualTo(1.5);
        assertThat(tie(s, "SPA", "SPC").obligation()).isEqualTo(Obligation.CONSULTATION);
        assertThat(s.requireState("SPA").capability()).isCloseTo(1.5, within(EPS));

        // collective then alignment: the iota steps add up and are capped at 1
        Scenario stacked = Variant.of(Architecture.COLLECTIVE, new Alignment("SPB")).apply(base);
        assertThat(tie(stacked, "HUB", "SPB").iota()).isEqualTo(1.0);
        assertThat(tie(stacked, "HUB", "SPA").iota()).isCloseTo(0.5, within(EPS)); // 0.25 + collective step only
        assertThat(tie(stacked, "SPB", "HUB").iota()).isEqualTo(1.0); // 0.5 + 0.25 + 0.25

        // independence costs are measured on the scenario each transform sees
        Variant twice = Variant.of(new Independence("SPA", false), new Independence("SPA", false));
        assertThat(twice.annualCost(base)).isCloseTo(0.5 * 1.0 + 0.5 * 1.5, within(EPS));
        assertThat(twice.apply(base).requireState("SPA").capability()).isCloseTo(2.25, within(EPS));

        assertThat(Variant.baseline().apply(base)).isEqualTo(base);
        assertThat(Variant.baseline().annualCost(base)).isZero();
    }

    @Test
    void policiesByName() {
        assertThat(Policy.parse("independence").transform("SPA")).isEqualTo(new Independence("SPA", false));
        assertThat(Policy.parse(" Independence-Nuclear ").transform("SPA")).isEqualTo(new Independence("SPA", true));
        assertThat(Policy.parse("alignment").transform("SPA")).isEqualTo(new Alignment("SPA"));
        assertThat(Policy.parse("collaboration").transform("SPA")).isEqualTo(new Collaboration("SPA", Obligation.CONSULTATION));
        assertThat(Policy.parse("collaboration-defense").transform("SPA")).isEqualTo(new Collaboration("SPA", Obligation.DEFENSE));
        FieldException e = catchThrowableOfType(FieldException.class, () -> Policy.parse("appeasement"));
        assertThat(e.field()).isEqualTo("policy");
        assertThat(e.getMessage()).contains("unknown policy 'appeasement'").contains("independence, independence-nuclear, alignment");
    }

    @Test
    void collaborationWithNamedPartnersSignsOnlyWithThem() {
        Scenario base = HubSystems.eastAsia();
        Scenario all = new Collaboration("SPA").apply(base);
        Scenario one = new Collaboration("SPA", Obligation.CONSULTATION, List.of("SPB")).apply(base);
        assertThat(one.transforms()).containsExactly("collaboration(SPA; with=SPB)");
        // one pact and two tie adjustments per partner: all other spokes (SPB, SPC) against the one named
        assertThat(all.amendments()).hasSize(6);
        assertThat(one.amendments()).hasSize(3);
        assertThat(one.amendments().get(0).addedTreaty().orElseThrow().members())
                .extracting(m -> m.state()).containsExactly("SPA", "SPB");
        // a partner outside the hub's spokes: the challenger, which a spoke might court
        Scenario outside = Policy.COLLABORATION_DEFENSE.transform("SPA", List.of("SPC", "CHA")).apply(base);
        assertThat(outside.amendments()).extracting(a -> a.addedTreaty().map(t -> t.id()).orElse("-"))
                .containsExactly("SPA-SPC-collaboration", "-", "-", "SPA-CHA-collaboration", "-", "-");
        assertThat(outside.transforms()).containsExactly("collaboration(SPA, defense; with=SPC+CHA)");
        FieldException self = catchThrowableOfType(FieldException.class, () -> new Collaboration("SPA", Obligation.CONSULTATION, List.of("SPA")));
        assertThat(self.field()).isEqualTo("with");
    }
}
