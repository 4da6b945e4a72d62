package io.spokes.web.api;

import com.fasterxml.jackson.databind.JsonNode;

import io.spokes.core.policy.Architecture;
import io.spokes.core.policy.Policy;
import io.spokes.core.study.Measure;
import io.spokes.web.Lab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogues the page reads instead of listing names itself. */
class CatalogueRoutesTest {
    @RegisterExtension
    static final Lab lab = Lab.perClass();

    @Test
    void policiesAreTheCoreCatalogueInOrderWithDescriptions() {
        Lab.Reply r = lab.get("/api/policies");
        assertThat(r.status()).isEqualTo(200);
        JsonNode list = r.json().path("policies");
        assertThat(names(list)).containsExactlyElementsOf(Policy.codes());
        for (JsonNode p : list) {
            assertThat(p.path("description").asText()).isEqualTo(Policy.parse(p.path("name").asText()).description());
        }
        assertThat(list.path(0).path("in_full_design").asBoolean()).isTrue();
        assertThat(r.json().path("syntax").asText()).contains("joined by +");
    }

    @Test
    void architecturesAreTheCoreCatalogue() {
        JsonNode list = lab.get("/api/architectures").json().path("architectures");
        assertThat(names(list)).containsExactly("hub-spoke", "lattice", "collective", "none");
        assertThat(list.path(1).path("description").asText()).isEqualTo(Architecture.LATTICE.description());
    }

    @Test
    void measuresSayWhereEachSitsInAResult() {
        JsonNode list = lab.get("/api/measures").json().path("measures");
        assertThat(names(list)).containsExactlyElementsOf(Measure.codes());
        List<String> headline = new ArrayList<>();
        for (JsonNode m : list) {
            if (m.path("headline").asBoolean()) {
                headline.add(m.path("name").asText());
            }
            assertThat(m.path("label").asText()).isNotBlank();
            assertThat(m.path("applies_when").asText()).isNotBlank();
        }
        assertThat(headline).containsExactly("deterrence", "p_challenge", "p_resist", "p_war", "hub_abandonment");
        JsonNode hub = list.path(Measure.HUB_ABANDONMENT.ordinal());
        assertThat(hub.path("scope").asText()).isEqualTo("hub");
        assertThat(hub.path("result_pointer").asText()).isEqualTo("/hub/abandonment");
        assertThat(list.path(Measure.ANNUAL_COST.ordinal()).path("result_pointer").isNull()).isTrue();
        // every pointer finds a value in a real answer of POST /api/crisis (the lab reads the headline cards so)
        JsonNode result = lab.post("/api/crisis", "{\"scenario\": \"korea-2023\", \"challenger\": \"PRK\", \"target\": \"KOR\"}").json();
        for (JsonNode m : list) {
            if (!m.path("result_pointer").isNull()) {
                assertThat(result.at(m.path("result_pointer").asText()).isMissingNode()).as(m.path("name").asText()).isFalse();
            }
        }
    }

    private static List<String> names(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.path("name").asText()));
        return out;
    }
}
