package io.spokes.core.policy;

import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.State;

/** Security independence: the spoke arms, {@code c_S *= 1 + g}, optionally going nuclear. */
public record Independence(String spoke, boolean goNuclear) implements ScenarioTransform {

    @Override
    public String label() {
        return "independence(" + spoke + (goNuclear ? ", nuclear" : "") + ")";
    }

    @Override
    public Scenario apply(Scenario scenario) {
        State s = scenario.requireState(spoke);
        double g = scenario.parameters().get(Parameter.G);
        State armed = s.withCapability(s.capability() * (1 + g));
        return scenario.withState(goNuclear ? armed.withNuclear(true) : armed).recordTransform(label());
    }

    /** {@code g * c_S} per year. */
    @Override
    public double annualCost(Scenario before) {
        return before.parameters().get(Parameter.G) * before.requireState(spoke).capability();
    }
}
