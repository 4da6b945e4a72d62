package io.spokes.core.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

class TreatyTest {
    private static final LocalDate SIGNED = LocalDate.of(1953, 10, 1);
    private static final List<Membership> PAIR = List.of(Membership.of("USA", Obligation.DEFENSE), Membership.of("KOR", Obligation.DEFENSE));

    private static Treaty treaty(Institutions inst, Integer milinst, Double iota, LocalDate ended) {
        return Treaty.builder().id("US-ROK").name("Mutual Defense Treaty").members(PAIR).institutions(inst).milinst(milinst)
                .iotaOverride(iota).atopId(3255).signed(SIGNED).ended(ended).source("ATOP 5.1").build();
    }

    /** A valid treaty's components, to break one at a time. */
    private static Treaty.Builder valid() {
        return Treaty.builder().id("T").name("T").members(PAIR).signed(SIGNED).source("src");
    }

    @Test
    void iotaIsQuarterPerFlagWhenNoMilinst() {
        assertThat(treaty(Institutions.NONE, null, null, null).iota()).isEqualTo(0.0);
        assertThat(treaty(new Institutions(true, false, false, false), null, null, null).iota()).isEqualTo(0.25);
        assertThat(treaty(new Institutions(true, true, false, false), null, null, null).iota()).isEqualTo(0.5);
        assertThat(treaty(new Institutions(true, true, true, false), null, null, null).iota()).isEqualTo(0.75);
        assertThat(treaty(new Institutions(true, true, true, true), null, null, null).iota()).isEqualTo(1.0);
    }

    @Test
    void iotaIsTheLargerOfFlagsAndHalfMilinst() {
        // milinst 2 -> 1.0 beats one flag (0.25)
        assertThat(treaty(new Institutions(false, true, false, false), 2, null, null).iota()).isEqualTo(1.0);
        // milinst 1 -> 0.5 beats one flag
        assertThat(treaty(new Institutions(false, false, true, false), 1, null, null).iota()).isEqualTo(0.5);
        // three flags (0.75) beat milinst 1 (0.5): not added, the maximum
        assertThat(treaty(new Institutions(true, true, true, false), 1, null, null).iota()).isEqualTo(0.75);
        // milinst 0 contributes nothing
        assertThat(treaty(new Institutions(true, false, false, false), 0, null, null).iota()).isEqualTo(0.25);
    }

    @Test
    void explicitIotaOverridesFlagsAndMilinst() {
        assertThat(treaty(new Institutions(true, true, true, true), 2, 0.3, null).iota()).isEqualTo(0.3);
        assertThat(treaty(Institutions.NONE, null, 0.0, null).iota()).isEqualTo(0.0);
    }

    @Test
    void inForceFromTheSigningYearThroughTheEndYear() {
        Treaty open = treaty(Institutions.NONE, null, null, null);
        assertThat(open.inForceIn(1952)).isFalse();
        assertThat(open.inForceIn(1953)).isTrue();
        assertThat(open.inForceIn(2100)).isTrue();
        Treaty ended = treaty(Institutions.NONE, null, null, LocalDate.of(1979, 12, 31));
        assertThat(ended.inForceIn(1979)).isTrue();
        assertThat(ended.inForceIn(1980)).isFalse();
    }

    @Test
    void membersAreLookedUp() {
        Treaty t = treaty(Institutions.NONE, null, null, null);
        assertThat(t.hasMember("KOR")).isTrue();
        assertThat(t.hasMember("JPN")).isFalse();
        assertThat(t.membership("USA")).get().extracting(Membership::tieObligation).isEqualTo(Obligation.DEFENSE);
    }

    @Test
    void duplicateMemberIsReportedWithItsIndex() {
        FieldException e = catchThrowableOfType(FieldException.class, () -> valid().members(List.of(
                Membership.of("USA", Obligation.DEFENSE), Membership.of("KOR", Obligation.DEFENSE),
                Membership.of("USA", Obligation.CONSULTATION))).build());
        assertThat(e.field()).isEqualTo("members[2].state");
        assertThat(e.getMessage()).contains("USA").contains("twice");
    }

    @Test
    void malformedTreatiesSayWhatToFix() {
        FieldException one = catchThrowableOfType(FieldException.class, () -> valid()
                .members(List.of(Membership.of("USA", Obligation.DEFENSE))).build());
        assertThat(one.field()).isEqualTo("members");
        assertThat(one.getMessage()).contains("at least two members");

        FieldException milinst = catchThrowableOfType(FieldException.class, () -> treaty(Institutions.NONE, 3, null, null));
        assertThat(milinst.field()).isEqualTo("milinst");
        assertThat(milinst.getMessage()).contains("0, 1 or 2").contains("3");

        FieldException iota = catchThrowableOfType(FieldException.class, () -> treaty(Institutions.NONE, null, 1.5, null));
        assertThat(iota.field()).isEqualTo("iota");
        assertThat(iota.getMessage()).contains("[0, 1]").contains("1.5");

        FieldException ended = catchThrowableOfType(FieldException.class, () -> treaty(Institutions.NONE, null, null, LocalDate.of(1950, 1, 1)));
        assertThat(ended.field()).isEqualTo("ended");
        assertThat(ended.getMessage()).contains("before it is signed");

        FieldException source = catchThrowableOfType(FieldException.class, () -> valid().source(" ").build());
        assertThat(source.field()).isEqualTo("source");
        assertThat(source.getMessage()).contains("source citation");

        FieldException signed = catchThrowableOfType(FieldException.class, () -> valid().signed(null).build());
        assertThat(signed.field()).isEqualTo("signed");
        assertThat(signed.getMessage()).contains("YYYY-MM-DD");

        FieldException atop = catchThrowableOfType(FieldException.class, () -> valid().atopId(0).build());
        assertThat(atop.field()).isEqualTo("atopid");
    }

    @Test
    void institutionsCountAndCap() {
        Institutions all = new Institutions(true, true, true, true);
        assertThat(all.count()).isEqualTo(4);
        assertThat(all.iota()).isCloseTo(1.0, within(0.0));
        assertThat(Institutions.NONE.count()).isZero();
        assertThat(Institutions.STEP).isEqualTo(0.25);
    }
}
