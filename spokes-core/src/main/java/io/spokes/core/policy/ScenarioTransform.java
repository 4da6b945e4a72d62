package io.spokes.core.policy;

import io.spokes.core.domain.Scenario;

/**
 * A pure change to a scenario (docs/model.md §5.13): a spoke's policy or a hub system's architecture.
 * Transforms compose by applying them in order; each records itself in {@link Scenario#transforms()}.
 */
public interface ScenarioTransform {
    /** A short label such as {@code independence(KOR)}. */
    String label();

    Scenario apply(Scenario scenario);

    /** Cost in capability units per year, reported beside the measures and not netted against them. */
    default double annualCost(Scenario before) {
        return 0.0;
    }
}
