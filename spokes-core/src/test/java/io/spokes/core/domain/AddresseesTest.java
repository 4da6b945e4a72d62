package io.spokes.core.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Obligations owed to named members only ({@code owes:}): what a member owes whom, and the checks. */
class AddresseesTest {

    private static Membership gbrOwesKorDefense() {
        return new Membership("GBR", Set.of(Obligation.DEFENSE, Obligation.CONSULTATION), Map.of(),
                Map.of(Obligation.DEFENSE, Set.of("KOR")));
    }

    private static Treaty treaty(Membership... members) {
        return Treaty.builder().id("GSS").name("Joint Policy Declaration").members(List.of(members))
                .signed(LocalDate.of(1953, 7, 27)).source("test fixture").build();
    }

    @Test
    void anAddressedObligationIsOwedToItsAddresseesOnlyAndTheOthersToEveryone() {
        Membership gbr = gbrOwesKorDefense();
        assertThat(gbr.owes(Obligation.DEFENSE, "KOR")).isTrue();
        assertThat(gbr.owes(Obligation.DEFENSE, "USA")).isFalse();
        assertThat(gbr.owes(Obligation.CONSULTATION, "USA")).isTrue();
        assertThat(gbr.owes(Obligation.CONSULTATION, "GBR")).isFalse();
        assertThat(gbr.owes(Obligation.OFFENSE, "KOR")).isFalse();
        assertThat(gbr.addressed()).isTrue();
        assertThat(Membership.of("USA", Obligation.DEFENSE).addressed()).isFalse();
    }

    @Test
    void anEmptyAddresseeListMeansEveryOtherMemberAsWithoutOne() {
        Membership m = new Membership("GBR", Set.of(Obligation.DEFENSE), Map.of(), Map.of(Obligation.DEFENSE, Set.of()));
        assertThat(m.addressed()).isFalse();
        assertThat(m).isEqualTo(Membership.of("GBR", Obligation.DEFENSE));
    }

    @Test
    void addresseesOfAnObligationNotOwedAreRefusedWithTheField() {
        FieldException e = catchThrowableOfType(FieldException.class, () -> new Membership("GBR", Set.of(Obligation.CONSULTATION),
                Map.of(), Map.of(Obligation.DEFENSE, Set.of("KOR"))));
        assertThat(e.field()).isEqualTo("owes.defense");
        assertThat(e.getMessage()).contains("does not owe it");
    }

    @Test
    void aMemberCannotOweItself() {
        FieldException e = catchThrowableOfType(FieldException.class, () -> new Membership("GBR", Set.of(Obligation.DEFENSE),
                Map.of(), Map.of(Obligation.DEFENSE, Set.of("GBR"))));
        assertThat(e.field()).isEqualTo("owes.defense");
        assertThat(e.getMessage()).contains("to itself");
    }

    @Test
    void addresseesMustBeMembersOfTheTreaty() {
        FieldException e = catchThrowableOfType(FieldException.class, () -> treaty(
                Membership.of("KOR", Obligation.NONE), new Membership("GBR", Set.of(Obligation.DEFENSE), Map.of(),
                        Map.of(Obligation.DEFENSE, Set.of("JPN")))));
        assertThat(e.field()).isEqualTo("members[1].owes.defense");
        assertThat(e.getMessage()).contains("'JPN', which is not a member of the treaty");
    }

    @Test
    void aTreatyWithAddresseesTiesOnlyWhereSomethingIsOwed() {
        Treaty t = treaty(Membership.of("KOR", Obligation.NONE), gbrOwesKorDefense().withAddressees(Obligation.CONSULTATION, Set.of("KOR")),
                new Membership("USA", Set.of(Obligation.DEFENSE), Map.of(), Map.of(Obligation.DEFENSE, Set.of("KOR"))));
        assertThat(t.addressed()).isTrue();
        assertThat(t.ties(t.members().get(1), "KOR")).isTrue();
        assertThat(t.ties(t.members().get(1), "USA")).isFalse();
        assertThat(t.ties(t.members().get(0), "GBR")).isFalse(); // KOR owes nothing, so a declaration ties it to no one
        Treaty mutual = treaty(Membership.of("KOR", Obligation.NONE), Membership.of("USA", Obligation.DEFENSE));
        assertThat(mutual.ties(mutual.members().get(0), "USA")).isTrue(); // without addressees: every ordered pair, as before
    }
}
