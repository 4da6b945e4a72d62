package io.spokes.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every kind of bad input gets a 4xx with a message that says what to fix: never a 500, never a hang. */
class InputValidationTest {
    @RegisterExtension
    static final Lab lab = Lab.perClass();

    static String crisis(String extra) {
        return "{\"scenario\": \"korea-2023\", \"challenger\": \"PRK\", \"target\": \"KOR\"" + extra + "}";
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                arguments("/api/compare", "{\"scenario\": \"nope\", \"challenger\": \"PRK\", \"target\": \"KOR\"}", 404, "no bundled scenario 'nope'"),
                arguments("/api/compare", "{\"scenario\": \"../pom\", \"challenger\": \"PRK\", \"target\": \"KOR\"}", 404, "no bundled scenario"),
                arguments("/api/compare", "{\"scenario\": \"korea-2023\", \"challenger\": \"XYZ\", \"target\": \"KOR\"}", 422, "challenger: unknown state 'XYZ'; the scenario has USA, KOR"),
                arguments("/api/compare", "{\"scenario\": \"korea-2023\", \"challenger\": \"kor\", \"target\": \"KOR\"}", 422, "three capital letters"),
                arguments("/api/compare", "{\"scenario\": \"korea-2023\", \"challenger\": \"KOR\", \"target\": \"KOR\"}", 422, "must be different states"),
                arguments("/api/compare", "{\"scenario\": \"korea-2023\", \"challenger\": \"PRK\"}", 400, "target: missing"),
                arguments("/api/compare", crisis(", \"parameters\": {\"kbar\": \"NaN\"}"), 422, "parameters.kbar: expected a number, got text 'NaN'"),
                arguments("/api/compare", crisis(", \"parameters\": {\"kbar\": 1e400}"), 422, "parameters.kbar: expected a finite number"),
                arguments("/api/compare", crisis(", \"parameters\": {\"kbar\": -1}"), 422, "parameter kbar (median war cost"),
                arguments("/api/compare", crisis(", \"parameters\": {\"kbar\": 1e300}"), 422, "must lie in [1.0E-9, 1000000000], got 1.0E300"),
                arguments("/api/compare", crisis(", \"parameters\": {\"sigma_k\": 0}"), 422, "parameter sigma_k"),
                arguments("/api/compare", crisis(", \"parameters\": {\"samples\": 10000000}"), 422, "samples up to 16384"),
                arguments("/api/compare", crisis(", \"parameters\": {\"max_iterations\": 1000000}"), 422, "max_iterations up to 5000"),
                arguments("/api/compare", crisis(", \"parameters\": {\"exact_limit\": 2.5}"), 422, "must be a whole number"),
                arguments("/api/compare", crisis(", \"parameters\": {\"kbaar\": 1}"), 422, "unknown parameter 'kbaar'"),
                arguments("/api/compare", crisis(", \"parameters\": {\"coordination\": 3}"), 422, "coordination is upper, lower or auto"),
                arguments("/api/compare", crisis(", \"parameters\": {\"coordination\": \"sideways\"}"), 422, "coordination must be upper, lower or auto"),
                arguments("/api/compare", crisis(", \"parameters\": [1, 2]"), 400, "parameters: expected an object"),
                arguments("/api/compare", crisis(", \"seed\": 1e30"), 422, "seed: expected a whole number"),
                arguments("/api/compare", crisis(", \"seed\": 1.5"), 422, "seed: expected a whole number"),
                arguments("/api/compare", crisis(", \"seed\": 99999999999999999999999"), 422, "seed: expected a whole number"),
                arguments("/api/compare", crisis(", \"seed\": \"7\""), 422, "seed: expected a whole number"),
                arguments("/api/compare", crisis(", \"architectures\": [\"star\"]"), 422, "architectures[0]: unknown architecture 'star'"),
                arguments("/api/compare", crisis(", \"architectures\": \"lattice\""), 400, "architectures: expected a list"),
                arguments("/api/compare", crisis(", \"architectures\": [\"lattice\", \"lattice\", \"lattice\", \"lattice\", \"lattice\"]"), 422, "at most 4"),
                arguments("/api/compare", crisis(", \"policies\": [\"alignment\"]"), 422, "spoke: policies need the spoke"),
                arguments("/api/compare", crisis(", \"policies\": [\"appeasement\"], \"spoke\": \"KOR\""), 422, "policies[0]: unknown policy 'appeasement'"),
                arguments("/api/compare", crisis(", \"policies\": [\"alignment+\"], \"spoke\": \"KOR\""), 422, "policies[0]: empty part in 'alignment+' (nothing after a +)"),
                arguments("/api/compare", crisis(", \"policies\": [\"alignment\"], \"spoke\": \"CHN\""), 422, "'CHN' is not a spoke of any hub"),
                arguments("/api/compare", crisis(", \"policies\": [\"alignment\"], \"spoke\": \"ZZZ\""), 422, "spoke: unknown state 'ZZZ'"),
                arguments("/api/compare", crisis(", \"colour\": \"red\""), 400, "unknown key 'colour'"),
                arguments("/api/compare", "{\"challenger\": \"PRK\", \"target\": \"KOR\"}", 400, "give exactly one of scenario"),
                arguments("/api/compare", "{\"scenario\": \"korea-2023\", \"yaml\": \"x\", \"challenger\": \"PRK\", \"target\": \"KOR\"}", 400, "give exactly one of scenario"),
                arguments("/api/compare", "{\"document\": [], \"challenger\": \"PRK\", \"target\": \"KOR\"}", 400, "document: expected the scenario as a JSON object"),
                arguments("/api/compare", "{\"document\": {\"name\": \"x\"}, \"challenger\": \"PRK\", \"target\": \"KOR\"}", 422, "year"),
                arguments("/api/compare", "{\"scenario\": ", 400, "malformed JSON"),
                arguments("/api/compare", "[1, 2]", 400, "must be a JSON object, got array"),
                arguments("/api/compare", "", 400, "must be a JSON object"),
                arguments("/api/compare", "{\"a\": 1, \"a\": 2}", 400, "Duplicate field 'a'"),
                arguments("/api/compare", "{\"x\": NaN}", 400, "malformed JSON"),
                arguments("/api/compare", "[".repeat(5_000) + "]".repeat(5_000), 400, "malformed JSON"),
                arguments("/api/compare", "{\"seed\": 1" + "0".repeat(2_000) + "}", 400, "malformed JSON"),
                arguments("/api/crisis", crisis(", \"parameters\": {\"gamma\": 0}"), 422, "parameter gamma"),
                arguments("/api/validate", "{}", 400, "give exactly one of scenario"),
                arguments("/api/validate", "{\"yaml\": 12}", 400, "yaml: expected text"),
                arguments("/api/runs", "{\"request\": 3}", 400, "request: give the run's request"),
                arguments("/api/runs", "{\"label\": \"" + "x".repeat(300) + "\", \"request\": {}}", 400, "label: at most 200 characters"),
                arguments("/api/runs", "{\"request\": " + crisis(", \"seed\": 0.5") + "}", 422, "seed: expected a whole number"));
    }

    @ParameterizedTest(name = "[{index}] {0} {1} -> {2}")
    @MethodSource("badRequests")
    void badInputGetsA4xxWithAMessage(String path, String body, int status, String message) {
        Lab.Reply r = lab.post(path, body);
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.message()).as(r.toString()).contains(message);
    }

    static Stream<Arguments> badGets() {
        return Stream.of(
                arguments("/api/runs/abc", 400, "a run id is a positive whole number"),
                arguments("/api/runs/0", 400, "a run id is a positive whole number"),
                arguments("/api/runs/99999999999999999999", 400, "a run id is a positive whole number"),
                arguments("/api/runs/424242", 404, "no saved run 424242"),
                arguments("/api/runs/424242/export?format=csv", 404, "no saved run 424242"),
                arguments("/api/runs/compare?a=1", 400, "b: a run id"),
                arguments("/api/scenarios/" + "x".repeat(500), 404, "no bundled scenario"),
                arguments("/api/nothing-here", 404, "not found"));
    }

    @ParameterizedTest(name = "[{index}] GET {0} -> {1}")
    @MethodSource("badGets")
    void badAddressesGetA4xxWithAMessage(String path, int status, String message) {
        Lab.Reply r = lab.get(path);
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.message()).as(r.toString()).contains(message);
    }

    @Test
    void aTenThousandStateScenarioIsRefusedBeforeAnyWork() {
        ObjectNode doc = Json.object().put("name", "huge").put("year", 2000);
        ArrayNode states = doc.putArray("states");
        for (int i = 0; i < 10_000; i++) {
            states.addObject().put("id", "S" + i).put("cow", i + 1).put("name", "s").put("capability", 0.1);
        }
        ObjectNode req = Json.object().put("challenger", "AAA").put("target", "AAB");
        req.set("document", doc);
        long start = System.nanoTime();
        Lab.Reply r = lab.post("/api/compare", Json.write(req));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().path("error").path("field").asText()).isEqualTo("states");
        assertThat(r.message()).contains("at most 100 states, got 10000");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(5);

        StringBuilder yaml = new StringBuilder("name: huge\nyear: 2000\nstates:\n");
        for (int i = 0; i < 10_000; i++) {
            yaml.append("  - {id: S").append(i).append(", cow: ").append(i + 1).append(", name: s, capability: 0.1}\n");
        }
        Lab.Reply y = lab.post("/api/validate", Json.write(Json.object().put("yaml", yaml.toString()).put("file", "huge.yaml")));
        assertThat(y.status()).isEqualTo(422);
        assertThat(y.message()).contains("at most 100 states, got 10000");
    }

    @Test
    void aScenarioJustUnderTheLimitIsSolved() {
        // 100 states: a hub with 99 spokes that all consult one another, so that every state is a
        // candidate and coalitions are convolved (above exact_limit); the answer must come well within the timeout.
        ObjectNode doc = Json.object().put("name", "wide").put("year", 2000);
        ArrayNode states = doc.putArray("states");
        ArrayNode treaties = doc.putArray("treaties");
        ObjectNode all = treaties.addObject().put("id", "ALL").put("name", "consultation of all").put("signed", "1950-01-01").put("source", "test");
        ArrayNode everyone = all.putArray("members");
        for (int i = 0; i < Limits.MAX_STATES; i++) {
            states.addObject().put("id", id(i)).put("cow", i + 1).put("name", "state " + i).put("capability", 0.001 + i * 1e-4);
            everyone.addObject().put("state", id(i)).putArray("obligations").add("consultation");
            if (i > 0) {
                ObjectNode t = treaties.addObject().put("id", "T" + i).put("name", "treaty " + i).put("signed", "1950-01-01").put("source", "test");
                t.putArray("members").addObject().put("state", id(0)).putArray("obligations").add("defense");
                ((ArrayNode) t.get("members")).addObject().put("state", id(i)).putArray("obligations").add("defense");
            }
        }
        ObjectNode req = Json.object().put("challenger", id(1)).put("target", id(2));
        req.set("document", doc);
        long start = System.nanoTime();
        Lab.Reply r = lab.post("/api/compare", Json.write(req));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("variants").get(0).path("result").path("method").asText()).isEqualTo("convolution");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(Limits.SOLVE_TIMEOUT.toSeconds());
    }

    @Test
    void aBodyOver1MiBIs413WithAClearMessage() {
        byte[] big = new byte[Limits.MAX_BODY_BYTES + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        Lab.Reply r = lab.post("/api/compare", "application/json", big);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.message()).contains("request body too large").contains("at most 1048576 bytes (1 MiB)");
        // A body of exactly 1 MiB is read (and then judged on its content).
        byte[] edge = new byte[Limits.MAX_BODY_BYTES];
        java.util.Arrays.fill(edge, (byte) ' ');
        byte[] json = "{}".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(json, 0, edge, 0, json.length);
        assertThat(lab.post("/api/compare", "application/json", edge).status()).isEqualTo(400);
    }

    @Test
    void onlyJsonBodiesAreAccepted() {
        Lab.Reply r = lab.post("/api/compare", "text/plain", crisis("").getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(415);
        assertThat(r.message()).contains("Content-Type: application/json");
        assertThat(lab.post("/api/runs", "application/x-www-form-urlencoded", "a=b".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(415);
    }

    @Test
    void aWrongMethodIs405() {
        Lab.Reply r = Lab.send(lab.request("/api/compare").PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(r.status()).isEqualTo(405);
        assertThat(r.message()).isNotEmpty();
    }

    static String id(int i) {
        return "" + (char) ('A' + i / 676) + (char) ('A' + (i / 26) % 26) + (char) ('A' + i % 26);
    }
}
