package io.spokes.core.domain;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class MembershipTest {

    @Test
    void tieObligationRanksDefenseOffenseConsultationNeutralityNonaggression() {
        assertThat(Membership.of("USA", Obligation.OFFENSE, Obligation.DEFENSE).tieObligation()).isEqualTo(Obligation.DEFENSE);
        assertThat(Membership.of("USA", Obligation.OFFENSE, Obligation.CONSULTATION).tieObligation()).isEqualTo(Obligation.OFFENSE);
        assertThat(Membership.of("USA", Obligation.NONAGGRESSION, Obligation.NEUTRALITY, Obligation.CONSULTATION).tieObligation())
                .isEqualTo(Obligation.CONSULTATION);
        assertThat(Membership.of("USA", Obligation.NONAGGRESSION, Obligation.NEUTRALITY).tieObligation()).isEqualTo(Obligation.NEUTRALITY);
        assertThat(Membership.of("USA", Obligation.NONAGGRESSION).tieObligation()).isEqualTo(Obligation.NONAGGRESSION);
        assertThat(Membership.of("USA", Obligation.NONE).tieObligation()).isEqualTo(Obligation.NONE);
    }

    @Test
    void obligationsAreCopiedAndImmutable() {
        Membership m = Membership.of("JPN", Obligation.CONSULTATION);
        assertThat(m.obligations()).containsExactly(Obligation.CONSULTATION);
        assertThatThrownBy(() -> m.obligations().add(Obligation.DEFENSE)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void noneCannotBeCombinedAndSomeObligationIsRequired() {
        FieldException mixed = catchThrowableOfType(FieldException.class, () -> Membership.of("JPN", Obligation.NONE, Obligation.DEFENSE));
        assertThat(mixed.field()).isEqualTo("obligations");
        assertThat(mixed.getMessage()).contains("JPN").contains("'none'");
        FieldException empty = catchThrowableOfType(FieldException.class, () -> new Membership("JPN", Set.of()));
        assertThat(empty.field()).isEqualTo("obligations");
        assertThat(empty.getMessage()).contains("[none]");
        FieldException noState = catchThrowableOfType(FieldException.class, () -> Membership.of(" ", Obligation.DEFENSE));
        assertThat(noState.field()).isEqualTo("state");
    }

    @Test
    void obligationCodesParseWithAtopAliases() {
        assertThat(Obligation.parse(" Defense ")).isEqualTo(Obligation.DEFENSE);
        assertThat(Obligation.parse("neutral")).isEqualTo(Obligation.NEUTRALITY);
        assertThat(Obligation.parse("nonagg")).isEqualTo(Obligation.NONAGGRESSION);
        assertThat(Obligation.parse("consul")).isEqualTo(Obligation.CONSULTATION);
        assertThatThrownBy(() -> Obligation.parse("alliance"))
                .hasMessageContaining("unknown obligation 'alliance'")
                .hasMessageContaining("defense, offense");
        assertThat(Obligation.DEFENSE.isMilitary()).isTrue();
        assertThat(Obligation.OFFENSE.isMilitary()).isTrue();
        assertThat(Obligation.CONSULTATION.isMilitary()).isFalse();
    }
}
