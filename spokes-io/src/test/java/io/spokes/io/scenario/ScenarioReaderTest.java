package io.spokes.io.scenario;

import io.spokes.core.domain.Coordination;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Scenario;
import io.spokes.io.InputException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioReaderTest {

    static Path resource(String name) {
        try {
            return Path.of(ScenarioReaderTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsEveryPartOfAValidFile() {
        Scenario s = ScenarioReader.read(resource("good.yaml"));
        assertThat(s.name()).isEqualTo("tiny");
        assertThat(s.year()).isEqualTo(2023);
        assertThat(s.stateIds()).containsExactly("USA", "KOR", "PRK");
        assertThat(s.requireState("USA").capability()).isEqualTo(0.12356574);
        assertThat(s.requireState("USA").nuclear()).isTrue();
        assertThat(s.requireState("KOR").nuclear()).isFalse();
        assertThat(s.treaties()).hasSize(1);
        assertThat(s.treaties().get(0).membership("KOR").orElseThrow().obligations())
                .containsExactlyInAnyOrder(Obligation.DEFENSE, Obligation.CONSULTATION);
        assertThat(s.treaties().get(0).iota()).isEqualTo(1.0); // milinst 2 -> 1.0 beats bases 0.25
        assertThat(s.parameters().get(Parameter.KBAR)).isEqualTo(1.5);
        assertThat(s.parameters().coordination()).isEqualTo(Coordination.LOWER);
        assertThat(s.hub()).isEqualTo("USA");
        assertThat(s.spokes()).containsExactly("KOR");
        assertThat(s.crises()).singleElement().satisfies(c -> assertThat(c.label()).isEqualTo("North Korea challenges South Korea"));
        assertThat(s.rivalries()).hasSize(1);
        assertThat(s.affinities()).hasSize(1);
        assertThat(s.amendments()).hasSize(1);
    }

    /** Each bad file differs from good.yaml in one place; the message names that place and says what to fix. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            01-unknown-state.yaml          | 34 | 16 | treaties[0].members[1].state: treaty 'US-ROK' names unknown state 'RKO'
            02-negative-capability.yaml    | 18 | 17 | states[1].capability: capability of 'KOR' must be a positive finite number (e.g. its CINC score), got -0.02
            03-bad-iso.yaml                | 15 | 9  | states[1].id: state id must be an ISO 3166-1 alpha-3 code of three capital letters, got 'Korea'
            04-missing-year.yaml           | 2  | 1  | year: the scenario is missing required key 'year'
            05-malformed.yaml              | 49 | 7  | malformed YAML: while parsing a flow sequence
            06-unknown-key.yaml            | 14 | 12 | states[0].nukes: unknown key 'nukes' in a state; allowed: capability, capital, cow, id, ideal_point, name, nuclear, source
            07-bad-obligation.yaml         | 33 | 23 | treaties[0].members[0].obligations[0]: unknown obligation 'protection'; use one of none, consultation, neutrality, nonaggression, defense, offense
            08-duplicate-state.yaml        | 20 | 9  | states[2].id: state 'KOR' is listed twice
            09-bad-date.yaml               | 30 | 13 | treaties[0].signed: expected a date as YYYY-MM-DD, got '1953-13-01'
            10-parameter-out-of-range.yaml | 6  | 9  | parameters.kbar: parameter kbar (median war cost kbar_j, in units of the stake) must lie in [1.0E-9, 1000000000], got -1.0
            11-unknown-parameter.yaml      | 6  | 10 | parameters.kbarr: unknown key 'kbarr' in parameters; allowed: challenge_cost, coordination
            12-capability-as-text.yaml     | 12 | 17 | states[0].capability: expected a number, got text 'large'
            13-crisis-self.yaml            | 51 | 13 | crises[0].target: a crisis needs two different states, got challenger = target = 'PRK'
            14-duplicate-key.yaml          | 5  | 5  | malformed YAML: Duplicate field 'year'
            15-treaty-one-member.yaml      | 32 | 7  | treaties[0].members: treaty 'US-ROK' needs at least two members
            16-spoke-unknown.yaml          | 48 | 15 | spokes[1]: spoke list names unknown state 'JPN'
            17-empty.yaml                  | 1  | 1  | the file is empty; a scenario needs at least name, year and states
            18-ended-before-signed.yaml    | 31 | 12 | treaties[0].ended: treaty 'US-ROK' ends (1950-01-01) before it is signed (1953-10-01)
            19-empty-citation.yaml         | 8  | 5  | citations[0]: a citation is empty; remove it or write the reference
            """)
    void badFilesNameFileLineColumnAndField(String file, int line, int column, String message) {
        Path path = resource("bad/" + file);
        assertThatThrownBy(() -> ScenarioReader.read(path))
                .isInstanceOf(InputException.class)
                .satisfies(e -> {
                    InputException ie = (InputException) e;
                    assertThat(ie.file()).isEqualTo(path.toString());
                    assertThat(ie.line()).isEqualTo(line);
                    assertThat(ie.column()).isEqualTo(column);
                    assertThat(ie.getMessage()).startsWith(path + ":" + line + ":" + column + ": " + message);
                    assertThat(ie.getMessage()).doesNotContain("\n");
                });
    }

    /**
     * Issue #14, items 3 and 7: explicit nulls, repeats in sets and values beyond their range are
     * located errors (never a silent default, merge or 160-digit column), and reader errors have
     * their place and quote at most 60 characters of the file. The whole message is checked.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            20-null-nuclear.yaml         | 17:14 | states[0].nuclear: expected true or false, got null (an empty value or ~); write a value, or leave the key out for its default
            21-repeated-obligation.yaml  | 37:37 | treaties[0].members[0].obligations[1]: 'consultation' is listed twice in obligations (also at [0]); list each once
            22-capability-too-large.yaml | 16:17 | states[0].capability: capability is a share of the system's capabilities (such as a CINC score) and must lie in (0, 1], got 1.0E308
            23-repeated-spoke.yaml       | 52:15 | spokes[1]: 'KOR' is listed twice in spokes (also at [0]); list each once
            24-null-list.yaml            | 43:11 | rivalries: rivalries must be a list, got null (an empty value or ~); write a value, or leave the key out for its default
            25-null-required.yaml        | 4:6   | year: the scenario needs a value for required key 'year', got null (an empty value or ~)
            26-pledge-too-large.yaml     | 58:64 | amendments[0].adjust_tie.pledge: pledge of USA->KOR must be a positive multiplier of at most 100, got 1000000.0
            27-five-digit-year.yaml      | 34:13 | treaties[0].signed: expected a date as YYYY-MM-DD, got '+10000-01-01'
            28-tab-indent.yaml           | 19:1  | malformed YAML: a tab cannot indent YAML or start a value; indent with spaces
            29-deep-nesting.yaml         | 4:72  | mappings and lists nest more than 64 levels deep here; a scenario or experiment needs at most a few
            30-not-utf8.yaml             | 3:16  | not UTF-8 text (byte 0xe9); save the scenario as UTF-8
            31-not-a-scenario.yaml       | 2:1   | the scenario must be a mapping of keys to values, got text 'root:x:0:0:root:/root:/bin/bash daemon:x:1:1:daemon:/usr/sbi...'
            """)
    void nullsRepeatsRangesAndReaderErrorsAreLocatedOneLineErrors(String file, String at, String message) {
        Path path = resource("bad/" + file);
        assertThatThrownBy(() -> ScenarioReader.read(path))
                .isInstanceOf(InputException.class)
                .hasMessage(path + ":" + at + ": " + message);
    }

    /** A reader error quoting input escapes its control characters: the message stays one line. */
    @Test
    void quotedInputIsCutAndEscaped() {
        String yaml = "name: tiny\nyear: 2023\nstates:\n  - {id: \"K\\u001b[31mR\\nXX\", cow: 732, name: K, capability: 0.1}\n";
        assertThatThrownBy(() -> ScenarioReader.read("x.yaml", yaml, false))
                .isInstanceOf(InputException.class)
                .hasMessage("x.yaml:4:10: states[0].id: state id must be an ISO 3166-1 alpha-3 code of three capital letters, "
                        + "got 'K\\e[31mR\\nXX'");
        String longKey = "k".repeat(500);
        assertThatThrownBy(() -> ScenarioReader.read("x.yaml", "name: tiny\n" + longKey + ": 1\n", false))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("x.yaml:2:503: " + "k".repeat(120) + "...: unknown key '" + "k".repeat(60) + "...' in the scenario;");
    }

    /** Only an empty plain value is null: a quoted empty string stays text. */
    @Test
    void quotedEmptyTextIsNotNull() {
        String yaml = "name: tiny\ntitle: ''\ndescription: \"\"\nyear: 2023\nstates:\n  - {id: USA, cow: 2, name: US, capability: 0.1}\n"
                + "  - {id: KOR, cow: 732, name: ROK, capability: 0.02}\n";
        Scenario s = ScenarioReader.read("x.yaml", yaml, false);
        assertThat(s.title()).isEqualTo("tiny"); // a blank title falls back to the name (Scenario)
        assertThat(s.description()).isEmpty();
    }

    /** Numbers too long for the parser (over 1000 digits) are refused with their place. */
    @Test
    void overlongNumberIsLocated() {
        String yaml = "name: tiny\nyear: " + "9".repeat(1500) + "\n";
        assertThatThrownBy(() -> ScenarioReader.read("x.yaml", yaml, false))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("x.yaml:2:");
    }

    @Test
    void missingFileIsAnInputError() {
        assertThatThrownBy(() -> ScenarioReader.read(Path.of("no/such/scenario.yaml")))
                .isInstanceOf(InputException.class)
                .hasMessage("no/such/scenario.yaml: no such scenario file");
    }

    @Test
    void jsonIsReadWithLocationsToo() {
        String json = "{\n  \"name\": \"j\",\n  \"year\": 2023,\n  \"states\": [\n    {\"id\": \"USA\", \"cow\": 2, \"name\": \"US\", \"capability\": 0.1},\n"
                + "    {\"id\": \"KOR\", \"cow\": 732, \"name\": \"ROK\", \"capability\": 0}\n  ]\n}\n";
        assertThatThrownBy(() -> ScenarioReader.read("x.json", json, true))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("x.json:6:60: states[1].capability: capability of 'KOR' must be a positive finite number");
    }

    @Test
    void yamlRoundTripGivesAnEqualScenario() {
        Scenario s = ScenarioReader.read(resource("good.yaml"));
        Scenario again = ScenarioReader.read("written.yaml", ScenarioWriter.yaml(s), false);
        assertThat(again).isEqualTo(s);
        assertThat(ScenarioWriter.yaml(again)).isEqualTo(ScenarioWriter.yaml(s));
    }

    @Test
    void jsonRoundTripGivesAnEqualScenario() {
        Scenario s = ScenarioReader.read(resource("good.yaml"));
        Scenario again = ScenarioReader.read("written.json", ScenarioWriter.json(s), true);
        assertThat(again).isEqualTo(s);
    }

    @Test
    void bundledScenariosAreValidAndRoundTrip() {
        for (String name : new String[] {"korea-2023.yaml", "toy-triangle.yaml"}) {
            Path p = Path.of("..", "scenarios", name);
            Scenario s = ScenarioReader.read(p);
            assertThat(s.crises()).isNotEmpty();
            assertThat(s.states()).allSatisfy(st -> assertThat(st.source()).as("source of %s", st.id()).isNotBlank());
            assertThat(ScenarioReader.read("again.yaml", ScenarioWriter.yaml(s), false)).isEqualTo(s);
            // the prose travels too: a written scenario still says where its numbers come from
            assertThat(s.description()).isNotBlank();
            assertThat(s.citations()).isNotEmpty().allSatisfy(c -> assertThat(c).isNotBlank());
        }
        assertThat(ScenarioReader.read(Path.of("..", "scenarios", "korea-2023.yaml")).citations())
                .anySatisfy(c -> assertThat(c).contains("Alliance Treaty Obligations and Provisions"));
    }
}
