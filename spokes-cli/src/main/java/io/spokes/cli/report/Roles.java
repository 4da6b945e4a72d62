package io.spokes.cli.report;

import io.spokes.core.crisis.CrisisResult;
import io.spokes.core.crisis.Side;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Scenario;
import io.spokes.core.network.AllianceNetwork;
import io.spokes.core.policy.HubSystem;
import io.spokes.core.study.VariantOutcome;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The role of every state in the baseline, shared by the network picture, the states table and the
 * summary columns so that they agree: the principal hub ({@link HubSystem#principal}), its spokes,
 * the challenger's side (challengers and states that back a challenger in the baseline) and the others.
 */
record Roles(String hub, List<String> spokes, Set<String> challengerSide) {
    static final String HUB = "hub";
    static final String SPOKE = "spoke";
    static final String CHALLENGER = "challenger side";
    static final String OTHER = "other";

    static Roles of(Scenario baseline, AllianceNetwork network, List<VariantOutcome> outcomes) {
        Optional<HubSystem> principal = HubSystem.principal(network);
        String hub = principal.map(HubSystem::hub).orElse(null);
        List<String> spokes = principal.map(HubSystem::spokes).orElse(List.of());
        Set<String> challenger = new TreeSet<>();
        for (Crisis c : baseline.crises()) {
            challenger.add(c.challenger());
        }
        for (VariantOutcome o : outcomes) {
            if (o.variant().equals(HtmlReport.BASELINE)) {
                for (CrisisResult.Candidate c : o.result().candidates()) {
                    if (c.side() == Side.SUPPORTER) {
                        challenger.add(c.state());
                    }
                }
            }
        }
        if (hub != null) {
            challenger.remove(hub);
        }
        spokes.forEach(challenger::remove);
        return new Roles(hub, List.copyOf(spokes), Collections.unmodifiableSet(challenger));
    }

    String roleOf(String state) {
        if (state.equals(hub)) {
            return HUB;
        }
        if (spokes.contains(state)) {
            return SPOKE;
        }
        return challengerSide.contains(state) ? CHALLENGER : OTHER;
    }
}
