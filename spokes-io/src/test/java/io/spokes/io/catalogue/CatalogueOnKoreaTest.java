package io.spokes.io.catalogue;

import io.spokes.core.crisis.CrisisSolver;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Region;
import io.spokes.core.domain.Scenario;
import io.spokes.core.policy.HubSystem;
import io.spokes.core.study.Comparison;
import io.spokes.core.study.Measure;
import io.spokes.core.study.MeasureValue;
import io.spokes.core.study.VariantOutcome;
import io.spokes.io.scenario.ScenarioReader;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The core catalogues against the bundled korea-2023 scenario (read here, where scenarios can be read). */
class CatalogueOnKoreaTest {
    private static final Scenario KOREA = ScenarioReader.read(Path.of("..", "scenarios", "korea-2023.yaml"));

    @Test
    void everyMeasureNamesARowOfKoreaAndEveryRowIsInTheCatalogue() {
        Set<String> names = new LinkedHashSet<>();
        for (VariantOutcome o : new Comparison(KOREA, CrisisSolver.DEFAULT_SEED)
                .run(Comparison.fullDesign(HubSystem.principal(KOREA).orElseThrow().spokes()), KOREA.crises())) {
            for (MeasureValue m : o.measures()) {
                assertThat(Measure.byCode(m.name())).as(m.name()).isPresent();
                names.add(m.name());
            }
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(Measure.codes());
    }

    @Test
    void theCrisisOfTwoStatesCarriesTheScenariosLabel() {
        // the scenario's own crisis, region included (model v2)
        assertThat(KOREA.crisis("PRK", "KOR")).isEqualTo(new Crisis("PRK", "KOR", "North Korea challenges South Korea", Region.ASIA, null));
        assertThat(KOREA.crisis("KOR", "PRK").label()).isEqualTo("KOR vs PRK");
    }

    @Test
    void thePrincipalHubSystemIsTheNamedHub() {
        assertThat(HubSystem.principal(KOREA).orElseThrow().hub()).isEqualTo(KOREA.hub());
    }
}
