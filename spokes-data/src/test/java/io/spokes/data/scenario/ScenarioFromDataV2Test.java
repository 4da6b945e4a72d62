package io.spokes.data.scenario;

import io.spokes.core.domain.CapabilityIndex;
import io.spokes.core.domain.Conditions;
import io.spokes.core.domain.Location;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Region;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.State;
import io.spokes.core.domain.Treaty;
import io.spokes.data.codes.CountryCodes;
import io.spokes.data.cow.GwStatesReader;
import io.spokes.data.cow.StateSystemReader;
import io.spokes.data.source.DataFiles;
import io.spokes.data.unga.IdealPoint;
import io.spokes.io.scenario.ScenarioReader;
import io.spokes.io.scenario.ScenarioWriter;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The model v2 fields of {@code spokes scenario from-data}: milex shares, capitals, ideal points and
 * the ATOP conditions. Every expected value was computed from the bundled CSVs by
 * {@code spokes-data/src/test/oracle/from_data_v2.py} (its output is quoted beside each check).
 */
class ScenarioFromDataV2Test {
    private static final DataFiles FILES = DataFiles.bundled();
    private static final CountryCodes CODES = new CountryCodes(StateSystemReader.read(FILES), GwStatesReader.read(FILES),
            CountryCodes.isoTable());
    private static final ScenarioFromData DATA = ScenarioFromData.read(FILES, StateSystemReader.read(FILES), CODES);

    private static State state(Scenario s, int cow) {
        return s.states().stream().filter(st -> st.cowCode() == cow).findFirst().orElseThrow();
    }

    private static Treaty treaty(Scenario s, int atopId) {
        return s.treaties().stream().filter(t -> t.atopId() != null && t.atopId() == atopId).findFirst().orElseThrow();
    }

    private static Conditions conditions(Scenario s, int atopId, int cow, Obligation o) {
        return treaty(s, atopId).membership(state(s, cow).id()).orElseThrow().conditionsOf(o);
    }

    private static String[] ids(int year, int... cow) {
        return Arrays.stream(cow).mapToObj(c -> CODES.id(c, year)).toArray(String[]::new);
    }

    /** milex share = milex / world milex of the year; North Korea has none after 2001, so its 2001 share. */
    @Test
    void milexSharesAndTheLatestEarlierYear() {
        Scenario s = DATA.build(2018, 731, 1, CapabilityIndex.MILEX);
        assertThat(s.capabilityIndex()).isEqualTo(CapabilityIndex.MILEX);
        // oracle: 710 2018 -> (2018, 181135000.0, 1678313000.0, 169, 0.10792682890497779)
        assertThat(state(s, 710).capability()).isEqualTo(181135000.0 / 1678313000.0).isEqualTo(0.10792682890497779);
        // oracle: 731 2018 -> (2001, 2049000.0, 851653000.0, 186, 0.0024059094490361684)
        State prk = state(s, 731);
        assertThat(prk.capability()).isEqualTo(2049000.0 / 851653000.0).isEqualTo(0.0024059094490361684);
        assertThat(prk.source()).contains("COW NMC 7.0 milex 2001: 2049000 / 851653000 (sum over the 186 states reporting milex "
                + "in 2001; nmc_v7_0_peacesciencer.csv, ccode 731); no milex in 2018, so the share of 2001");
        assertThat(DATA.notes()).contains("PRK: no NMC milex in 2018; used its share of 2001 (the latest earlier year with one)");
        // oracle: 732 2018 -> (2018, 39215000.0, 1678313000.0, 169, 0.023365724986936287)
        assertThat(state(DATA.build(2018, 732, 1), 732).capability()).as("milex is the default").isEqualTo(0.023365724986936287);
    }

    @Test
    void cincIsStillAvailable() {
        Scenario s = DATA.build(2018, 731, 1, CapabilityIndex.CINC);
        assertThat(s.capabilityIndex()).isEqualTo(CapabilityIndex.CINC);
        assertThat(state(s, 731).capability()).as("nmc_v7_0 ccode 731 year 2018 cinc").isEqualTo(0.015045071);
        assertThatThrownBy(() -> DATA.build(2018, 731, 1, CapabilityIndex.RESOURCES))
                .hasMessageContaining("the bundle has no data for resources");
    }

    @Test
    void capitalsAndIdealPointsOfTheYear() {
        Scenario s = DATA.build(2018, 731, 1);
        // oracle: capital 731 2018 (202, 'Pyongyang', 39.0167979, 125.7473609); ideal point (9596, '-1.063403', '-0.6492252')
        State prk = state(s, 731);
        assertThat(prk.capital()).isEqualTo(new Location(39.0167979, 125.7473609));
        assertThat(prk.idealPoint()).isEqualTo(-1.063403);
        assertThat(prk.source()).contains("capital: Pyongyang, COW capitals (cow_capitals_peacesciencer.csv line 202, 1948-01-01 to 2024-12-31)")
                .contains("ideal point: BSV idealpointall 2018 (unga_ideal_points_bsv.csv line 9596)");
        // oracle: capital 732 2018 (203, 'Seoul', 37.5666791, 126.9782914); ideal point (9630, '0.9252017', '0.8385793')
        State kor = state(DATA.build(2018, 732, 1), 732);
        assertThat(kor.capital()).isEqualTo(new Location(37.5666791, 126.9782914));
        assertThat(kor.idealPoint()).isEqualTo(0.9252017);
    }

    /** Before 1946 there are no UN votes: no ideal points, said once in the notes. */
    @Test
    void noIdealPointsBeforeTheUnitedNations() {
        Scenario s = DATA.build(1914, 255, 1);
        assertThat(s.states()).allSatisfy(st -> assertThat(st.hasIdealPoint()).isFalse());
        assertThat(s.states()).allSatisfy(st -> assertThat(st.capital()).as(st.id()).isNotNull());
        assertThat(DATA.notes()).anySatisfy(n -> assertThat(n).startsWith("no UN General Assembly ideal point in 1914 for ")
                .endsWith("(the votes begin in 1946)"));
    }

    /** unga_ideal_points_bsv.csv line 79: USA 2024, idealpointall NA, idealpointfp 2.206202. */
    @Test
    void finalPassageIdealPointWhenAllVotesIsNa() {
        IdealPoint usa2024 = new IdealPoint(2, 2024, OptionalDouble.empty(), OptionalDouble.of(2.206202), 79);
        assertThat(usa2024.value()).hasValue(2.206202);
        assertThat(usa2024.provenance()).isEqualTo("idealpointfp 2024 (idealpointall is NA in 2024)");
        IdealPoint both = new IdealPoint(2, 2023, OptionalDouble.of(1.986836), OptionalDouble.of(1.5), 78);
        assertThat(both.value()).hasValue(1.986836);
        assertThat(both.provenance()).isEqualTo("idealpointall 2023");
    }

    /** atop5_1m.csv lines 937 and 938 (ATOP 3240, US-ROK 1953): defcoloc = 1, nothing else. */
    @Test
    void locationIsTheMembersRegions() {
        Scenario s = DATA.build(2018, 732, 2);
        for (int cow : new int[] {2, 732}) {
            Conditions c = conditions(s, 3240, cow, Obligation.DEFENSE);
            assertThat(c.regions()).containsExactlyInAnyOrder(Region.AMERICAS, Region.ASIA);
            assertThat(c.adversaries()).isEmpty();
            assertThat(c.nonProvocation() || c.onRequest() || c.conflictSpecific() || c.minAdversaries() > 0).isFalse();
        }
        assertThat(conditions(s, 3240, 2, Obligation.DEFENSE).note()).startsWith("ATOP 5.1 atop5_1m.csv line 937: defcoloc=1; regions = "
                + "the COW regions of the 2 members in 2018 (ATOP codes that a location is named, not which)");
        // line 953 (ATOP 3260, USA-Thailand): defcoloc, defcoadv; oracle: regions americas, asia; adversaries (COW) [811]
        Conditions usa = conditions(s, 3260, 2, Obligation.DEFENSE);
        assertThat(usa.regions()).containsExactlyInAnyOrder(Region.AMERICAS, Region.ASIA);
        assertThat(usa.adversaries()).containsExactly(ids(2018, 811));
        assertThat(usa.note()).startsWith("ATOP 5.1 atop5_1m.csv line 953: defcoloc=1, defcoadv=1;");
    }

    /**
     * atop5_1m.csv line 228 (ATOP 1350, Triple Alliance, Germany): defcoadv, defconpr, defconum; offcoloc,
     * offcoadv. Line 229 (Austria-Hungary): defcoadv, defconpr, defconum.
     */
    @Test
    void adversaryNonProvocationAndNumberIn1914() {
        Scenario s = DATA.build(1914, 255, 1);
        Conditions defense = conditions(s, 1350, 255, Obligation.DEFENSE);
        // oracle: adversaries (COW) [220, 345, 365, 530, 640], the rivals of 300 and 325 in 1914
        assertThat(defense.adversaries()).containsExactlyInAnyOrder(ids(1914, 220, 345, 365, 530, 640));
        assertThat(defense.regions()).isEmpty();
        assertThat(defense.nonProvocation()).isTrue();
        assertThat(defense.minAdversaries()).isEqualTo(2);
        assertThat(defense.onRequest() || defense.conflictSpecific()).isFalse();
        assertThat(defense.note()).startsWith("ATOP 5.1 atop5_1m.csv line 228: defcoadv=1, defconpr=1, defconum=1;");
        Conditions offense = conditions(s, 1350, 255, Obligation.OFFENSE);
        assertThat(offense.regions()).containsExactly(Region.EUROPE);
        assertThat(offense.adversaries()).containsExactlyInAnyOrder(ids(1914, 220, 345, 365, 530, 640));
        assertThat(offense.nonProvocation()).as("ATOP codes no offconpr").isFalse();
        assertThat(offense.note()).startsWith("ATOP 5.1 atop5_1m.csv line 228: offcoloc=1, offcoadv=1;");
        // oracle line 229: adversaries (COW) [2, 200, 220, 365, 530, 640], the rivals of 255 and 325
        assertThat(conditions(s, 1350, 300, Obligation.DEFENSE).adversaries()).containsExactlyInAnyOrder(ids(1914, 2, 200, 220, 365, 530, 640));
    }

    /** atop5_1m.csv lines 304/306 (ATOP 1475, Bulgaria in the Greek-Bulgarian treaty of 1912; members 350, 355): defcoadv, defconpr, defcodem. */
    @Test
    void onRequestIn1912() {
        Scenario s = DATA.build(1912, 355, 1);
        Conditions c = conditions(s, 1475, 355, Obligation.DEFENSE);
        assertThat(c.onRequest()).isTrue();
        assertThat(c.nonProvocation()).isTrue();
        // oracle: adversaries (COW) [345, 640], Greece's rivals in 1912
        assertThat(c.adversaries()).containsExactlyInAnyOrder(ids(1912, 345, 640));
        assertThat(c.note()).matches("ATOP 5.1 atop5_1m.csv line 30[46]: defcoadv=1, defconpr=1, defcodem=1;.*");
    }

    /** atop5_1m.csv line 636 (ATOP 2550, Ecuador, 1945): defcoadv, defcocon, offcoadv, offcocon. */
    @Test
    void conflictSpecificIn1945() {
        Scenario s = DATA.build(1945, 130, 1);
        for (Obligation o : new Obligation[] {Obligation.DEFENSE, Obligation.OFFENSE}) {
            Conditions c = conditions(s, 2550, 130, o);
            assertThat(c.conflictSpecific()).as(o.code()).isTrue();
            assertThat(c.conflicts()).as("ATOP does not name the conflict").isEmpty();
            // oracle: adversaries (COW) [160, 255, 310, 325, 339, 355, 740]
            assertThat(c.adversaries()).containsExactlyInAnyOrder(ids(1945, 160, 255, 310, 325, 339, 355, 740));
            assertThat(c.note()).contains("conflict-specific: no crisis qualifies until its label is listed under conflicts");
        }
    }

    /** What from-data writes, the reader reads back equal, conditions, capitals and ideal points included. */
    @Test
    void builtScenariosRoundTrip() {
        for (int[] c : new int[][] {{2018, 732}, {1914, 255}, {1945, 130}}) {
            Scenario s = DATA.build(c[0], c[1], 2);
            assertThat(ScenarioReader.read("x.yaml", ScenarioWriter.yaml(s), false)).as("%d %d", c[0], c[1]).isEqualTo(s);
        }
    }
}
