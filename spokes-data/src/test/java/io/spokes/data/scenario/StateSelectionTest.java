package io.spokes.data.scenario;

import io.spokes.core.domain.CapabilityIndex;
import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.State;
import io.spokes.data.codes.CountryCodes;
import io.spokes.data.cow.GwStatesReader;
import io.spokes.data.cow.StateSystemReader;
import io.spokes.data.source.DataFiles;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which states {@code scenario from-data} takes beyond the defense ties (docs/data.md, "Which states"),
 * checked against the data rows named in each test (file line numbers, header = line 1).
 */
class StateSelectionTest {
    private static final DataFiles FILES = DataFiles.bundled();
    private static final CountryCodes CODES = new CountryCodes(StateSystemReader.read(FILES), GwStatesReader.read(FILES),
            CountryCodes.isoTable());
    private static final ScenarioFromData DATA = ScenarioFromData.read(FILES, StateSystemReader.read(FILES), CODES);

    private static List<Integer> cow(Scenario s) {
        return s.states().stream().map(State::cowCode).toList();
    }

    /**
     * South Korea 1953 (CINC, so that North Korea, which has no NMC milex 1949-1957, has a capability):
     * <ul>
     * <li>tss_rivalries_peacesciencer.csv line 115: tssr_id 114 North Korea-South Korea, 731-732, 1948-2020 -> PRK;</li>
     * <li>cow_mid_v5_0_directed_dispute_years_peacesciencer.csv lines 364-371: dispute 51, 732 against 710 and 731
     * (sidea1 0, sidea2 1), 1950-1953; line 189: dispute 50, 732 against 710 in 1953 (sidea1 1, sidea2 0);
     * line 5589: dispute 2186, 732 against 731 in 1949 -> CHN and PRK;</li>
     * <li>atop5_1m.csv lines 891-892: ATOP 3200, members 365 and 710, 1950-1980, defense = 1 -> SUN, China's ally.</li>
     * </ul>
     */
    @Test
    void korea1953HasNorthKoreaChinaAndTheSovietUnion() {
        Scenario s = DATA.build(1953, 732, 2, CapabilityIndex.CINC);
        assertThat(cow(s)).contains(731, 710, 365);
        assertThat(s.stateIds()).contains("PRK", "CHN", "SUN");
        assertThat(DATA.notes()).contains(
                "included PRK (COW 731): strategic rival (tss_rivalries_peacesciencer.csv tssr_id 114 'North Korea-South Korea', "
                        + "1948-2020); MID opponent (COW-MID 5.0 directed dispute-years, disputes 51 1950-1953, 2186 1949)",
                "included CHN (COW 710): MID opponent (COW-MID 5.0 directed dispute-years, disputes 50 1953, 51 1950-1953)",
                "included SUN (COW 365): defense ally of MID opponent CHN in 1953 (ATOP 5.1)");
        // the crisis the issue could not run: PRK challenges KOR
        assertThat(s.rivalries()).anySatisfy(r -> assertThat(Set.of(r.first(), r.second())).containsExactlyInAnyOrder("PRK", "KOR"));
    }

    /** NMC 7.0 has North Korea's milex as 0 in 1948 and missing 1949-1957 (nmc_v7_0_peacesciencer.csv, ccode 731): selected, then left out. */
    @Test
    void onMilexNorthKoreaOf1953IsSelectedButHasNoCapability() {
        Scenario s = DATA.build(1953, 732, 2, CapabilityIndex.MILEX);
        assertThat(cow(s)).contains(710, 365).doesNotContain(731);
        assertThat(DATA.notes()).anySatisfy(n -> assertThat(n).startsWith("included PRK (COW 731): strategic rival"));
        assertThat(DATA.notes()).anySatisfy(n -> assertThat(n).startsWith("PRK (COW 731): left out, NMC milex is 0 in 1948, the latest year "
                + "up to 1953 with a milex"));
    }

    /**
     * The window is the ten dispute-years up to the year: dispute 2186 (line 5589, 1949) counts for 1958
     * (1949-1958) and not for 1959 (1950-1959), where line 5602-5603's dispute 2187 (1958-1959) still does.
     */
    @Test
    void midOpponentsCountInTheTenDisputeYearsUpToTheYear() {
        DATA.build(1958, 732, 1, CapabilityIndex.CINC);
        assertThat(DATA.notes()).anySatisfy(n -> assertThat(n).startsWith("included PRK (COW 731)").contains("2186 1949").contains("2187 1958"));
        DATA.build(1959, 732, 1, CapabilityIndex.CINC);
        assertThat(DATA.notes()).anySatisfy(n -> assertThat(n).startsWith("included PRK (COW 731)").doesNotContain("2186").contains("2187 1958-1959"));
    }

    /** Japan is South Korea's MID opponent in 1953 (line 3946, dispute 1344: sidea1 1, sidea2 0) but an ally of its ally, so no note. */
    @Test
    void aStateAlreadyADefenseTieAwayIsNotNotedAgain() {
        Scenario s = DATA.build(1953, 732, 2, CapabilityIndex.CINC);
        assertThat(cow(s)).contains(740);
        assertThat(DATA.notes()).noneSatisfy(n -> assertThat(n).startsWith("included JPN"));
    }

    /** 2018: the MID data end in 2014, so the window is 2009-2014; the ISO-coded focus resolves now (CountryCodes). */
    @Test
    void korea2018AddsRussiaChinaNorthKoreaAndTheirAllies() {
        Scenario s = DATA.build(2018, CODES.resolve("KOR", 2018), 2, CapabilityIndex.MILEX);
        assertThat(s.stateIds()).contains("PRK", "CHN", "RUS", "CUB", "BLR", "KAZ");
        assertThat(DATA.notes()).contains("included CUB (COW 40): defense ally of MID opponent PRK in 2018 (ATOP 5.1)");
        assertThat(s.states()).hasSize(73);
    }

    @Test
    void statesAddAndDropAndTheirErrorsNameTheState() {
        StateChanges changes = StateChanges.parse("+THA, +ETH ,-BRA", CODES, 1953);
        assertThat(changes.add()).containsExactlyInAnyOrder(800, 530);
        assertThat(changes.drop()).containsExactly(140);
        Scenario s = DATA.build(1953, 732, 2, CapabilityIndex.CINC, changes);
        assertThat(cow(s)).contains(800, 530).doesNotContain(140);
        assertThat(StateChanges.parse("  ", CODES, 1953)).isEqualTo(StateChanges.NONE);
        assertThatThrownBy(() -> DATA.build(1953, 732, 2, CapabilityIndex.CINC, StateChanges.parse("-732", CODES, 1953)))
                .isInstanceOf(FieldException.class).hasMessage("-KOR: cannot drop the focus state; choose another --focus");
        assertThatThrownBy(() -> StateChanges.parse("+PRK,-731", CODES, 1953))
                .hasMessage("-731: PRK (COW 731) is both added and dropped; give it once");
    }
}
