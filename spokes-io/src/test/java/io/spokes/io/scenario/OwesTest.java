package io.spokes.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.Treaty;
import io.spokes.core.network.AllianceNetwork;
import io.spokes.io.InputException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One-sided and multilateral pledges ({@code owes:}, docs/scenario-format.md): read, written back, refused when wrong. */
class OwesTest {
    /** A declaration in the shape of the Greater Sanction Statement: GBR and USA pledge defense to KOR, KOR pledges nothing. */
    private static String declaration(String gbrOwes) {
        return """
                name: pledge
                year: 1953
                states:
                  - {id: USA, cow: 2, name: United States, capability: 0.5}
                  - {id: GBR, cow: 200, name: United Kingdom, capability: 0.1}
                  - {id: KOR, cow: 732, name: South Korea, capability: 0.01}
                treaties:
                  - id: GSS
                    name: Joint Policy Declaration
                    signed: 1953-07-27
                    source: test fixture
                    members:
                      - state: USA
                        obligations: [defense, consultation]
                        owes: {defense: [KOR]}
                      - state: GBR
                        obligations: [defense, consultation]
                        owes: %s
                      - state: KOR
                        obligations: [none]
                """.formatted(gbrOwes);
    }

    private static final String GOOD = declaration("{defense: [KOR], consultation: [USA, KOR]}");

    @Test
    void readsAddresseesAndTiesFollowThem() {
        Scenario s = ScenarioReader.read("x.yaml", GOOD, false);
        Treaty t = s.treaties().get(0);
        assertThat(t.membership("GBR").orElseThrow().addressees().get(Obligation.DEFENSE)).containsExactly("KOR");
        assertThat(t.membership("GBR").orElseThrow().addressees().get(Obligation.CONSULTATION)).containsExactly("USA", "KOR");
        assertThat(t.membership("USA").orElseThrow().addressees()).doesNotContainKey(Obligation.CONSULTATION);
        AllianceNetwork n = new AllianceNetwork(s);
        assertThat(n.tie("GBR", "KOR").orElseThrow().owes(Obligation.DEFENSE)).isTrue();
        assertThat(n.tie("USA", "KOR").orElseThrow().owes(Obligation.DEFENSE)).isTrue();
        assertThat(n.tie("KOR", "GBR")).isEmpty();
        assertThat(n.tie("KOR", "USA")).isEmpty();
        // USA owes GBR consultation (owed to everyone), not defense
        assertThat(n.tie("USA", "GBR").orElseThrow().obligation()).isEqualTo(Obligation.CONSULTATION);
        assertThat(n.tie("GBR", "USA").orElseThrow().obligation()).isEqualTo(Obligation.CONSULTATION);
    }

    @Test
    void aGuaranteeFromAToBGivesTheTieAToBAndNoneBack() {
        String yaml = """
                name: guarantee
                year: 1939
                states:
                  - {id: GBR, cow: 200, name: United Kingdom, capability: 0.1}
                  - {id: POL, cow: 290, name: Poland, capability: 0.02}
                treaties:
                  - id: G
                    name: Guarantee
                    signed: 1939-03-31
                    source: test fixture
                    members:
                      - {state: GBR, obligations: [defense], owes: {defense: [POL]}}
                      - {state: POL, obligations: [none]}
                """;
        AllianceNetwork n = new AllianceNetwork(ScenarioReader.read("g.yaml", yaml, false));
        assertThat(n.ties()).hasSize(1);
        assertThat(n.tie("GBR", "POL").orElseThrow().owes(Obligation.DEFENSE)).isTrue();
        assertThat(n.tie("POL", "GBR")).isEmpty();
    }

    @Test
    void addresseesRoundTripThroughYamlAndJson() {
        Scenario s = ScenarioReader.read("x.yaml", GOOD, false);
        String yaml = ScenarioWriter.yaml(s);
        assertThat(yaml).contains("owes:\n      defense:\n      - KOR");
        Scenario again = ScenarioReader.read("written.yaml", yaml, false);
        assertThat(again).isEqualTo(s);
        assertThat(ScenarioWriter.yaml(again)).isEqualTo(yaml);
        assertThat(ScenarioReader.read("written.json", ScenarioWriter.json(s), true)).isEqualTo(s);
        // a member without addressees is written without the key, as before
        assertThat(ScenarioWriter.yaml(ScenarioReader.read(Path.of("..", "scenarios", "korea-2023.yaml")))).doesNotContain("owes:");
    }

    /** Columns point at the value the error is about: line 18 is GBR's {@code owes:}, its mapping opening at column 15. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "{protection: [KOR]}"          | 18:28 | treaties[0].members[1].owes.protection: owes is keyed by obligation: unknown obligation 'protection'; use one of none, consultation, neutrality, nonaggression, defense, offense
            "{offense: [KOR]}"             | 18:25 | treaties[0].members[1].owes.offense: owes 'offense' to named members, but the member does not owe it; owed: consultation, defense
            "{defense: [JPN]}"             | 18:26 | treaties[0].members[1].owes.defense[0]: 'JPN' is not a member of this treaty; GBR can owe 'defense' only to its members: USA, GBR, KOR
            "{defense: [GBR]}"             | 18:26 | treaties[0].members[1].owes.defense[0]: GBR cannot owe 'defense' to itself; name other members of the treaty
            "{defense: [KOR, KOR]}"        | 18:31 | treaties[0].members[1].owes.defense[1]: 'KOR' is listed twice in owes.defense (also at [0]); list each once
            "[KOR]"                        | 18:15 | treaties[0].members[1].owes: owes must be a mapping of keys to values, got a list
            """)
    void badOwesAreLocatedOneLineErrors(String owes, String at, String message) {
        assertThatThrownBy(() -> ScenarioReader.read("x.yaml", declaration(owes), false))
                .isInstanceOf(InputException.class)
                .hasMessage("x.yaml:" + at + ": " + message);
    }

    @Test
    void theSchemaAcceptsAddresseesAndRefusesWhatItCanSee() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Files.readString(Path.of("..", "docs", "scenario.schema.json")));
        JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        YAMLMapper yaml = new YAMLMapper();
        assertThat(s.validate(yaml.readTree(GOOD))).isEmpty();
        assertThat(s.validate(yaml.readTree(ScenarioWriter.yaml(ScenarioReader.read("x.yaml", GOOD, false))))).isEmpty();
        // an obligation not owed, an unknown key, not a list, not a state id: the schema sees these; membership it cannot
        for (String bad : new String[] {"{offense: [KOR]}", "{protection: [KOR]}", "{defense: KOR}", "{defense: [Korea]}"}) {
            assertThat(s.validate(yaml.readTree(declaration(bad)))).as(bad).isNotEmpty();
            assertThatThrownBy(() -> ScenarioReader.read("x.yaml", declaration(bad), false)).as(bad).isInstanceOf(InputException.class);
        }
    }
}
