package io.spokes.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.spokes.core.crisis.CrisisSolver;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Scenario;
import io.spokes.core.policy.Architecture;
import io.spokes.core.policy.Policy;
import io.spokes.core.policy.Variant;
import io.spokes.core.study.Comparison;
import io.spokes.core.study.VariantOutcome;
import io.spokes.io.result.CrisisJson;
import io.spokes.io.scenario.ScenarioReader;
import io.spokes.web.Json;
import io.spokes.web.Lab;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CrisisRoutesTest {
    @RegisterExtension
    static final Lab lab = Lab.perClass();
    static Scenario korea;

    @BeforeAll
    static void start() {
        korea = ScenarioReader.read(Lab.SCENARIOS.resolve("korea-2023.yaml"));
    }

    @Test
    void compareGivesWhatSpokesCompareGivesForTheSameInputs() {
        String req = """
                {"scenario": "korea-2023", "challenger": "PRK", "target": "KOR", "seed": 7,
                 "parameters": {"kbar": 2, "coordination": "upper"},
                 "architectures": ["lattice", "collective"], "policies": ["alignment", "independence+collaboration"], "spoke": "KOR"}""";
        Lab.Reply r = lab.post("/api/compare", req);
        assertThat(r.status()).isEqualTo(200);
        Scenario s = korea.withParameters(korea.parameters().with(Parameter.KBAR, 2).with("coordination", "upper"));
        List<Variant> variants = List.of(Variant.baseline(), Variant.of(Architecture.LATTICE), Variant.of(Architecture.COLLECTIVE),
                Variant.of(Policy.ALIGNMENT.transform("KOR")),
                Variant.of(Policy.INDEPENDENCE.transform("KOR"), Policy.COLLABORATION.transform("KOR")));
        List<VariantOutcome> expected = new Comparison(s, 7).run(variants, List.of(s.crises().get(0)));
        ObjectNode cli = CrisisJson.comparison("korea-2023", expected, 7);
        ObjectNode got = (ObjectNode) r.json();
        JsonNode request = got.remove("request");
        assertThat(got).isEqualTo(Json.parse(Json.write(cli)));
        assertThat(request.path("parameters").path("kbar").asDouble()).isEqualTo(2.0);
        assertThat(request.path("seed").asLong()).isEqualTo(7);
        assertThat(got.path("variants").findValuesAsText("variant"))
                .containsExactly("baseline", "lattice", "collective", "alignment(KOR)", "independence(KOR)+collaboration(KOR)");
    }

    @Test
    void aParameterChangeMovesDeterrenceAsTheLibrarySays() {
        double before = deterrence(lab.post("/api/compare", crisis(1.0)).json());
        double after = deterrence(lab.post("/api/compare", crisis(3.0)).json());
        Crisis c = Crisis.of("PRK", "KOR");
        assertThat(before).isEqualTo(new CrisisSolver(korea, LabRequest.DEFAULT_SEED).solve(c).deterrence());
        assertThat(after).isEqualTo(new CrisisSolver(korea.withParameters(korea.parameters().with(Parameter.KBAR, 3.0)),
                LabRequest.DEFAULT_SEED).solve(c).deterrence());
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void crisisGivesWhatSpokesCrisisGives() {
        Lab.Reply r = lab.post("/api/crisis", """
                {"scenario": "toy-triangle", "challenger": "PRK", "target": "KOR"}""");
        Scenario toy = ScenarioReader.read(Lab.SCENARIOS.resolve("toy-triangle.yaml"));
        ObjectNode expected = CrisisJson.toNode("toy-triangle", new CrisisSolver(toy, LabRequest.DEFAULT_SEED).solve(toy.crises().get(0)));
        ObjectNode got = (ObjectNode) r.json();
        got.remove("request");
        assertThat(got).isEqualTo(Json.parse(Json.write(expected)));
        assertThat(got.path("crisis").path("label").asText()).isEqualTo("North Korea challenges South Korea");
    }

    @Test
    void anEditedDocumentIsSolvedAsSent() {
        ObjectNode doc = (ObjectNode) lab.get("/api/scenarios/toy-triangle").json().path("document");
        ((ObjectNode) doc.path("states").get(1)).put("capability", 0.2);
        ObjectNode req = Json.object().put("challenger", "PRK").put("target", "KOR");
        req.set("document", doc);
        JsonNode r = lab.post("/api/compare", Json.write(req)).json();
        Scenario edited = ScenarioReader.read("e.json", Json.write(doc), true);
        assertThat(deterrence(r)).isEqualTo(new CrisisSolver(edited, LabRequest.DEFAULT_SEED).solve("PRK", "KOR").deterrence());
        assertThat(r.path("request").path("scenario").isNull()).isTrue();
    }

    @Test
    void everyAnswerReportsItsServerTime() {
        Lab.Reply r = lab.post("/api/compare", crisis(1.5));
        assertThat(r.header("Server-Timing")).matches("lab;dur=[0-9]+\\.[0-9]{2};desc=\".*\"");
    }

    static String crisis(double kbar) {
        return "{\"scenario\": \"korea-2023\", \"challenger\": \"PRK\", \"target\": \"KOR\", \"parameters\": {\"kbar\": " + kbar + "}}";
    }

    static double deterrence(JsonNode compare) {
        return compare.path("variants").get(0).path("result").path("deterrence").asDouble();
    }
}
