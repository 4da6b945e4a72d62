package io.spokes.io.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

import io.spokes.core.domain.Amendment;
import io.spokes.core.domain.Scenario;
import io.spokes.core.policy.Architecture;
import io.spokes.core.policy.Policy;
import io.spokes.core.policy.PolicyTerm;
import io.spokes.core.policy.ScenarioVariant;
import io.spokes.io.InputException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A scenario's {@code variants:} (docs/scenario-format.md): read, written back, refused with located one-line errors. */
class VariantsTest {
    /** A hub with two spokes; the variants' line 14 is the first variant's {@code terms:}. */
    private static String scenario(String terms) {
        return """
                name: v
                year: 2000
                states:
                  - {id: USA, cow: 2, name: United States, capability: 0.5}
                  - {id: KOR, cow: 732, name: South Korea, capability: 0.02}
                  - {id: JPN, cow: 740, name: Japan, capability: 0.04}
                  - {id: AUS, cow: 900, name: Australia, capability: 0.02}
                hub: USA
                spokes: [KOR, JPN, AUS]
                variants:
                  - name: trilateral
                    description: test fixture
                    citations: [test fixture]
                    terms: %s
                    amendments:
                      - adjust_tie: {from: JPN, to: KOR, iota_delta: 0.1}
                  - name: cut
                    amendments:
                      - {remove_tie: {from: USA, to: AUS}, reason: why}
                """.formatted(terms);
    }

    private static final String GOOD = scenario("[lattice, alignment(KOR), \"collaboration(KOR; with=JPN+AUS)\"]");

    @Test
    void readsNamesTermsAndAmendmentsWithTheVariantAsDefaultReason() {
        Scenario s = ScenarioReader.read("v.yaml", GOOD, false);
        ScenarioVariant v = s.variant("trilateral");
        assertThat(v.description()).isEqualTo("test fixture");
        assertThat(v.citations()).containsExactly("test fixture");
        assertThat(v.terms()).containsExactly(Architecture.LATTICE, new PolicyTerm(Policy.ALIGNMENT, "KOR", List.of()),
                new PolicyTerm(Policy.COLLABORATION, "KOR", List.of("JPN", "AUS")));
        assertThat(v.amendments()).containsExactly(new Amendment.AdjustTie("JPN", "KOR", 0.1, null, 1.0, "trilateral"));
        assertThat(s.variant("cut").amendments()).containsExactly(new Amendment.RemoveTie("USA", "AUS", "why"));
        assertThat(s.variants()).extracting(ScenarioVariant::name).containsExactly("trilateral", "cut");
        // applied: the amendments first, then the terms, each recorded
        assertThat(v.variant(s).apply(s).transforms())
                .containsExactly("trilateral", "architecture(lattice)", "alignment(KOR)", "collaboration(KOR; with=JPN+AUS)");
    }

    @Test
    void variantsRoundTripThroughYamlAndJsonAndMatchTheSchema() throws IOException {
        Scenario s = ScenarioReader.read("v.yaml", GOOD, false);
        String yaml = ScenarioWriter.yaml(s);
        assertThat(yaml).contains("  - collaboration(KOR; with=JPN+AUS)\n");
        Scenario again = ScenarioReader.read("written.yaml", yaml, false);
        assertThat(again).isEqualTo(s);
        assertThat(ScenarioWriter.yaml(again)).isEqualTo(yaml);
        assertThat(ScenarioReader.read("written.json", ScenarioWriter.json(s), true)).isEqualTo(s);
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(new ObjectMapper().readTree(Files.readString(Path.of("..", "docs", "scenario.schema.json"))));
        assertThat(schema.validate(new YAMLMapper().readTree(GOOD))).isEmpty();
        assertThat(schema.validate(new YAMLMapper().readTree(yaml))).isEmpty();
        // a scenario without variants is written without the key, as before
        assertThat(ScenarioWriter.yaml(ScenarioReader.read(Path.of("..", "scenarios", "korea-2023.yaml")))).doesNotContain("variants:");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            '[appeasement(KOR)]'            | 14:13 | variants[0].terms[0]: unknown policy 'appeasement' in 'appeasement(KOR)'; use baseline,
            '[lattice, alignment]'          | 14:22 | variants[0].terms[1]: policy 'alignment' in variant 'trilateral' must name its spoke, e.g. alignment(KOR)
            '[alignment(PRK)]'              | 14:13 | variants[0].terms[0]: variant 'trilateral' names unknown state 'PRK'
            '["collaboration(KOR; with=KOR)"]' | 14:13 | variants[0].terms[0]: KOR cannot collaborate with itself; name other states in with=, in 'collaboration(KOR; with=KOR)'; use baseline,
            '[baseline]'                    | 14:13 | variants[0].terms[0]: baseline is the scenario as given and changes nothing; leave it out of a variant's terms
            '[lattice(KOR)]'                | 14:13 | variants[0].terms[0]: an architecture takes no arguments, got 'lattice(KOR)'; use baseline,
            """)
    void badTermsAreLocatedOneLineErrors(String terms, String at, String message) {
        assertThatThrownBy(() -> ScenarioReader.read("v.yaml", scenario(terms), false))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("v.yaml:" + at + ": " + message)
                .hasMessageNotContaining("\n");
    }

    @Test
    void badVariantsAreLocatedOneLineErrors() {
        assertThatThrownBy(() -> ScenarioReader.read("v.yaml", GOOD.replace("name: cut", "name: trilateral"), false))
                .hasMessage("v.yaml:17:11: variants[1].name: variant 'trilateral' is defined twice");
        assertThatThrownBy(() -> ScenarioReader.read("v.yaml", GOOD.replace("name: cut", "name: Baseline"), false))
                .hasMessageStartingWith("v.yaml:17:11: variants[1].name: 'baseline' is the scenario as given");
        assertThatThrownBy(() -> ScenarioReader.read("v.yaml", GOOD.replace("to: AUS}", "to: NZL}"), false))
                .hasMessage("v.yaml:19:9: variants[1].amendments[0].to: amendment names unknown state 'NZL'");
        assertThatThrownBy(() -> ScenarioReader.read("v.yaml", GOOD.replace("    description: test fixture", "    note: x"), false))
                .hasMessageStartingWith("v.yaml:12:11: variants[0].note: unknown key 'note' in a variant; allowed: amendments, citations, description, name, terms");
        assertThatThrownBy(() -> ScenarioReader.read("v.yaml", GOOD.replace("""
                  - name: cut
                    amendments:
                      - {remove_tie: {from: USA, to: AUS}, reason: why}
                """, "  - name: cut\n"), false))
                .hasMessageStartingWith("v.yaml:17:5: variants[1].terms: variant 'cut' changes nothing");
    }
}
