package io.spokes.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Parameters;
import io.spokes.core.domain.Scenario;
import io.spokes.core.policy.Architecture;
import io.spokes.core.policy.Policy;
import io.spokes.core.policy.Variant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The published JSON Schema (docs/scenario.schema.json) agrees with the reader on real files. */
class ScenarioSchemaTest {
    private static final JsonSchema SCHEMA = load();

    private static JsonSchema load() {
        try {
            JsonNode schema = new ObjectMapper().readTree(Files.readString(Path.of("..", "docs", "scenario.schema.json")));
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<ValidationMessage> validate(String yaml) throws IOException {
        return SCHEMA.validate(new YAMLMapper().readTree(yaml));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../scenarios/korea-2023.yaml", "../scenarios/toy-triangle.yaml"})
    void bundledScenariosMatchTheSchema(String file) throws IOException {
        assertThat(validate(Files.readString(Path.of(file)))).isEmpty();
    }

    @Test
    void writtenScenariosWithEveryAmendmentKindMatchTheSchema() throws IOException {
        Scenario s = ScenarioReader.read(Path.of("..", "scenarios", "korea-2023.yaml"));
        Scenario transformed = Variant.of(Architecture.COLLECTIVE, Policy.ALIGNMENT.transform("KOR"),
                Policy.COLLABORATION.transform("JPN")).apply(s);
        assertThat(validate(ScenarioWriter.yaml(transformed))).isEmpty();
    }

    /** The model v2 keys: a file with all of them matches; each bad one the schema can see is refused by both. */
    @Test
    void v2KeysMatchTheSchema() throws IOException {
        assertThat(validate(Files.readString(ScenarioReaderTest.resource("good-v2.yaml")))).isEmpty();
        Scenario v2 = ScenarioReader.read(ScenarioReaderTest.resource("good-v2.yaml"));
        assertThat(validate(ScenarioWriter.yaml(v2))).isEmpty();
        // 36 (.nan) is not here: the YAML library cannot parse it, so the schema never sees it
        for (String bad : new String[] {"32-bad-region.yaml", "33-latitude-out-of-range.yaml", "34-condition-not-owed.yaml",
                "35-unknown-condition-key.yaml", "37-bad-crisis-region.yaml", "38-theater-latitude.yaml"}) {
            Path file = ScenarioReaderTest.resource("bad/" + bad);
            assertThat(validate(Files.readString(file))).as(bad).isNotEmpty();
            assertThatThrownBy(() -> ScenarioReader.read(file)).as(bad).hasMessageContaining(bad);
        }
    }

    /** The schema's parameters are the model's (Parameter) and coordination, no more and no fewer. */
    @Test
    void schemaParametersAreTheModelParameters() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Files.readString(Path.of("..", "docs", "scenario.schema.json")));
        Set<String> inSchema = new java.util.TreeSet<>();
        schema.get("properties").get("parameters").get("properties").fieldNames().forEachRemaining(inSchema::add);
        Set<String> inModel = new java.util.TreeSet<>(Set.of(Parameters.COORDINATION));
        for (Parameter p : Parameter.values()) {
            inModel.add(p.symbol());
            assertThat(schema.get("properties").get("parameters").get("properties").get(p.symbol()).get("default").asDouble())
                    .as(p.symbol()).isEqualTo(p.defaultValue());
        }
        assertThat(inSchema).isEqualTo(inModel);
    }

    @Test
    void schemaRejectsWhatTheReaderRejects() throws IOException {
        String good = Files.readString(ScenarioReaderTest.resource("good.yaml"));
        assertThat(validate(good)).isEmpty();
        for (String bad : new String[] {"06-unknown-key.yaml", "03-bad-iso.yaml", "04-missing-year.yaml",
                "07-bad-obligation.yaml", "12-capability-as-text.yaml", "15-treaty-one-member.yaml", "11-unknown-parameter.yaml",
                "20-null-nuclear.yaml", "21-repeated-obligation.yaml", "22-capability-too-large.yaml", "23-repeated-spoke.yaml",
                "24-null-list.yaml", "25-null-required.yaml", "26-pledge-too-large.yaml", "27-five-digit-year.yaml",
                "31-not-a-scenario.yaml"}) {
            Path file = ScenarioReaderTest.resource("bad/" + bad);
            assertThat(validate(Files.readString(file))).as(bad).isNotEmpty();
            // and the reader does reject it, with a located error naming the file
            assertThatThrownBy(() -> ScenarioReader.read(file)).as(bad).hasMessageContaining(bad);
        }
    }
}
