package io.spokes.core.crisis;

import io.spokes.core.Fixtures;
import io.spokes.core.domain.Coordination;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Institutions;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Scenario;
import io.spokes.core.policy.Architecture;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Measuring several selections from one pair of fixed points equals solving once per selection. */
class SolveSelectionsTest {
    @Test
    void everySelectionEqualsItsOwnSolve() {
        // HUB guarantees SPA and SPB; CHA challenges SPA. Collective defense makes upper and lower selections differ in rule.
        Scenario base = Architecture.COLLECTIVE.apply(Fixtures.scenario(Fixtures.nuclear("HUB", 2, 4), Fixtures.state("SPA", 732, 1),
                        Fixtures.state("SPB", 740, 0.8), Fixtures.nuclear("CHA", 710, 2))
                .treaty(Fixtures.bilateral("HA", "HUB", Obligation.DEFENSE, "SPA", Obligation.DEFENSE, Institutions.NONE),
                        Fixtures.bilateral("HB", "HUB", Obligation.DEFENSE, "SPB", Obligation.DEFENSE, Institutions.NONE))
                .rivalry("CHA", "SPA").hub("HUB", "SPA", "SPB").build());
        Crisis crisis = Crisis.of("CHA", "SPA");
        // exact expectations, then sampled ones (exact_limit 1)
        for (Scenario s : List.of(base, base.withParameters(base.parameters().with(Parameter.EXACT_LIMIT, 1)))) {
            List<Coordination> all = List.of(Coordination.UPPER, Coordination.LOWER, Coordination.AUTO);
            List<CrisisResult> together = new CrisisSolver(s, 11).solve(crisis, all);
            for (int i = 0; i < all.size(); i++) {
                Scenario alone = s.withParameters(s.parameters().with(all.get(i)));
                assertThat(together.get(i)).isEqualTo(new CrisisSolver(alone, 11).solve(crisis));
            }
        }
    }
}
