package io.spokes.data.atop;

import io.spokes.data.source.DataFiles;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Values checked by hand in data/atop5_1*.csv (line numbers count the header as line 1). */
class AtopReadersTest {
    private static List<AtopMember> members;

    @BeforeAll
    static void read() {
        members = AtopMemberReader.read(DataFiles.bundled());
    }

    private static AtopMember atLine(int line) {
        return members.stream().filter(m -> m.line() == line).findFirst().orElseThrow();
    }

    @Test
    void memberFileHasEveryRowOfTheRelease() {
        assertThat(members).hasSize(2510);
    }

    @Test
    void toBuilderBuildsAnEqualMemberRow() {
        for (AtopMember m : members) {
            assertThat(m.toBuilder().build()).isEqualTo(m);
        }
        AtopMember us = atLine(937);
        assertThat(us.toBuilder().exit(new AtopDate(1990, 1, 1)).build())
                .extracting(AtopMember::exit, AtopMember::atopId, AtopMember::obligations)
                .containsExactly(new AtopDate(1990, 1, 1), us.atopId(), us.obligations());
    }

    @Test
    void usRokMutualDefenseTreatyFrom1953() {
        AtopMember us = atLine(937);
        AtopMember rok = atLine(938);
        assertThat(us.atopId()).isEqualTo(3240);
        assertThat(us.member()).isEqualTo(2);
        assertThat(rok.member()).isEqualTo(732);
        for (AtopMember m : List.of(us, rok)) {
            assertThat(m.entry()).isEqualTo(new AtopDate(1953, 10, 1));
            assertThat(m.exit()).isNull();
            assertThat(m.obligations().defense()).isTrue();
            assertThat(m.obligations().consultation()).isTrue();
            assertThat(m.obligations().nonaggression()).isTrue();
            assertThat(m.obligations().offense()).isFalse();
        }
    }

    @Test
    void natoMembershipOfWestGermanyUnifiedGermanyAndSpain() {
        AtopMember frg = atLine(869);
        assertThat(frg.atopId()).isEqualTo(3180);
        assertThat(frg.member()).isEqualTo(260);
        assertThat(frg.entry()).isEqualTo(new AtopDate(1954, 10, 23));
        assertThat(frg.exit()).isEqualTo(new AtopDate(1990, 10, 3));
        assertThat(frg.cowSystem()).as("the FRG was not yet a COW member when it signed").isFalse();
        AtopMember spain = atLine(870);
        assertThat(spain.member()).isEqualTo(230);
        assertThat(spain.entry()).isEqualTo(new AtopDate(1981, 12, 10));
        AtopMember germany = atLine(871);
        assertThat(germany.member()).isEqualTo(255);
        assertThat(germany.entry()).isEqualTo(new AtopDate(1990, 10, 3));
        assertThat(germany.exit()).isNull();
        assertThat(germany.phase()).isEqualTo(2);
    }

    @Test
    void unknownDaysStayUnknown() {
        // data/README.md: 5 rows have an empty dayent and 31 an empty dayexit.
        assertThat(members.stream().filter(m -> !m.entry().dayKnown())).hasSize(5);
        assertThat(members.stream().filter(m -> m.exit() != null && !m.exit().dayKnown())).hasSize(31);
    }

    @Test
    void allianceAndPhaseFiles() {
        DataFiles files = DataFiles.bundled();
        List<AtopAlliance> alliances = AtopAllianceReader.alliances(files);
        assertThat(alliances).hasSize(789);
        Map<Integer, AtopAlliance> byId = alliances.stream().collect(Collectors.toMap(AtopAlliance::atopId, Function.identity()));
        AtopAlliance nato = byId.get(3180);
        assertThat(nato.begin()).isEqualTo(new AtopDate(1949, 4, 4));
        assertThat(nato.end()).isNull();
        assertThat(nato.maxPhase()).isEqualTo(2);
        assertThat(nato.members()).contains(2, 20, 200, 220, 230, 255, 260);
        assertThat(byId.get(3240).members()).containsExactly(2, 732);
        assertThat(byId.get(3240).bilateral()).isTrue();
        List<AtopAlliance> phases = AtopAllianceReader.phases(files);
        assertThat(phases).hasSize(849);
        assertThat(phases.stream().filter(p -> p.atopId() == 3180).map(AtopAlliance::phase)).containsExactly(1, 2);
    }

    @Test
    void institutionalizationWithFloatArtefactPhasesAndMissingValues() {
        List<AtopInstitution> inst = AtopInstitutionReader.read(DataFiles.bundled());
        assertThat(inst).hasSize(849);
        assertThat(inst.stream().filter(i -> i.atopId() == 3180).map(AtopInstitution::phase)).containsExactly(1, 2);
        assertThat(inst.stream().filter(i -> i.atopId() == 3240).findFirst().orElseThrow().milinst()).hasValue(2);
        // data/README.md: milinst empty for 3485, 3700, 3748, 3843, 3975, 4915; formal empty for 3887.
        assertThat(inst.stream().filter(i -> i.milinst().isEmpty()).map(AtopInstitution::atopId))
                .containsExactlyInAnyOrder(3485, 3700, 3748, 3843, 3975, 4915);
        assertThat(inst.stream().filter(i -> i.formal().isEmpty()).map(AtopInstitution::atopId)).containsExactly(3887);
    }

    @Test
    void stateYearFile() {
        List<AtopStateYear> sy = AtopStateYearReader.read(DataFiles.bundled());
        assertThat(sy).hasSize(11923);
        AtopStateYear first = sy.get(0);
        assertThat(first.state()).isEqualTo(2);
        assertThat(first.year()).isEqualTo(1908);
        assertThat(first.atopIds()).containsExactly(1455);
        assertThat(first.obligations().consultation()).isTrue();
        assertThat(first.transition()).isTrue();
    }
}
