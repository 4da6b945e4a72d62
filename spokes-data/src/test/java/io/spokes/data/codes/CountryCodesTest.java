package io.spokes.data.codes;

import io.spokes.data.cow.GwStatesReader;
import io.spokes.data.cow.StateSystemReader;
import io.spokes.data.source.DataFiles;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CountryCodesTest {
    private static CountryCodes codes;

    @BeforeAll
    static void load() {
        DataFiles files = DataFiles.bundled();
        codes = new CountryCodes(StateSystemReader.read(files), GwStatesReader.read(files), CountryCodes.isoTable());
    }

    @Test
    void germany() {
        assertThat(codes.resolve("DEU", 1935)).isEqualTo(255);
        assertThat(codes.resolve("DEU", 1960)).isEqualTo(260);
        assertThat(codes.resolve("DEU", 1990)).as("255 is in force on 31 Dec 1990").isEqualTo(255);
        assertThat(codes.resolve("DDR", 1970)).isEqualTo(265);
        assertThat(codes.gwCode(255, 1995)).hasValue(260);
        assertThat(codes.gwCode(255, 1930)).hasValue(255);
        assertThat(codes.gwCode(260, 1960)).hasValue(260);
        assertThat(codes.fromGw(260, 1995)).hasValue(255);
        assertThat(codes.fromGw(260, 1950)).as("COW admits the FRG only in 1955").isEmpty();
        assertThat(codes.iso3(260, 1980)).hasValue("DEU");
    }

    @Test
    void korea() {
        assertThat(codes.resolve("KOR", 1953)).as("ISO KOR is South Korea").isEqualTo(732);
        assertThat(codes.resolve("cow:KOR", 1900)).as("COW KOR is the Korea of 1887-1905").isEqualTo(730);
        assertThat(codes.resolve("cow:ROK", 1953)).isEqualTo(732);
        assertThat(codes.resolve("PRK", 1953)).isEqualTo(731);
        assertThat(codes.iso3(730, 1900)).isEmpty();
        assertThat(codes.id(730, 1900)).isEqualTo("KOR");
        assertThat(codes.id(732, 1953)).isEqualTo("KOR");
        assertThat(codes.cowAbbreviation(732)).hasValue("ROK");
        assertThat(codes.gwCode(730, 1900)).hasValue(730);
    }

    /**
     * COW v2016 ends on 31 Dec 2016 (system2016.csv); the state system carries the members of that
     * day to 2018, and ISO codes now resolve in those years as COW numbers do. Before the fix every
     * ISO code failed after 2016 ("ISO code KOR does not stand for any state in 2018").
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} in {1} is COW {2}")
    @org.junit.jupiter.params.provider.CsvSource({
            "KOR, 2018, 732", "PRK, 2018, 731", "KOR, 2017, 732", "USA, 2018, 2", "CHN, 2018, 710", "JPN, 2017, 740",
            "RUS, 2018, 365", "DEU, 2018, 255", "YEM, 2018, 679", "SRB, 2018, 345", "SSD, 2018, 626", "VNM, 2018, 816",
            "KOR, 2016, 732", "PRK, 1991, 731", "SUN, 1953, 365", "RUS, 1995, 365"})
    void isoCodesResolveInEveryYearTheStateIsAMember(String iso, int year, int ccode) {
        assertThat(codes.resolve(iso, year)).isEqualTo(ccode);
        assertThat(codes.resolve(String.valueOf(ccode), year)).isEqualTo(ccode);
        assertThat(codes.id(ccode, year)).isEqualTo(iso);
    }

    @Test
    void aStateThatLeftBefore2016IsStillRefusedAfter() {
        assertThatThrownBy(() -> codes.resolve("SUN", 2018)).hasMessageContaining("does not stand for any state in 2018");
        assertThatThrownBy(() -> codes.resolve("DDR", 2018)).hasMessageContaining("does not stand for any state in 2018");
    }

    @Test
    void yemen() {
        assertThat(codes.resolve("YEM", 1980)).isEqualTo(678);
        assertThat(codes.resolve("YEM", 1995)).isEqualTo(679);
        assertThat(codes.resolve("YMD", 1980)).isEqualTo(680);
        assertThat(codes.resolve("cow:YEM", 1995)).isEqualTo(679);
        assertThat(codes.gwCode(679, 1995)).hasValue(678);
        assertThat(codes.fromGw(678, 1995)).hasValue(679);
        assertThat(codes.fromGw(678, 1980)).hasValue(678);
    }

    @Test
    void vietnam() {
        assertThat(codes.resolve("VNM", 1970)).as("ISO 1974 gave VNM to the South").isEqualTo(817);
        assertThat(codes.resolve("VDR", 1970)).isEqualTo(816);
        assertThat(codes.resolve("VNM", 1980)).isEqualTo(816);
        assertThat(codes.iso3(816, 1980)).hasValue("VNM");
        assertThat(codes.gwCode(817, 1970)).hasValue(817);
    }

    @Test
    void serbiaAndYugoslavia() {
        assertThat(codes.iso3(345, 1900)).hasValue("SRB");
        assertThat(codes.iso3(345, 1990)).hasValue("YUG");
        assertThat(codes.iso3(345, 2004)).hasValue("SCG");
        assertThat(codes.iso3(345, 2010)).hasValue("SRB");
        assertThat(codes.resolve("SRB", 2010)).isEqualTo(345);
        assertThat(codes.gwCode(345, 1900)).hasValue(340);
        assertThat(codes.gwCode(345, 1916)).as("G-W list no Serbia in 1916-1917").isEmpty();
        assertThat(codes.gwCode(345, 1960)).hasValue(345);
        assertThat(codes.gwCode(345, 2010)).hasValue(340);
        assertThat(codes.fromGw(340, 2010)).hasValue(345);
        assertThatThrownBy(() -> codes.resolve("YUG", 2010)).hasMessageContaining("does not stand for any state in 2010");
    }

    @Test
    void cowAbbreviationsThatAreOtherStatesIsoCodes() {
        assertThat(codes.resolve("AUS", 2000)).as("ISO AUS is Australia").isEqualTo(900);
        assertThat(codes.resolve("cow:AUS", 2000)).as("COW AUS is Austria").isEqualTo(305);
        assertThat(codes.resolve("CZE", 2000)).isEqualTo(316);
        assertThat(codes.resolve("CSK", 1960)).isEqualTo(315);
        assertThatThrownBy(() -> codes.resolve("CZE", 1960)).hasMessageContaining("cow:<abbreviation>");
        assertThat(codes.resolve("UKG", 1950)).as("not an ISO code: falls back to COW's abbreviation").isEqualTo(200);
        assertThat(codes.resolve("732", 1950)).isEqualTo(732);
        assertThat(codes.resolve("gw:260", 1995)).isEqualTo(255);
        assertThatThrownBy(() -> codes.resolve("XYZ", 1950)).hasMessageStartingWith("unknown state 'XYZ'");
    }

    @Test
    void everyCowStateSince1945HasAThreeLetterId() {
        for (int c : new int[] {2, 200, 365, 710, 713, 740, 840, 900}) {
            assertThat(codes.id(c, 1960)).matches("[A-Z]{3}");
        }
        assertThat(codes.id(365, 1960)).isEqualTo("SUN");
        assertThat(codes.id(365, 2000)).isEqualTo("RUS");
    }
}
