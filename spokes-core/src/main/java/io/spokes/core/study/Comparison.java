package io.spokes.core.study;

import io.spokes.core.crisis.CrisisSolver;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Scenario;
import io.spokes.core.policy.Architecture;
import io.spokes.core.policy.Policy;
import io.spokes.core.policy.Variant;

import java.util.ArrayList;
import java.util.List;

/**
 * Solves crises under several variants of one scenario. Every variant uses the same seed, so
 * sampled expectations use common random numbers across variants.
 */
public final class Comparison {
    private final Scenario scenario;
    private final long seed;

    public Comparison(Scenario scenario, long seed) {
        this.scenario = scenario;
        this.seed = seed;
    }

    public List<VariantOutcome> run(List<Variant> variants, List<Crisis> crises) {
        List<VariantOutcome> out = new ArrayList<>();
        for (Variant v : variants) {
            Variant.Applied changed = v.applyWithCost(scenario);
            CrisisSolver solver = new CrisisSolver(changed.scenario(), seed);
            for (Crisis c : crises) {
                out.add(new VariantOutcome(v.name(), solver.solve(c), changed.annualCost()));
            }
        }
        return out;
    }

    /** The baseline, every architecture, and for each spoke every policy (the report's design). */
    public static List<Variant> fullDesign(List<String> spokes) {
        List<Variant> variants = new ArrayList<>();
        variants.add(Variant.baseline());
        for (Architecture a : Architecture.values()) {
            variants.add(Variant.of(a));
        }
        for (String spoke : spokes) {
            for (Policy policy : Policy.fullDesign()) {
                variants.add(Variant.of(policy.transform(spoke)));
            }
        }
        return variants;
    }

    /** The baseline solved with {@code kbar} at each value (spec: report 0.5, 1, 2 beside the chosen one). */
    public List<VariantOutcome> kbarSensitivity(Crisis crisis, double... kbars) {
        List<VariantOutcome> out = new ArrayList<>();
        for (double k : kbars) {
            Scenario s = scenario.withParameters(scenario.parameters().with(Parameter.KBAR, k));
            out.add(new VariantOutcome("kbar=" + k, new CrisisSolver(s, seed).solve(crisis), 0.0));
        }
        return out;
    }
}
