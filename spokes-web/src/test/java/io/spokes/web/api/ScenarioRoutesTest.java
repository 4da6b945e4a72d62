package io.spokes.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.spokes.core.domain.Scenario;
import io.spokes.io.InputException;
import io.spokes.io.scenario.ScenarioReader;
import io.spokes.web.Json;
import io.spokes.web.Lab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ScenarioRoutesTest {
    @RegisterExtension
    static final Lab lab = Lab.perClass();

    @Test
    void listsTheBundledScenariosWithTheirCrises() {
        JsonNode list = lab.get("/api/scenarios").json().path("scenarios");
        assertThat(list.findValuesAsText("name")).contains("korea-2023", "toy-triangle");
        JsonNode toy = find(list, "toy-triangle");
        assertThat(toy.path("states").asInt()).isEqualTo(4);
        assertThat(toy.path("treaties").asInt()).isEqualTo(2);
        assertThat(toy.path("crises").get(0).path("challenger").asText()).isEqualTo("PRK");
    }

    @Test
    void aBundledScenarioComesAsTheEditorsDocumentAndTheDrawnNetwork() throws Exception {
        JsonNode s = lab.get("/api/scenarios/toy-triangle").json();
        Scenario direct = ScenarioReader.read(Lab.SCENARIOS.resolve("toy-triangle.yaml"));
        // The document is the file format: reading it back gives the scenario the file gives.
        assertThat(ScenarioReader.read("doc.json", Json.write(s.path("document")), true)).isEqualTo(direct);
        JsonNode net = s.path("network");
        assertThat(net.path("hubs").path("USA").toString()).isEqualTo("[\"KOR\",\"JPN\"]");
        JsonNode usa = find(net.path("states"), "USA", "id");
        assertThat(usa.path("role").asText()).isEqualTo("hub");
        assertThat(usa.path("capability").asDouble()).isEqualTo(0.41567219);
        assertThat(find(net.path("states"), "PRK", "id").path("role").asText()).isEqualTo("other");
        // US-Japan is asymmetric: the US owes defense, Japan consultation (ATOP codes Japan's defense = 0).
        JsonNode usJpn = find(net.path("links"), "USA-JPN", "id");
        assertThat(usJpn.path("ab").path("obligation").asText()).isEqualTo("defense");
        assertThat(usJpn.path("ba").path("obligation").asText()).isEqualTo("consultation");
        assertThat(usJpn.path("obligation").asText()).isEqualTo("defense");
        assertThat(usJpn.path("symmetric").asBoolean()).isFalse();
        assertThat(usJpn.path("iota").asDouble()).isEqualTo(1.0);
        assertThat(usJpn.path("treaties").toString()).isEqualTo("[\"US-JPN\"]");
        // No spoke-spoke tie in the toy triangle: that is its teaching point.
        assertThat(net.path("links").findValuesAsText("id")).doesNotContain("KOR-JPN", "JPN-KOR");
        assertThat(find(net.path("treaties"), "US-ROK", "id").path("source").asText()).contains("ATOP 5.1 atopid 3240");
    }

    @Test
    void onlyThePrincipalHubSystemIsColouredWhenASecondComponentHasItsOwnHub() {
        // korea-2023: the CHN-PRK treaty makes China the hub of its own component, with North Korea its spoke.
        JsonNode net = lab.get("/api/scenarios/korea-2023").json().path("network");
        assertThat(net.path("principal_hub").asText()).isEqualTo("USA");
        assertThat(net.path("hubs").path("CHN").toString()).contains("\"PRK\"");
        JsonNode states = net.path("states");
        assertThat(find(states, "USA", "id").path("role").asText()).isEqualTo("hub");
        for (String spoke : new String[] {"KOR", "JPN", "AUS", "PHL"}) {
            assertThat(find(states, spoke, "id").path("role").asText()).as(spoke).isEqualTo("spoke");
        }
        assertThat(find(states, "CHN", "id").path("role").asText()).isEqualTo("other");
        assertThat(find(states, "PRK", "id").path("role").asText()).isEqualTo("other");
        // the other component's structure is still told, for the state's details
        assertThat(find(states, "PRK", "id").path("hub_of_spoke").asText()).isEqualTo("CHN");
        // exactly one hub and the principal system's spokes are coloured, whatever the other components
        assertThat(states.findValuesAsText("role").stream().filter("hub"::equals).count()).isEqualTo(1);
        assertThat(states.findValuesAsText("role").stream().filter("spoke"::equals).count()).isEqualTo(4);
    }

    @Test
    void anUnknownScenarioIs404NamingThoseAvailable() {
        Lab.Reply r = lab.get("/api/scenarios/nope");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.message()).contains("no bundled scenario 'nope'").contains("korea-2023, toy-triangle");
    }

    @Test
    void aValidEditedDocumentIsAcceptedWithItsNetwork() {
        ObjectNode doc = document("toy-triangle");
        ((ObjectNode) doc.path("states").get(1)).put("capability", 0.05);
        JsonNode r = lab.post("/api/validate", body("document", doc)).json();
        assertThat(r.path("valid").asBoolean()).isTrue();
        assertThat(find(r.path("network").path("states"), "KOR", "id").path("capability").asDouble()).isEqualTo(0.05);
    }

    @Test
    void anEditedTreatyWithAnUnknownMemberGetsTheReadersMessageAndField() {
        ObjectNode doc = document("toy-triangle");
        ((ObjectNode) doc.path("treaties").get(0).path("members").get(1)).put("state", "RKO");
        Lab.Reply r = lab.post("/api/validate", body("document", doc));
        assertThat(r.status()).isEqualTo(422);
        JsonNode e = r.json().path("error");
        assertThat(e.path("field").asText()).isEqualTo("treaties[0].members[1].state");
        assertThat(e.path("problem").asText()).isEqualTo("treaty 'US-ROK' names unknown state 'RKO'");
    }

    @Test
    void anUploadedYamlFileGetsExactlyTheClisMessageWithLineAndColumn() throws Exception {
        String text = Files.readString(Lab.SCENARIOS.resolve("toy-triangle.yaml")).replace("capability: 0.020955217", "capability: -1");
        InputException cli = catchThrowableOfType(InputException.class, () -> ScenarioReader.read("mine.yaml", text, false));
        ObjectNode req = Json.object().put("yaml", text).put("file", "mine.yaml");
        Lab.Reply r = lab.post("/api/validate", Json.write(req));
        assertThat(r.status()).isEqualTo(422);
        JsonNode e = r.json().path("error");
        assertThat(e.path("message").asText()).isEqualTo(cli.getMessage());
        assertThat(e.path("line").asInt()).isEqualTo(cli.line()).isPositive();
        assertThat(e.path("column").asInt()).isEqualTo(cli.column());
        assertThat(e.path("field").asText()).isEqualTo("states[1].capability");
    }

    @Test
    void malformedYamlIsLocated() {
        Lab.Reply r = lab.post("/api/validate", Json.write(Json.object().put("yaml", "name: x\nyear: [2023\n").put("file", "bad.yaml")));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.message()).startsWith("bad.yaml:").contains("malformed YAML");
    }

    @Test
    void theEditedScenarioDownloadsAsYamlThatReadsBackEqual() {
        ObjectNode doc = document("korea-2023");
        doc.put("title", "Edited in the lab");
        Lab.Reply r = lab.post("/api/yaml", body("document", doc));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/yaml");
        assertThat(r.header("Content-Disposition")).isEqualTo("attachment; filename=\"korea-2023.yaml\"");
        Scenario back = ScenarioReader.read("back.yaml", r.body(), false);
        assertThat(back.title()).isEqualTo("Edited in the lab");
        // the description and the works cited come through the edit and the download
        Scenario bundled = ScenarioReader.read(java.nio.file.Path.of("../scenarios/korea-2023.yaml"));
        assertThat(back.description()).isEqualTo(bundled.description()).isNotEmpty();
        assertThat(back.citations()).isEqualTo(bundled.citations()).isNotEmpty();
        assertThat(back.withParameters(back.parameters())).isEqualTo(ScenarioReader.read("doc.json", Json.write(doc), true));
    }

    @Test
    void parametersListTheSpecDefaultsAndTheLabsCaps() {
        JsonNode ps = lab.get("/api/parameters").json().path("parameters");
        JsonNode kbar = find(ps, "kbar", "symbol");
        assertThat(kbar.path("default").asDouble()).isEqualTo(1.0);
        assertThat(kbar.path("slider").path("main").asBoolean()).isTrue();
        assertThat(kbar.path("slider").path("lo").asDouble()).isLessThan(1.0);
        assertThat(find(ps, "samples", "symbol").path("max").asDouble()).isEqualTo(16_384);
        assertThat(find(ps, "lambda_defense", "symbol").path("default").asDouble()).isEqualTo(0.5);
    }

    static ObjectNode document(String name) {
        return (ObjectNode) lab.get("/api/scenarios/" + name).json().path("document");
    }

    static String body(String key, JsonNode value) {
        ObjectNode o = Json.object();
        o.set(key, value);
        return Json.write(o);
    }

    static JsonNode find(JsonNode list, String value) {
        return find(list, value, "name");
    }

    static JsonNode find(JsonNode list, String value, String key) {
        for (JsonNode n : list) {
            if (n.path(key).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no " + key + "=" + value + " in " + list);
    }
}
