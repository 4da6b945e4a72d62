package io.spokes.core.policy;

import io.spokes.core.Fixtures;
import io.spokes.core.domain.Institutions;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Scenario;

import static io.spokes.core.Fixtures.bilateral;
import static io.spokes.core.Fixtures.flags;
import static io.spokes.core.Fixtures.nuclear;
import static io.spokes.core.Fixtures.state;

/** A hub-and-spoke system shared by the policy tests. */
final class HubSystems {
    private HubSystems() {
    }

    /**
     * HUB (c=4, nuclear) guarantees three spokes: SPA (c=1; mutual defense, bases, iota 0.25),
     * SPB (c=0.8; one-sided, integrated command + intelligence, iota 0.5) and SPC (c=0.5; mutual
     * defense, iota 0). SPA and SPB also consult each other (intelligence, iota 0.25). CHA (c=2,
     * nuclear) is a rival of HUB, SPA and SPB. Detected hub: HUB (4*3 = 12), spokes SPA, SPB, SPC.
     */
    static Scenario eastAsia() {
        return Fixtures.scenario(nuclear("HUB", 2, 4), state("SPA", 732, 1), state("SPB", 740, 0.8), state("SPC", 900, 0.5),
                        nuclear("CHA", 710, 2))
                .treaty(bilateral("HA", "HUB", Obligation.DEFENSE, "SPA", Obligation.DEFENSE, flags(false, true, false, false)),
                        bilateral("HB", "HUB", Obligation.DEFENSE, "SPB", Obligation.NONE, flags(true, false, true, false)),
                        bilateral("HC", "HUB", Obligation.DEFENSE, "SPC", Obligation.DEFENSE, Institutions.NONE),
                        bilateral("AB", "SPA", Obligation.CONSULTATION, "SPB", Obligation.CONSULTATION, flags(false, false, true, false)))
                .rivalry("CHA", "HUB").rivalry("CHA", "SPA").rivalry("CHA", "SPB")
                .name("east-asia")
                .build();
    }
}
