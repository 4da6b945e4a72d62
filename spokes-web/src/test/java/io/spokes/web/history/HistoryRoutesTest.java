package io.spokes.web.history;

import com.fasterxml.jackson.databind.JsonNode;

import io.spokes.data.network.NetworkYear;
import io.spokes.data.network.Region;
import io.spokes.web.Lab;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HistoryRoutesTest {
    @RegisterExtension
    static final Lab lab = Lab.perClass();
    static AllianceHistory history;

    @BeforeAll
    static void start() {
        history = AllianceHistory.load();
    }

    @Test
    void aYearsNetworkIsTheDataLayersWithNamesAndMeasures() {
        JsonNode n = lab.get("/api/data/network?year=1955").json();
        AllianceHistory.Year expected = history.year(Region.ALL, 1955);
        assertThat(n.path("states")).hasSize(expected.graph().vertexSet().size());
        assertThat(n.path("links")).hasSize(expected.graph().edgeSet().size());
        NetworkYear m = expected.measures();
        assertThat(n.path("measures").path("centralization").asDouble()).isEqualTo(m.centralization());
        assertThat(n.path("measures").path("lattice_density").asDouble()).isEqualTo(m.latticeDensity());
        // 1955: the United States is the hub of the world's defense network (NATO, Rio, ANZUS, SEATO, bilaterals).
        assertThat(n.path("measures").path("hubs").toString()).isEqualTo("[\"USA\"]");
        assertThat(n.path("measures").path("spokes").toString()).contains("\"KOR\"", "\"JPN\"", "\"GBR\"", "\"BRA\"");
        JsonNode usa = find(n.path("states"), 2);
        assertThat(usa.path("role").asText()).isEqualTo("hub");
        assertThat(usa.path("major").asBoolean()).isTrue();
        assertThat(usa.path("capability").asDouble()).isEqualTo(history.capability(2, 1955).getAsDouble());
        assertThat(n.path("sources").asText()).contains("ATOP 5.1");
    }

    @Test
    void theCurvesCoverEveryYearAndMatchEachYearsNetwork() {
        JsonNode s = lab.get("/api/data/series?region=asia").json();
        assertThat(s.path("years")).hasSize(2018 - 1816 + 1);
        assertThat(s.path("years").get(0).asInt()).isEqualTo(1816);
        List<NetworkYear> rows = history.series(Region.ASIA);
        int i = 2010 - 1816;
        assertThat(s.path("centralization").get(i).asDouble()).isCloseTo(rows.get(i).centralization(), within(0.0));
        JsonNode year = lab.get("/api/data/network?year=2010&region=asia").json();
        assertThat(year.path("measures").path("centralization").asDouble()).isEqualTo(s.path("centralization").get(i).asDouble());
        // No ties at all in Asia in 1816: the ratios are undefined, written as null.
        assertThat(s.path("centralization").get(0).isNull()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "year=1700, 422, 'the data cover 1816-2018'",
        "year=2019, 422, 'the data cover 1816-2018'",
        "year=abc, 400, 'give the year as a whole number'",
        "year=1950.5, 400, 'give the year as a whole number'",
        "'', 400, 'give the year as a whole number'",
        "year=99999999999, 400, 'give the year as a whole number'",
        "year=1950&region=mars, 422, 'unknown region'"})
    void badYearsAndRegionsGetA4xxWithAMessage(String query, int status, String message) {
        Lab.Reply r = lab.get("/api/data/network?" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.message()).contains(message);
    }

    static JsonNode find(JsonNode states, int ccode) {
        for (JsonNode s : states) {
            if (s.path("ccode").asInt() == ccode) {
                return s;
            }
        }
        throw new AssertionError("no state " + ccode);
    }
}
