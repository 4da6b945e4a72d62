package io.spokes.core.domain;

import io.spokes.core.Fixtures;

import org.junit.jupiter.api.Test;

import static io.spokes.core.Fixtures.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@link Scenario#crisis}: the one way every front end finds a crisis by its principals. */
class ScenarioCrisisTest {
    private final Scenario s = Fixtures.scenario(state("USA", 2, 0.14), state("KOR", 732, 0.02), state("PRK", 731, 0.01)).build();

    @Test
    void aPairTheScenarioDoesNotListIsANewCrisis() {
        assertThat(s.crisis("PRK", "KOR")).isEqualTo(Crisis.of("PRK", "KOR"));
        assertThat(s.crisis("PRK", "KOR").label()).isEqualTo("PRK vs KOR");
    }

    @Test
    void unknownStatesNameTheirRoleAndTheKnownStates() {
        FieldException c = catchThrowableOfType(FieldException.class, () -> s.crisis("XXX", "KOR"));
        assertThat(c.field()).isEqualTo("challenger");
        assertThat(c).hasMessage("unknown state 'XXX'; the scenario has USA, KOR, PRK");
        FieldException t = catchThrowableOfType(FieldException.class, () -> s.crisis("PRK", "ROK"));
        assertThat(t.field()).isEqualTo("target");
        assertThat(t).hasMessage("unknown state 'ROK'; the scenario has USA, KOR, PRK");
        assertThat(catchThrowableOfType(FieldException.class, () -> s.crisis(null, "KOR")).field()).isEqualTo("challenger");
    }

    @Test
    void challengerAndTargetDiffer() {
        FieldException e = catchThrowableOfType(FieldException.class, () -> s.crisis("KOR", "KOR"));
        assertThat(e.field()).isEqualTo("target");
        assertThat(e).hasMessage("challenger and target must be different states");
    }
}
