package io.spokes.web.api;

import com.fasterxml.jackson.databind.JsonNode;

import io.spokes.core.SpokesVersion;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Scenario;
import io.spokes.core.policy.Policy;
import io.spokes.core.policy.Variant;
import io.spokes.core.study.Comparison;
import io.spokes.core.study.VariantOutcome;
import io.spokes.io.result.TidyCsv;
import io.spokes.io.scenario.ScenarioReader;
import io.spokes.web.Json;
import io.spokes.web.Lab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RunRoutesTest {
    @TempDir
    Path data;

    static final String REQUEST = """
            {"scenario": "toy-triangle", "challenger": "PRK", "target": "KOR", "seed": 5, "parameters": {"kbar": %s},
             "policies": ["alignment"], "spoke": "KOR"}""";

    static String save(String label, double kbar) {
        return "{\"label\": \"" + label + "\", \"request\": " + REQUEST.formatted(kbar) + "}";
    }

    @Test
    void aSavedRunHoldsItsScenarioParametersSeedVersionAndResults() throws Exception {
        try (Lab lab = Lab.start(data)) {
            Lab.Reply r = lab.post("/api/runs", save("kbar two", 2));
            assertThat(r.status()).isEqualTo(201);
            JsonNode run = r.json().path("run");
            long id = run.path("id").asLong();
            assertThat(r.header("Location")).isEqualTo("/api/runs/" + id);
            assertThat(run.path("label").asText()).isEqualTo("kbar two");
            assertThat(run.path("variants").toString()).isEqualTo("[\"baseline\",\"alignment(KOR)\"]");
            assertThat(run.path("version").asText()).isEqualTo(SpokesVersion.VERSION);

            JsonNode full = lab.get("/api/runs/" + id).json();
            assertThat(full.path("request").path("parameters").path("kbar").asDouble()).isEqualTo(2.0);
            assertThat(full.path("request").path("seed").asLong()).isEqualTo(5);
            Scenario stored = ScenarioReader.read("run.json", Json.write(full.path("scenario")), true);
            assertThat(stored.parameters().get(Parameter.KBAR)).isEqualTo(2.0);
            assertThat(full.path("results").path("variants").get(1).path("result").path("deterrence").asDouble())
                    .isEqualTo(expected(2).get(1).result().deterrence());

            // The CSV export is the CLI's tidy table for the same inputs, byte for byte.
            Lab.Reply csv = lab.get("/api/runs/" + id + "/export?format=csv");
            assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"spokes-run-" + id + ".csv\"");
            StringWriter w = new StringWriter();
            TidyCsv.write(w, "toy-triangle", expected(2), 5);
            assertThat(csv.body()).isEqualTo(w.toString());
            Lab.Reply json = lab.get("/api/runs/" + id + "/export?format=json");
            assertThat(json.header("Content-Disposition")).contains("spokes-run-" + id + ".json");
            assertThat(json.json().path("results")).isEqualTo(full.path("results"));
            assertThat(lab.get("/api/runs/" + id + "/export?format=xml").status()).isEqualTo(400);
        }
    }

    @Test
    void runsAreListedNewestFirstAndSurviveARestart() {
        long first;
        try (Lab lab = Lab.start(data)) {
            first = lab.post("/api/runs", save("one", 1)).json().path("run").path("id").asLong();
            lab.post("/api/runs", save("two", 1.5));
            assertThat(lab.get("/api/runs").json().path("runs").findValuesAsText("label")).containsExactly("two", "one");
        }
        try (Lab again = Lab.start(data)) {
            assertThat(again.get("/api/runs").json().path("runs").findValuesAsText("label")).containsExactly("two", "one");
            assertThat(again.get("/api/runs/" + first).json().path("run").path("label").asText()).isEqualTo("one");
            assertThat(again.delete("/api/runs/" + first).status()).isEqualTo(204);
            assertThat(again.get("/api/runs/" + first).status()).isEqualTo(404);
            assertThat(again.delete("/api/runs/" + first).status()).isEqualTo(404);
        }
    }

    @Test
    void twoRunsSideBySideShowEveryHeadlineMeasureAndWhatDiffers() {
        try (Lab lab = Lab.start(data)) {
            long a = lab.post("/api/runs", save("a", 1)).json().path("run").path("id").asLong();
            long b = lab.post("/api/runs", save("b", 3)).json().path("run").path("id").asLong();
            JsonNode c = lab.get("/api/runs/compare?a=" + a + "&b=" + b).json();
            assertThat(c.path("rows")).hasSize(2 * io.spokes.core.study.Measure.headlines().size());
            JsonNode row = c.path("rows").get(0);
            assertThat(row.path("variant").asText()).isEqualTo("baseline");
            assertThat(row.path("measure").asText()).isEqualTo("deterrence");
            double da = expected(1).get(0).result().deterrence();
            double db = expected(3).get(0).result().deterrence();
            assertThat(row.path("a").asDouble()).isEqualTo(da);
            assertThat(row.path("b").asDouble()).isEqualTo(db);
            assertThat(row.path("difference").asDouble()).isEqualTo(db - da);
            assertThat(c.path("parameters")).hasSize(1);
            assertThat(c.path("parameters").get(0).path("symbol").asText()).isEqualTo("kbar");
            assertThat(c.path("same_crisis").asBoolean()).isTrue();
            assertThat(c.path("same_seed").asBoolean()).isTrue();
            assertThat(c.path("same_scenario").asBoolean()).isTrue();
        }
    }

    @Test
    void anInvalidRequestSavesNothing() {
        try (Lab lab = Lab.start(data)) {
            Lab.Reply r = lab.post("/api/runs", "{\"request\": {\"scenario\": \"toy-triangle\", \"challenger\": \"PRK\", \"target\": \"XXX\"}}");
            assertThat(r.status()).isEqualTo(422);
            assertThat(lab.get("/api/runs").json().path("runs")).isEmpty();
        }
    }

    static List<VariantOutcome> expected(double kbar) {
        Scenario toy = ScenarioReader.read(Lab.SCENARIOS.resolve("toy-triangle.yaml"));
        Scenario s = toy.withParameters(toy.parameters().with(Parameter.KBAR, kbar));
        return new Comparison(s, 5).run(List.of(Variant.baseline(), Variant.of(Policy.ALIGNMENT.transform("KOR"))), s.crises());
    }
}
