package io.spokes.core.policy;

import io.spokes.core.domain.Amendment;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Scenario;

import java.util.List;

/**
 * Closer alignment with the hub: {@code iota} up one step both ways (bases, integrated command),
 * the spoke owes the hub defense, and the hub's breach cost toward the spoke is multiplied by the
 * public pledge (so alignment still acts when {@code iota} is already 1).
 */
public record Alignment(String spoke) implements ScenarioTransform {

    @Override
    public String label() {
        return "alignment(" + spoke + ")";
    }

    @Override
    public Scenario apply(Scenario scenario) {
        String hub = HubSystem.ofSpoke(scenario, spoke).hub();
        double step = scenario.parameters().get(Parameter.IOTA_STEP);
        double pledge = scenario.parameters().get(Parameter.PLEDGE);
        return scenario.amended(label(), List.of(
                new Amendment.AdjustTie(hub, spoke, step, null, pledge, label()),
                new Amendment.AdjustTie(spoke, hub, step, Obligation.DEFENSE, 1.0, label())));
    }
}
