package io.spokes.core.domain;

import io.spokes.core.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.spokes.core.Fixtures.bilateral;
import static io.spokes.core.Fixtures.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ScenarioTest {
    private static final State USA = state("USA", 2, 0.14);
    private static final State KOR = state("KOR", 732, 0.02);
    private static final State PRK = state("PRK", 731, 0.01);

    private static Scenario scenario(List<State> states, List<Treaty> treaties) {
        return Scenario.builder().name("s").year(2000).states(states).treaties(treaties).build();
    }

    /** A valid scenario of USA and KOR, to break one component at a time. */
    private static Scenario.Builder pair() {
        return Scenario.builder().name("s").year(2000).states(List.of(USA, KOR));
    }

    @Test
    void duplicateStateIsReportedAtItsIndex() {
        FieldException e = catchThrowableOfType(FieldException.class,
                () -> scenario(List.of(USA, KOR, state("KOR", 733, 0.03)), List.of()));
        assertThat(e.field()).isEqualTo("states[2].id");
        assertThat(e.getMessage()).contains("'KOR'").contains("listed twice");
    }

    @Test
    void duplicateCowCodeIsReported() {
        FieldException e = catchThrowableOfType(FieldException.class,
                () -> scenario(List.of(USA, KOR, state("ROK", 732, 0.03)), List.of()));
        assertThat(e.field()).isEqualTo("states[2].cow");
        assertThat(e.getMessage()).contains("732").contains("ROK");
    }

    @Test
    void treatyNamingAnUnknownStateGivesTheFullFieldPath() {
        Treaty t = bilateral("US-JP", "USA", Obligation.DEFENSE, "JPN", Obligation.NONE, Institutions.NONE);
        FieldException e = catchThrowableOfType(FieldException.class, () -> scenario(List.of(USA, KOR), List.of(t)));
        assertThat(e.field()).isEqualTo("treaties[0].members[1].state");
        assertThat(e.getMessage()).contains("treaty 'US-JP'").contains("unknown state 'JPN'");
    }

    @Test
    void unknownStatesElsewhereAreReportedWithTheirPaths() {
        FieldException rivalry = catchThrowableOfType(FieldException.class, () -> pair()
                .rivalries(List.of(Fixtures.rivalry("USA", "CHN"))).build());
        assertThat(rivalry.field()).isEqualTo("rivalries[0].states[1]");
        assertThat(rivalry.getMessage()).contains("'CHN'");

        FieldException affinity = catchThrowableOfType(FieldException.class, () -> pair()
                .affinities(List.of(new AffinityOverride("CHN", "KOR", 0.5, ""))).build());
        assertThat(affinity.field()).isEqualTo("affinities[0].from");

        FieldException hub = catchThrowableOfType(FieldException.class, () -> pair().hub("GBR").build());
        assertThat(hub.field()).isEqualTo("hub");
        assertThat(hub.getMessage()).contains("unknown state 'GBR'");

        FieldException crisis = catchThrowableOfType(FieldException.class, () -> pair()
                .crises(List.of(Crisis.of("PRK", "KOR"))).build());
        assertThat(crisis.field()).isEqualTo("crises[0].challenger");

        FieldException amendment = catchThrowableOfType(FieldException.class, () -> pair()
                .amendments(List.of(new Amendment.RemoveTie("USA", "JPN", "x"))).build());
        assertThat(amendment.field()).isEqualTo("amendments[0].to");
    }

    @Test
    void hubAndSpokesAreChecked() {
        FieldException self = catchThrowableOfType(FieldException.class, () -> pair()
                .hub("USA").spokes(List.of("KOR", "USA")).build());
        assertThat(self.field()).isEqualTo("spokes[1]");
        assertThat(self.getMessage()).contains("cannot also be its own spoke");

        FieldException noHub = catchThrowableOfType(FieldException.class, () -> pair()
                .spokes(List.of("KOR")).build());
        assertThat(noHub.field()).isEqualTo("hub");
        assertThat(noHub.getMessage()).contains("hub must be named");
    }

    @Test
    void nameYearAndStateCountAreChecked() {
        FieldException name = catchThrowableOfType(FieldException.class, () -> pair().name("bad name/").build());
        assertThat(name.field()).isEqualTo("name");
        FieldException year = catchThrowableOfType(FieldException.class, () -> pair().year(1700).build());
        assertThat(year.field()).isEqualTo("year");
        assertThat(year.getMessage()).contains("1816").contains("1700");
        FieldException one = catchThrowableOfType(FieldException.class, () -> scenario(List.of(USA), List.of()));
        assertThat(one.field()).isEqualTo("states");
        assertThat(one.getMessage()).contains("at least two states");
    }

    @Test
    void crisisAndOverridesValidateTheirOwnFields() {
        FieldException same = catchThrowableOfType(FieldException.class, () -> Crisis.of("KOR", "KOR"));
        assertThat(same.field()).isEqualTo("target");
        assertThat(Crisis.of("PRK", "KOR").label()).isEqualTo("PRK vs KOR");
        FieldException value = catchThrowableOfType(FieldException.class, () -> new AffinityOverride("USA", "KOR", 1.5, null));
        assertThat(value.field()).isEqualTo("value");
        assertThat(value.getMessage()).contains("[0, 1]").contains("1.5");
        assertThatThrownBy(() -> new Rivalry("USA", "USA", "x")).isInstanceOf(FieldException.class).hasMessageContaining("two different states");
    }

    @Test
    void fieldExceptionPathsComposeUnderAPrefix() {
        FieldException e = new FieldException("members[1].state", "m");
        assertThat(e.under("treaties[0]").field()).isEqualTo("treaties[0].members[1].state");
        assertThat(new FieldException("[2]", "m").under("spokes").field()).isEqualTo("spokes[2]");
        assertThat(new FieldException("", "m").under("hub").field()).isEqualTo("hub");
        assertThat(e.under("treaties[0]").getMessage()).isEqualTo("m");
    }

    @Test
    void treatiesInForceFollowTheYearAndAddedTreatiesFollow() {
        Treaty old = Treaty.builder().id("OLD").name("Old")
                .members(List.of(Membership.of("USA", Obligation.DEFENSE), Membership.of("KOR", Obligation.DEFENSE)))
                .signed(LocalDate.of(1960, 1, 1)).ended(LocalDate.of(1990, 1, 1)).source("src").build();
        Treaty now = bilateral("NOW", "USA", Obligation.DEFENSE, "KOR", Obligation.DEFENSE, Institutions.NONE);
        Treaty future = Treaty.builder().id("NEW").name("New")
                .members(List.of(Membership.of("USA", Obligation.DEFENSE), Membership.of("PRK", Obligation.DEFENSE)))
                .signed(LocalDate.of(2001, 1, 1)).source("src").build();
        Scenario s = scenario(List.of(USA, KOR, PRK), List.of(old, now, future));
        assertThat(s.treatiesInForce()).extracting(Treaty::id).containsExactly("NOW");
        Treaty added = bilateral("ADD", "KOR", Obligation.CONSULTATION, "PRK", Obligation.CONSULTATION, Institutions.NONE);
        Scenario amended = s.amended("policy(x)", List.of(new Amendment.AddTreaty(added, "policy(x)")));
        assertThat(amended.treatiesInForce()).extracting(Treaty::id).containsExactly("NOW", "ADD");
        assertThat(amended.transforms()).containsExactly("policy(x)");
        assertThat(amended.recordTransform("other").transforms()).containsExactly("policy(x)", "other");
        assertThat(s.transforms()).isEmpty();
        assertThat(s.amendments()).isEmpty();
    }

    @Test
    void accessorsAndWithers() {
        Scenario s = scenario(List.of(USA, KOR), List.of());
        assertThat(s.title()).isEqualTo("s");
        assertThat(s.parameters()).isEqualTo(Parameters.defaults());
        assertThat(s.stateIds()).containsExactly("USA", "KOR");
        assertThat(s.indexById()).containsEntry("KOR", 1);
        assertThat(s.capabilities()).containsExactly(org.assertj.core.api.Assertions.entry("USA", 0.14), org.assertj.core.api.Assertions.entry("KOR", 0.02));
        assertThat(s.withState(KOR.withCapability(0.5)).requireState("KOR").capability()).isEqualTo(0.5);
        FieldException unknown = catchThrowableOfType(FieldException.class, () -> s.requireState("JPN"));
        assertThat(unknown.getMessage()).contains("unknown state 'JPN'").contains("known: USA, KOR");
        assertThatThrownBy(() -> s.states().add(PRK)).isInstanceOf(UnsupportedOperationException.class);
    }
}
