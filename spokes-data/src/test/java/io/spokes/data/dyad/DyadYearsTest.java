package io.spokes.data.dyad;

import io.spokes.data.atop.AtopMemberReader;
import io.spokes.data.cow.Capabilities;
import io.spokes.data.cow.CapabilityReader;
import io.spokes.data.cow.NmcVersion;
import io.spokes.data.cow.StateSystem;
import io.spokes.data.cow.StateSystemReader;
import io.spokes.data.source.DataFiles;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DyadYearsTest {
    private static StateSystem system;
    private static AllianceTies ties;
    private static CapabilityColumns nmc;

    @BeforeAll
    static void load() {
        DataFiles files = DataFiles.bundled();
        system = new StateSystem(StateSystemReader.read(files), 2022);
        ties = AllianceTies.build(AtopMemberReader.read(files));
        nmc = new CapabilityColumns(new Capabilities(CapabilityReader.read(files, NmcVersion.V7_0), NmcVersion.V7_0), 1816, 2022);
    }

    /** Keeps the header and the rows whose first three fields are one of {@code keys}, while counting all rows. */
    private static final class Picker extends Writer {
        final Map<String, String> rows = new HashMap<>();
        final String[] keys;
        String header;
        long count = -1;
        private final StringBuilder line = new StringBuilder();

        Picker(String... keys) {
            this.keys = keys;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            for (int i = off; i < off + len; i++) {
                if (buf[i] != '\n') {
                    line.append(buf[i]);
                    continue;
                }
                String l = line.toString();
                line.setLength(0);
                if (count++ < 0) {
                    header = l;
                    continue;
                }
                for (String k : keys) {
                    if (l.startsWith(k + ",")) {
                        rows.put(k, l);
                    }
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static Picker write(DyadRequest request, String... keys) throws IOException {
        Picker p = new Picker(keys);
        long n = new DyadYears(system, ties, nmc, request).write(p);
        assertThat(p.count).isEqualTo(n);
        return p;
    }

    @Test
    void nonDirected1950To2010HasPeacesciencersRowCountAndValues() throws IOException {
        Picker p = write(new DyadRequest(new YearRange(1950, 2010), false, true, true, false),
                "2,20,1950", "2,732,1952", "2,732,1953", "2,260,1955", "255,260,1990", "2,255,1990", "211,230,1980", "211,230,1981");
        assertThat(p.count).isEqualTo(712_726);
        assertThat(p.header).isEqualTo("ccode1,ccode2,year,atop_alliance,atop_defense,atop_offense,atop_neutral,atop_nonagg,"
                + "atop_consul,milex1,milper1,irst1,pec1,tpop1,upop1,cinc1,milex2,milper2,irst2,pec2,tpop2,upop2,cinc2");
        // nmc_v7_0_peacesciencer.csv lines 136 (USA 1950) and the Canada 1950 row.
        assertThat(p.rows.get("2,20,1950")).isEqualTo("2,20,1950,1,1,0,0,1,1,14559000,1460,87848,1241836,152271,43964,0.28444302,"
                + "447964,45,3070,60887,13737,3186,0.012605249");
        // Unallied inside ATOP's years: obligations 0, atop_alliance NA as peacesciencer writes it.
        assertThat(p.rows.get("2,732,1952")).startsWith("2,732,1952,NA,0,0,0,0,0,");
        assertThat(p.rows.get("2,732,1953")).startsWith("2,732,1953,1,1,0,0,1,1,");
        assertThat(p.rows.get("2,260,1955")).startsWith("2,260,1955,1,1,");
        assertThat(p.rows.get("2,255,1990")).startsWith("2,255,1990,1,1,");
        assertThat(p.rows.get("211,230,1980")).startsWith("211,230,1980,1,0,0,0,1,0,");
        assertThat(p.rows.get("211,230,1981")).startsWith("211,230,1981,1,1,");
        // West Germany left the system on 2 Oct 1990 and Germany entered on 3 Oct: no dyad that year.
        assertThat(p.rows).doesNotContainKey("255,260,1990");
    }

    @Test
    void directedIsTwiceNonDirectedAndKeepsOneSidedObligations() throws IOException {
        YearRange years = new YearRange(1816, 2018);
        long nondirected = new DyadYears(system, null, null, new DyadRequest(years, false, false, false, false)).count();
        Picker p = write(new DyadRequest(years, true, true, false, false), "211,220,1832", "220,211,1832", "2,732,1952", "2,20,2018");
        assertThat(p.count).isEqualTo(2 * nondirected);
        assertThat(p.rows.get("211,220,1832")).isEqualTo("211,220,1832,1,0,0,0,0,0");
        assertThat(p.rows.get("220,211,1832")).isEqualTo("220,211,1832,1,1,0,0,0,0");
        // Directed: unallied dyad-years get 0 for atop_alliance too.
        assertThat(p.rows.get("2,732,1952")).isEqualTo("2,732,1952,0,0,0,0,0,0");
    }

    @Test
    void valuesOutsideADatasetsYearsAreMissingNotZero() throws IOException {
        Picker p = write(new DyadRequest(new YearRange(2017, 2022), false, true, true, true), "2,20,2019", "2,20,2022", "2,20,2018");
        assertThat(p.rows.get("2,20,2018")).startsWith("2,20,2018,1,");
        assertThat(p.rows.get("2,20,2019")).startsWith("2,20,2019,NA,NA,NA,NA,NA,NA,");
        assertThat(p.rows.get("2,20,2022")).doesNotContain(",0,0,0,0,0");
    }

    @Test
    void allianceZeroWritesZeroForUnalliedDyadYears() throws IOException {
        Picker p = write(new DyadRequest(new YearRange(1952, 1952), false, true, false, true), "2,732,1952");
        assertThat(p.rows.get("2,732,1952")).isEqualTo("2,732,1952,0,0,0,0,0,0");
    }

    @Test
    void yearsOutsideTheStateSystemAreRefused() {
        assertThatThrownBy(() -> new DyadYears(system, null, null, new DyadRequest(new YearRange(1800, 1820), false, false, false, false)))
                .hasMessage("years 1800-1820 lie outside the COW state system (1816-2022)");
    }

    @Test
    void theObvaryRuleChangesNoNonDirectedValueIn1950To2010() {
        // Rule 5 of AllianceTies is inferred from the codebook's example, not checked against ATOP's
        // hand-corrected dyad file; show that the parity range does not depend on it.
        var members = AtopMemberReader.read(DataFiles.bundled());
        AllianceTies naive = AllianceTies.build(members.stream().map(m -> m.toBuilder().obligationsVary(false).build()).toList());
        for (int year = 1950; year <= 2010; year++) {
            for (int pair : naive.pairsIn(year)) {
                assertThat(ties.either(pair / 1000, pair % 1000, year)).isEqualTo(naive.either(pair / 1000, pair % 1000, year));
            }
        }
        long differ = 0;
        for (int year = 1815; year < 1950; year++) {
            for (int pair : naive.pairsIn(year)) {
                differ += ties.directed(pair / 1000, pair % 1000, year) != naive.directed(pair / 1000, pair % 1000, year) ? 1 : 0;
            }
        }
        assertThat(differ).as("directed tie-years the rule changes before 1950").isPositive();
    }
}
