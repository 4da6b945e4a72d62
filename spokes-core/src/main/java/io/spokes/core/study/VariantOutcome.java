package io.spokes.core.study;

import io.spokes.core.crisis.CrisisResult;

import java.util.List;

/** A crisis solved under one variant, with the variant's annual cost (independence). */
public record VariantOutcome(String variant, CrisisResult result, double annualCost) {
    public List<Measure> measures() {
        List<Measure> m = new java.util.ArrayList<>(Measures.of(result));
        m.add(new Measure("annual_cost", "", annualCost));
        return m;
    }

    /** A headline measure by name; NaN when absent (e.g. no hub). */
    public double headline(String name) {
        for (Measure m : Measures.of(result)) {
            if (m.name().equals(name) && (m.state().isEmpty() || name.equals("hub_abandonment"))) {
                return m.value();
            }
        }
        return Double.NaN;
    }
}
