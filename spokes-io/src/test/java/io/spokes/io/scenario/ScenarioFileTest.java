package io.spokes.io.scenario;

import io.spokes.core.domain.FieldException;
import io.spokes.io.InputException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A domain error raised after reading (while solving or reporting) names the scenario file, and its field's line:col when the file has it. */
class ScenarioFileTest {
    private static final String YAML = """
            name: many
            year: 2020
            hub: CCC
            states:
              - {id: AAA, cow: 1, name: A, capability: 0.1}
              - {id: BBB, cow: 3, name: B, capability: 0.1}
              - {id: CCC, cow: 4, name: C, capability: 0.1}
            crises:
              - {challenger: AAA, target: BBB}
            """;

    @Test
    void aFieldTheFileHasIsLocated(@TempDir Path dir) throws IOException {
        ScenarioFile f = ScenarioFile.read(Files.writeString(dir.resolve("many.yaml"), YAML));
        // line 3 "hub: CCC": the value starts at column 6; line 7's capability value at column 44
        assertThatThrownBy(() -> f.solving(() -> {
            throw new FieldException("hub", "no hub system to change");
        })).isInstanceOf(InputException.class).hasMessage(dir.resolve("many.yaml") + ":3:6: hub: no hub system to change");
        assertThat(f.error(new FieldException("states[2].capability", "too small")).getMessage())
                .isEqualTo(dir.resolve("many.yaml") + ":7:44: states[2].capability: too small");
        assertThat(f.error(new FieldException("crises[0]", "x")).getMessage()).startsWith(dir.resolve("many.yaml") + ":9:5: crises[0]: ");
    }

    @Test
    void aFieldTheFileLeavesOutNamesTheFileAndField(@TempDir Path dir) throws IOException {
        ScenarioFile f = ScenarioFile.read(Files.writeString(dir.resolve("many.json"),
                "{\"name\": \"many\", \"year\": 2020, \"states\": [{\"id\": \"AAA\", \"cow\": 1, \"name\": \"A\", \"capability\": 0.1}, "
                        + "{\"id\": \"BBB\", \"cow\": 3, \"name\": \"B\", \"capability\": 0.1}]}"));
        assertThat(f.error(new FieldException("hub", "scenario 'many' has no defense ties")).getMessage())
                .isEqualTo(dir.resolve("many.json") + ": hub: scenario 'many' has no defense ties");
        assertThat(f.error(new FieldException("states[3].id", "x")).getMessage()).isEqualTo(dir.resolve("many.json") + ": states[3].id: x");
        assertThat(f.error(new FieldException("states[0].id", "x")).getMessage()).startsWith(dir.resolve("many.json") + ":1:");
        assertThat(f.error(new FieldException("", "x")).getMessage()).isEqualTo(dir.resolve("many.json") + ": x");
    }
}
