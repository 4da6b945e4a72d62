package io.spokes.cli.report;

import io.spokes.core.crisis.CrisisResult;
import io.spokes.core.crisis.Side;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Scenario;
import io.spokes.core.network.AllianceNetwork;
import io.spokes.core.study.VariantOutcome;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The role of every state in the baseline, shared by the network picture, the states table and the
 * summary columns so that they agree: the hub, its spokes, the challenger's side (challengers and
 * states that back a challenger in the baseline) and the others.
 */
record Roles(String hub, List<String> spokes, Set<String> challengerSide) {
    static final String HUB = "hub";
    static final String SPOKE = "spoke";
    static final String CHALLENGER = "challenger side";
    static final String OTHER = "other";

    static Roles of(Scenario baseline, AllianceNetwork network, List<VariantOutcome> outcomes) {
        String hub = baseline.hub() != null ? baseline.hub() : largestHub(network);
        List<String> spokes = hub == null ? List.of() : network.spokesOf(hub);
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

    /** Without a named hub, the found hub with most spokes (then the smallest id) goes in the centre. */
    private static String largestHub(AllianceNetwork network) {
        String best = null;
        int most = -1;
        for (Map.Entry<String, List<String>> e : network.hubs().entrySet()) {
            if (e.getValue().size() > most) {
                best = e.getKey();
                most = e.getValue().size();
            }
        }
        return best;
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
