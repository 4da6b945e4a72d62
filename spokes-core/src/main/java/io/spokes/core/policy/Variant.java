package io.spokes.core.policy;

import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A named composition of transforms: a policy, an architecture, or both; the baseline has none. */
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

    /** Summed annual cost of the transforms, each measured on the scenario it was applied to. */
    public double annualCost(Scenario scenario) {
        double cost = 0;
        Scenario s = scenario;
        for (ScenarioTransform t : transforms) {
            cost += t.annualCost(s);
            s = t.apply(s);
        }
        return cost;
    }

    /** A policy by name for a spoke: independence, alignment or collaboration. */
    public static ScenarioTransform policy(String name, String spoke) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "independence" -> new Independence(spoke, false);
            case "independence-nuclear" -> new Independence(spoke, true);
            case "alignment" -> new Alignment(spoke);
            case "collaboration" -> new Collaboration(spoke, Obligation.CONSULTATION);
            case "collaboration-defense" -> new Collaboration(spoke, Obligation.DEFENSE);
            default -> throw new FieldException("policy", "unknown policy '" + name
                    + "'; use independence, independence-nuclear, alignment, collaboration or collaboration-defense");
        };
    }
}
