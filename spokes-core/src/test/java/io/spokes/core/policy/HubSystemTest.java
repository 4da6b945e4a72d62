package io.spokes.core.policy;

import io.spokes.core.Fixtures;
import io.spokes.core.domain.Institutions;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Scenario;

import org.junit.jupiter.api.Test;

import static io.spokes.core.Fixtures.bilateral;
import static io.spokes.core.Fixtures.state;
import static org.assertj.core.api.Assertions.assertThat;

class HubSystemTest {
    @Test
    void theFoundHubWithMostSpokesIsPrincipal() {
        // HubSystems.eastAsia documents its detected hub: HUB with spokes SPA, SPB, SPC
        assertThat(HubSystem.principal(HubSystems.eastAsia())).contains(new HubSystem("HUB", java.util.List.of("SPA", "SPB", "SPC")));
    }

    @Test
    void theNamedHubWinsEvenWithFewerSpokes() {
        Scenario s = twoHubs().hub("ZZB", "ZZC").build();
        assertThat(HubSystem.principal(s)).contains(new HubSystem("ZZB", java.util.List.of("ZZC")));
    }

    @Test
    void equalSpokeCountsGoToTheSmallestId() {
        // two components, each a hub with one spoke; AAA < ZZB whatever the capabilities
        assertThat(HubSystem.principal(twoHubs().build()).orElseThrow().hub()).isEqualTo("AAA");
    }

    @Test
    void noDefenseTiesNoPrincipal() {
        assertThat(HubSystem.principal(Fixtures.scenario(state("AAA", 2, 1), state("BBB", 3, 1)).build())).isEmpty();
    }

    private static Fixtures.Builder twoHubs() {
        return Fixtures.scenario(state("AAA", 2, 1), state("AAB", 3, 0.1), state("ZZB", 4, 3), state("ZZC", 5, 0.1))
                .treaty(bilateral("TA", "AAA", Obligation.DEFENSE, "AAB", Obligation.NONE, Institutions.NONE),
                        bilateral("TB", "ZZB", Obligation.DEFENSE, "ZZC", Obligation.NONE, Institutions.NONE));
    }
}
