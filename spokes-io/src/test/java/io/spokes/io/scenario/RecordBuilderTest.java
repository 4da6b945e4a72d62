package io.spokes.io.scenario;

import io.spokes.core.crisis.CrisisResult;
import io.spokes.core.crisis.CrisisSolver;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.Treaty;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The builders of the wide records, on the bundled scenarios as the real reader reads them. */
class RecordBuilderTest {
    private static Scenario bundled(String file) {
        return ScenarioReader.read(Path.of("..", "scenarios", file));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"korea-2023.yaml", "toy-triangle.yaml"})
    void toBuilderBuildsAnEqualScenarioTreatyAndResult(String file) {
        Scenario s = bundled(file);
        assertThat(s.toBuilder().build()).isEqualTo(s);
        for (Treaty t : s.treaties()) {
            assertThat(t.toBuilder().build()).isEqualTo(t);
        }
        assertThat(s.crises()).isNotEmpty();
        for (Crisis c : s.crises()) {
            CrisisResult r = new CrisisSolver(s, 7L).solve(c);
            assertThat(r.toBuilder().build()).isEqualTo(r);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"korea-2023.yaml", "toy-triangle.yaml"})
    void changingOneComponentKeepsTheOthers(String file) {
        Scenario s = bundled(file);
        Scenario renamed = s.toBuilder().name("renamed").build();
        assertThat(renamed.name()).isEqualTo("renamed");
        assertThat(renamed.toBuilder().name(s.name()).build()).isEqualTo(s);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"korea-2023.yaml", "toy-triangle.yaml"})
    void validationFiresThroughTheBuilderWithTheConstructorsFieldPath(String file) {
        Scenario s = bundled(file);
        FieldException hub = catchThrowableOfType(FieldException.class, () -> s.toBuilder().hub("XXX").build());
        assertThat(hub.field()).isEqualTo("hub");
        assertThat(hub.getMessage()).isEqualTo("hub names unknown state 'XXX'");

        FieldException year = catchThrowableOfType(FieldException.class, () -> s.toBuilder().year(1700).build());
        assertThat(year.field()).isEqualTo("year");
        assertThat(year.getMessage()).isEqualTo("year must lie between 1816 and 2100, got 1700");

        Treaty first = s.treaties().get(0);
        FieldException milinst = catchThrowableOfType(FieldException.class, () -> first.toBuilder().milinst(3).build());
        assertThat(milinst.field()).isEqualTo("milinst");
        assertThat(milinst.getMessage()).isEqualTo("treaty '" + first.id() + "': milinst is ATOP's 0, 1 or 2, got 3");
    }
}
