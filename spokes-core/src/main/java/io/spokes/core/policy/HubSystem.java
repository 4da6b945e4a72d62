package io.spokes.core.policy;

import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Scenario;
import io.spokes.core.network.AllianceNetwork;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A hub and its spokes. {@link #principal} is the one rule for "the" hub system of a scenario:
 * the one architectures change, the report draws in the centre and the lab offers first.
 */
public record HubSystem(String hub, List<String> spokes) {
    public HubSystem {
        spokes = List.copyOf(spokes);
    }

    /**
     * The principal hub system: the scenario's named hub, else the found hub with the most spokes,
     * ties going to the smallest state id (so the choice never depends on map order); empty when
     * the scenario names no hub and has no defense ties.
     */
    public static Optional<HubSystem> principal(AllianceNetwork network) {
        String named = network.scenario().hub();
        if (named != null) {
            return Optional.of(new HubSystem(named, network.spokesOf(named)));
        }
        Map.Entry<String, List<String>> best = null;
        for (Map.Entry<String, List<String>> e : network.hubs().entrySet()) {
            boolean better = best == null || e.getValue().size() > best.getValue().size()
                    || (e.getValue().size() == best.getValue().size() && e.getKey().compareTo(best.getKey()) < 0);
            if (better) {
                best = e;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new HubSystem(best.getKey(), best.getValue()));
    }

    /** {@link #principal(AllianceNetwork)} of the scenario's network. */
    public static Optional<HubSystem> principal(Scenario scenario) {
        return principal(new AllianceNetwork(scenario));
    }

    /** The principal hub system, or an error saying there is none to change. */
    static HubSystem of(Scenario scenario) {
        return principal(scenario).orElseThrow(() -> new FieldException("hub", "scenario '" + scenario.name()
                + "' has no defense ties, so no hub system to change; name a hub and spokes"));
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
