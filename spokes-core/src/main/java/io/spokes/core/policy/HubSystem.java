package io.spokes.core.policy;

import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Scenario;
import io.spokes.core.network.AllianceNetwork;

import java.util.List;
import java.util.Map;

/** A hub and its spokes as a transform sees them in the scenario it changes. */
record HubSystem(String hub, List<String> spokes) {

    /** The scenario's named hub, or else the hub with the most spokes. */
    static HubSystem of(Scenario scenario) {
        AllianceNetwork network = new AllianceNetwork(scenario);
        if (scenario.hub() != null) {
            return new HubSystem(scenario.hub(), network.spokesOf(scenario.hub()));
        }
        Map.Entry<String, List<String>> best = null;
        for (Map.Entry<String, List<String>> e : network.hubs().entrySet()) {
            if (best == null || e.getValue().size() > best.getValue().size()) {
                best = e;
            }
        }
        if (best == null) {
            throw new FieldException("hub", "scenario '" + scenario.name() + "' has no defense ties, so no hub system to change; name a hub and spokes");
        }
        return new HubSystem(best.getKey(), best.getValue());
    }

    /** The hub whose spoke {@code spoke} is. */
    static HubSystem ofSpoke(Scenario scenario, String spoke) {
        scenario.requireState(spoke);
        AllianceNetwork network = new AllianceNetwork(scenario);
        String hub = network.hubOfSpoke(spoke).orElseThrow(() -> new FieldException("spoke",
                "'" + spoke + "' is not a spoke of any hub in scenario '" + scenario.name() + "'; spokes: " + network.hubs()));
        return new HubSystem(hub, network.spokesOf(hub));
    }
}
