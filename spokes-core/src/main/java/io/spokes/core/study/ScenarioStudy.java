package io.spokes.core.study;

import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Scenario;
import io.spokes.core.network.AllianceNetwork;
import io.spokes.core.policy.ScenarioVariant;
import io.spokes.core.policy.Variant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's design on one scenario: every crisis of interest under the baseline, every
 * architecture, every policy of each named spoke and every variant the scenario defines
 * ({@code variants:}), plus the baseline at {@code kbar} 0.5, 1, 2.
 *
 * @param outcomes variant × crisis, in design order
 * @param kbar     per crisis label, the baseline at each {@link #KBAR_SENSITIVITY} value
 */
public record ScenarioStudy(Scenario scenario, long seed, List<VariantOutcome> outcomes, Map<String, List<VariantOutcome>> kbar) {
    /** The kbar values the spec asks reports to show beside the chosen one. */
    public static final double[] KBAR_SENSITIVITY = {0.5, 1.0, 2.0};

    public ScenarioStudy {
        outcomes = List.copyOf(outcomes);
        kbar = Collections.unmodifiableMap(new LinkedHashMap<>(kbar));
    }

    public static ScenarioStudy run(Scenario scenario, long seed) {
        List<String> spokes = scenario.hub() != null ? new AllianceNetwork(scenario).spokesOf(scenario.hub()) : List.of();
        Comparison comparison = new Comparison(scenario, seed);
        List<Variant> design = new ArrayList<>(Comparison.fullDesign(spokes));
        design.addAll(ScenarioVariant.all(scenario));
        List<VariantOutcome> outcomes = comparison.run(design, scenario.crises());
        Map<String, List<VariantOutcome>> kbar = new LinkedHashMap<>();
        for (Crisis c : scenario.crises()) {
            kbar.put(c.label(), comparison.kbarSensitivity(c, KBAR_SENSITIVITY));
        }
        return new ScenarioStudy(scenario, seed, outcomes, kbar);
    }

    /** Every outcome for a tidy table: the design, then each kbar run named {@code baseline[kbar=...]}. */
    public List<VariantOutcome> allOutcomes() {
        List<VariantOutcome> all = new ArrayList<>(outcomes);
        kbar.values().forEach(list -> list.forEach(v ->
                all.add(new VariantOutcome("baseline[" + v.variant() + "]", v.result(), v.annualCost()))));
        return all;
    }
}
