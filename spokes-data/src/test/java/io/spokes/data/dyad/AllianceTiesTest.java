package io.spokes.data.dyad;

import io.spokes.data.atop.AtopMemberReader;
import io.spokes.data.atop.Obligations;
import io.spokes.data.source.DataFiles;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AllianceTiesTest {
    private static AllianceTies ties;

    @BeforeAll
    static void build() {
        ties = AllianceTies.build(AtopMemberReader.read(DataFiles.bundled()));
    }

    private static boolean defense(int a, int b, int year) {
        int v = ties.directed(a, b, year);
        return v >= 0 && (v & Obligations.DEFENSE) != 0;
    }

    @Test
    void directedTieYearsMatchAtopsDirectedDyadYearFile() {
        // peacesciencer's atop_alliance is ATOP 5.1's atop5_1ddyr file: 273,296 rows (data-raw/atop_alliance.R).
        assertThat(ties.directedTieYears()).isEqualTo(273_296);
    }

    @Test
    void usRokDefenseFrom1953BothWays() {
        assertThat(ties.directed(2, 732, 1952)).isEqualTo(-1);
        assertThat(defense(2, 732, 1953)).isTrue();
        assertThat(defense(732, 2, 1953)).isTrue();
        assertThat(defense(732, 2, 2018)).isTrue();
    }

    @Test
    void westGermanyInNato1954To1990AndGermanyFrom1990NeverTogether() {
        assertThat(ties.directed(2, 260, 1953)).isEqualTo(-1);
        assertThat(defense(2, 260, 1954)).isTrue();
        assertThat(defense(2, 260, 1990)).isTrue();
        assertThat(ties.directed(2, 260, 1991)).isEqualTo(-1);
        assertThat(ties.directed(2, 255, 1989)).isEqualTo(-1);
        assertThat(defense(2, 255, 1990)).isTrue();
        // 260 left NATO on 3 Oct 1990, the day 255 joined: never members on a common day.
        assertThat(ties.directed(255, 260, 1990)).isEqualTo(-1);
        assertThat(ties.directed(260, 255, 1990)).isEqualTo(-1);
    }

    @Test
    void spainJoinsNatoIn1981() {
        // Spain and Belgium share a nonaggression pact before; NATO adds defense in 1981.
        assertThat(defense(230, 211, 1980)).isFalse();
        assertThat(defense(230, 211, 1981)).isTrue();
    }

    @Test
    void yemenPredecessorsAndUnifiedYemenAreNotAllies() {
        assertThat(ties.directed(679, 678, 1990)).isEqualTo(-1);
        assertThat(ties.directed(680, 679, 1990)).isEqualTo(-1);
    }

    @Test
    void belgiumFrance1832IsAOneSidedGuarantee() {
        // peacesciencer's documentation of add_atop_alliance() shows exactly these two rows.
        assertThat(ties.directed(211, 220, 1832)).isEqualTo(AllianceTies.ALLIED);
        assertThat(ties.directed(220, 211, 1832)).isEqualTo(AllianceTies.ALLIED | Obligations.DEFENSE);
    }

    @Test
    void obligationsThatVaryByPartnerFollowTheCodebookExample() {
        // Codebook 2.6: Britain and France defend Sweden (ATOP 1190, 1855); Sweden only consults.
        assertThat(defense(200, 380, 1855)).isTrue();
        assertThat(ties.directed(380, 200, 1855)).isEqualTo(AllianceTies.ALLIED | Obligations.CONSULTATION);
    }

    @Test
    void eitherDirectionIsTheUnionOfObligations() {
        int either = ties.either(211, 220, 1832);
        assertThat(either).isEqualTo(ties.directed(220, 211, 1832));
        assertThat(ties.either(2, 732, 1952)).isEqualTo(-1);
    }
}
