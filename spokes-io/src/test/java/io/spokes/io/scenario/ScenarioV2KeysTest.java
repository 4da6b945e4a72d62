package io.spokes.io.scenario;

import io.spokes.core.domain.CapabilityIndex;
import io.spokes.core.domain.Conditions;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Location;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Region;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.State;
import io.spokes.io.InputException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The model v2 keys of the scenario format (docs/scenario-format.md): read, written back, refused when wrong. */
class ScenarioV2KeysTest {
    private static final Scenario V2 = ScenarioReader.read(ScenarioReaderTest.resource("good-v2.yaml"));

    @Test
    void readsCapabilityIndexCapitalsAndIdealPoints() {
        assertThat(V2.capabilityIndex()).isEqualTo(CapabilityIndex.MILEX);
        State usa = V2.requireState("USA");
        assertThat(usa.capital()).isEqualTo(new Location(38.8950368, -77.0365427));
        assertThat(usa.idealPoint()).isEqualTo(1.986836);
        assertThat(V2.requireState("KOR").idealPoint()).isEqualTo(0.9067143);
        State prk = V2.requireState("PRK");
        assertThat(prk.capital()).isEqualTo(new Location(39.0167979, 125.7473609));
        assertThat(prk.hasIdealPoint()).as("no ideal_point key: unknown").isFalse();
    }

    @Test
    void readsEveryConditionKey() {
        var usa = V2.treaties().get(0).membership("USA").orElseThrow();
        Conditions defense = usa.conditionsOf(Obligation.DEFENSE);
        assertThat(defense.regions()).containsExactlyInAnyOrder(Region.ASIA, Region.OCEANIA);
        assertThat(defense.places()).containsExactly("KOR");
        assertThat(defense.adversaries()).containsExactly("PRK", "CHN");
        assertThat(defense.nonProvocation()).isTrue();
        assertThat(defense.minAdversaries()).isEqualTo(2);
        assertThat(defense.onRequest()).isTrue();
        assertThat(defense.conflicts()).containsExactly("North Korea challenges South Korea");
        assertThat(defense.conflictSpecific()).as("implied by the conflicts list").isTrue();
        assertThat(defense.note()).isEqualTo("Art. III: an armed attack in the Pacific area on either Party");
        Conditions consultation = usa.conditionsOf(Obligation.CONSULTATION);
        assertThat(consultation.conflictSpecific()).isTrue();
        assertThat(consultation.conflicts()).isEmpty();
        assertThat(V2.treaties().get(0).membership("KOR").orElseThrow().conditionsOf(Obligation.DEFENSE).regions())
                .containsExactly(Region.ASIA);
    }

    @Test
    void readsCrisisRegionAndTheater() {
        Crisis first = V2.crises().get(0);
        assertThat(first.region()).isEqualTo(Region.ASIA);
        assertThat(first.theater()).isEqualTo(new Location(38.0, 127.0));
        assertThat(first.theaterNote()).isEqualTo("the demilitarized zone");
        Crisis second = V2.crises().get(1);
        assertThat(second.region()).as("left out: the target's region").isNull();
        assertThat(second.regionIn(V2)).isEqualTo(Region.AMERICAS);
        assertThat(second.theater()).isEqualTo(new Location(13.4443, 144.7937));
        assertThat(second.theaterNote()).isEmpty();
        Crisis third = V2.crises().get(2);
        assertThat(third.theater()).isNull();
        assertThat(third.theaterIn(V2)).as("left out: the target's capital").isEqualTo(V2.requireState("PRK").capital());
    }

    @Test
    void everyV2KeyRoundTripsThroughYamlAndJson() {
        String yaml = ScenarioWriter.yaml(V2);
        Scenario again = ScenarioReader.read("written.yaml", yaml, false);
        assertThat(again).isEqualTo(V2);
        assertThat(ScenarioWriter.yaml(again)).isEqualTo(yaml);
        assertThat(ScenarioReader.read("written.json", ScenarioWriter.json(V2), true)).isEqualTo(V2);
        // the added treaty of the amendment keeps its conditions too
        assertThat(yaml).contains("offense:\n          adversaries:\n          - PRK");
    }

    /** A v1 file reads with the v2 defaults, and is written back without any v2 key. */
    @Test
    void aV1FileReadsUnchangedAndIsWrittenWithoutV2Keys() {
        Scenario v1 = ScenarioReader.read(ScenarioReaderTest.resource("good.yaml"));
        assertThat(v1.capabilityIndex()).isEqualTo(CapabilityIndex.CINC);
        assertThat(v1.states()).allSatisfy(s -> {
            assertThat(s.capital()).isNull();
            assertThat(s.hasIdealPoint()).isFalse();
        });
        assertThat(v1.treaties()).allSatisfy(t -> assertThat(t.members()).allSatisfy(m -> assertThat(m.conditions()).isEmpty()));
        assertThat(v1.crises()).allSatisfy(c -> {
            assertThat(c.region()).isNull();
            assertThat(c.theater()).isNull();
        });
        String written = ScenarioWriter.yaml(v1);
        for (String key : new String[] {"capability_index", "capital", "ideal_point", "conditions", "region", "theater"}) {
            assertThat(written).as(key).doesNotContain(key + ":");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            32-bad-region.yaml               | 41:29 | treaties[0].members[0].conditions.defense.regions[1]: region must be one of americas, europe, africa, middle_east, asia, oceania; got 'pacific'
            33-latitude-out-of-range.yaml    | 21:20 | states[1].capital.lat: latitude must lie in [-90, 90] degrees, got 97.5666791
            34-condition-not-owed.yaml       | 50:13 | treaties[0].members[0].conditions.consultation: conditions on 'consultation', which the member does not owe; owed: defense
            35-unknown-condition-key.yaml    | 43:24 | treaties[0].members[0].conditions.defense.adversary: unknown key 'adversary' in the conditions of an obligation; allowed: adversaries, conflict_specific, conflicts, min_adversaries, non_provocation, note, on_request, places, regions
            36-non-finite-ideal-point.yaml   | 22:18 | states[1].ideal_point: expected a finite number, got .nan (infinity or not-a-number); write a finite number, or leave the key out where that means unknown
            37-bad-crisis-region.yaml        | 64:13 | crises[0].region: region must be one of americas, europe, africa, middle_east, asia, oceania; got 'pacific'
            38-theater-latitude.yaml         | 65:20 | crises[0].theater.lat: latitude must lie in [-90, 90] degrees, got -91.0
            """)
    void badV2KeysAreLocatedOneLineErrors(String file, String at, String message) {
        Path path = ScenarioReaderTest.resource("bad/" + file);
        assertThatThrownBy(() -> ScenarioReader.read(path))
                .isInstanceOf(InputException.class)
                .hasMessage(path + ":" + at + ": " + message);
    }

    /** Small refusals, each in a one-state-pair file written here. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "{defense: {note: 'only a note'}}"          | 8:66 | treaties[0].members[0].conditions.defense: conditions on 'defense' set no condition; add one (regions, places, adversaries, non_provocation, min_adversaries, on_request, conflicts or conflict_specific) or leave the obligation out of conditions
            "{protection: {on_request: true}}"          | 8:69 | treaties[0].members[0].conditions.protection: conditions are keyed by obligation: unknown obligation 'protection'; use one of none, consultation, neutrality, nonaggression, defense, offense
            "{defense: {adversaries: [Korea]}}"         | 8:81 | treaties[0].members[0].conditions.defense.adversaries[0]: adversaries are state ids (ISO 3166-1 alpha-3, three capital letters), got 'Korea'
            "{defense: {min_adversaries: -1}}"          | 8:84 | treaties[0].members[0].conditions.defense.min_adversaries: min_adversaries must lie in [0, 1000], got -1
            "{defense: {regions: [asia, ASIA]}}"        | 8:83 | treaties[0].members[0].conditions.defense.regions[1]: region 'asia' is listed twice in regions; list each once
            "{defense: {conflicts: ['']}}"              | 8:79 | treaties[0].members[0].conditions.defense.conflicts[0]: a conflict label is empty; write the crisis label the obligation is limited to
            """)
    void badConditionsAreRefused(String conditions, String at, String message) {
        String yaml = "name: t\nyear: 2023\nstates:\n  - {id: USA, cow: 2, name: US, capability: 0.1}\n"
                + "  - {id: KOR, cow: 732, name: ROK, capability: 0.02}\n"
                + "treaties:\n  - {id: T, name: T, signed: 1953-10-01, source: s, members: [\n"
                + "      {state: USA, obligations: [defense], conditions: " + conditions + "},\n"
                + "      {state: KOR, obligations: [defense]}]}\n";
        assertThatThrownBy(() -> ScenarioReader.read("x.yaml", yaml, false))
                .isInstanceOf(InputException.class)
                .hasMessage("x.yaml:" + at + ": " + message);
    }

    @Test
    void aTheaterNoteNeedsATheaterAndCapabilityIndexIsChecked() {
        assertThatThrownBy(() -> new Crisis("PRK", "KOR", null, null, null, "DMZ"))
                .hasMessageContaining("the theater note 'DMZ' needs a theater");
        String yaml = "name: t\nyear: 2023\ncapability_index: gdp\nstates:\n  - {id: USA, cow: 2, name: US, capability: 0.1}\n"
                + "  - {id: KOR, cow: 732, name: ROK, capability: 0.02}\n";
        assertThatThrownBy(() -> ScenarioReader.read("x.yaml", yaml, false))
                .isInstanceOf(InputException.class)
                .hasMessage("x.yaml:3:19: capability_index: capability_index must be cinc, milex, resources or other; got 'gdp'");
        assertThat(Set.of(CapabilityIndex.values())).allSatisfy(c -> assertThat(ScenarioReader.read("x.yaml",
                yaml.replace("gdp", c.code()), false).capabilityIndex()).isEqualTo(c));
    }
}
