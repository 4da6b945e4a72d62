package io.spokes.core.policy;

import io.spokes.core.domain.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * A named composition of transforms: a policy, an architecture, or both; the baseline has none.
 * {@link VariantSpec} makes one from the text a user writes.
 */
public record Variant(String name, List<ScenarioTransform> transforms) {
    public Variant {
        transforms = List.copyOf(transforms);
    }

    public static Variant baseline() {
        return new Variant("baseline", List.of());
    }

    public static Variant of(ScenarioTransform... transforms) {
        List<String> names = new ArrayList<>();
        for (ScenarioTransform t : transforms) {
            names.add(t instanceof Architecture a ? a.code() : t.label());
        }
        return new Variant(String.join("+", names), List.of(transforms));
    }

    /** The scenario with every transform applied in order. */
    public Scenario apply(Scenario scenario) {
        Scenario s = scenario;
        for (ScenarioTransform t : transforms) {
            s = t.apply(s);
        }
        return s;
    }

    /** A scenario after a variant's transforms, with their summed annual cost. */
    public record Applied(Scenario scenario, double annualCost) {
    }

    /**
     * The scenario with every transform applied in order, and their summed annual cost, each
     * transform's cost measured on the scenario it was applied to; one pass, since applying a
     * policy or an architecture builds the scenario's alliance network.
     */
    public Applied applyWithCost(Scenario scenario) {
        double cost = 0;
        Scenario s = scenario;
        for (ScenarioTransform t : transforms) {
            cost += t.annualCost(s);
            s = t.apply(s);
        }
        return new Applied(s, cost);
    }

    /** Summed annual cost of the transforms (see {@link #applyWithCost}). */
    public double annualCost(Scenario scenario) {
        return applyWithCost(scenario).annualCost();
    }
}
