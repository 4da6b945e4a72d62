package io.spokes.data.cow;

import io.spokes.data.source.DataFiles;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/** Row counts of each release and values checked by hand in the raw files. */
class CowReadersTest {
    private final DataFiles files = DataFiles.bundled();

    @Test
    void stateSystemSpellsAndTheKoreaTrap() {
        List<SystemSpell> spells = StateSystemReader.read(files);
        assertThat(spells).hasSize(243);
        SystemSpell korea = spells.stream().filter(s -> s.ccode() == 730).findFirst().orElseThrow();
        assertThat(korea.abbreviation()).isEqualTo("KOR");
        assertThat(korea.end()).isEqualTo(LocalDate.of(1905, 11, 17));
        StateSystem system = new StateSystem(spells, 2016);
        assertThat(system.memberIn(260, 1954)).isFalse();
        assertThat(system.memberIn(260, 1955)).isTrue();
        assertThat(system.coexistIn(255, 260, 1990)).isFalse();
        assertThat(system.coexistIn(2, 255, 1990)).isTrue();
        assertThat(system.membersIn(1816)).hasSize(23);
    }

    @Test
    void systemYearsEqualTheSpellsYearByYear() {
        List<SystemYear> years = SystemYearReader.read(files);
        assertThat(years).hasSize(15951);
        StateSystem system = new StateSystem(StateSystemReader.read(files), 2016);
        long fromSpells = 0;
        for (int y = 1816; y <= 2016; y++) {
            fromSpells += system.membersIn(y).size();
        }
        assertThat(fromSpells).isEqualTo(years.size());
        assertThat(years).allMatch(sy -> system.memberIn(sy.ccode(), sy.year()));
    }

    @Test
    void majorPowers() {
        List<MajorPowerSpell> majors = MajorPowerReader.read(files);
        assertThat(majors).hasSize(14);
        assertThat(majors.stream().filter(m -> m.ccode() == 710).findFirst().orElseThrow().start()).isEqualTo(LocalDate.of(1950, 1, 1));
    }

    @Test
    void nmc7HandCheckedRowsAndMissingValues() {
        Capabilities nmc = new Capabilities(CapabilityReader.read(files, NmcVersion.V7_0), NmcVersion.V7_0);
        Capability usa1816 = nmc.get(2, 1816).orElseThrow();
        assertThat(usa1816.milex()).hasValue(3823);
        assertThat(usa1816.cinc()).hasValue(0.039697491);
        // nmc_v7_0_peacesciencer.csv line 14991: North Korea 2020 has no milex but a cinc.
        Capability prk2020 = nmc.get(731, 2020).orElseThrow();
        assertThat(prk2020.milex()).isEmpty();
        assertThat(prk2020.cinc()).hasValue(0.014795624);
        assertThat(nmc.firstYear()).isEqualTo(1816);
        assertThat(nmc.lastYear()).isEqualTo(2022);
    }

    @Test
    void nmc6MinusNineBecomesMissingCellForCell() throws IOException {
        List<Capability> rows = CapabilityReader.read(files, NmcVersion.V6_0);
        assertThat(rows).hasSize(15951);
        long missing = rows.stream().flatMap(c -> java.util.Arrays.stream(c.components())).filter(OptionalDouble::isEmpty).count();
        long minusNine = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(files.open("NMC-60-abridged.csv"), StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                for (int i = 3; i <= 9; i++) {
                    minusNine += f[i].equals("-9") ? 1 : 0;
                }
            }
        }
        assertThat(missing).isPositive().isEqualTo(minusNine);
        assertThat(rows.get(0).cinc()).hasValue(0.039697491);
    }

    @Test
    void contiguityDisputesRivalriesSipriAndGleditschWard() {
        List<Contiguity> contiguity = ContiguityReader.read(files);
        assertThat(contiguity).hasSize(1874);
        assertThat(contiguity.get(0)).isEqualTo(new Contiguity(2, 20, 1, YearMonth.of(1920, 1), YearMonth.of(2016, 12)));
        List<Dispute> cowDisputes = DisputeReader.cow(files);
        assertThat(cowDisputes).hasSize(2436);
        assertThat(cowDisputes.get(0).dispnum()).isEqualTo(2);
        assertThat(cowDisputes.get(0).maxDuration()).hasValue(208);
        assertThat(DisputeReader.gml(files)).hasSize(2174);
        assertThat(DirectedDisputeYearReader.cow(files)).hasSize(11390);
        List<DirectedDisputeYear> gml = DirectedDisputeYearReader.gml(files);
        assertThat(gml).hasSize(10276);
        List<StrategicRivalry> rivalries = RivalryReader.read(files);
        assertThat(rivalries).hasSize(264);
        StrategicRivalry koreas = rivalries.stream().filter(r -> r.id() == 114).findFirst().orElseThrow();
        assertThat(koreas.ccode1()).isEqualTo(731);
        assertThat(koreas.spatial()).isFalse();
        assertThat(koreas.ideological()).isTrue();
        List<MilitaryExpenditure> sipri = MilitaryExpenditureReader.read(files);
        assertThat(sipri).hasSize(173);
        MilitaryExpenditure usa = sipri.stream().filter(m -> m.country().equals("USA")).findFirst().orElseThrow();
        assertThat(usa.in(1990)).hasValue(306170);
        MilitaryExpenditure algeria = sipri.get(0);
        assertThat(algeria.in(1949)).as("blank is missing, not 0").isEmpty();
        assertThat(sipri).anyMatch(m -> m.country().startsWith("C\u00f4te d\u2019Ivoire"));
        List<GwSpell> gw = GwStatesReader.read(files);
        assertThat(gw).hasSize(216);
    }
}
