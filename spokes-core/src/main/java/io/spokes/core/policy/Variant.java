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

    /**
     * Summed annual cost of the transforms, each measured on the scenario it was applied to. The
     * last transform is not applied: nothing measures its result here, and applying a policy or an
     * architecture builds the scenario's alliance network (a third of a large report's networks).
     */
    public double annualCost(Scenario scenario) {
        double cost = 0;
        Scenario s = scenario;
        for (int i = 0; i < transforms.size(); i++) {
            cost += transforms.get(i).annualCost(s);
            if (i < transforms.size() - 1) {
                s = transforms.get(i).apply(s);
            }
        }
        return cost;
    }
}
