package io.spokes.core.study;

import io.spokes.core.crisis.CrisisResult;

import java.util.ArrayList;
import java.util.List;

/** A crisis solved under one variant, with the variant's annual cost (independence). */
public record VariantOutcome(String variant, CrisisResult result, double annualCost) {
    public List<MeasureValue> measures() {
        List<MeasureValue> m = new ArrayList<>(Measures.of(result));
        m.add(new MeasureValue(Measure.ANNUAL_COST.code(), "", annualCost));
        return m;
    }

    /** A crisis- or hub-level measure; NaN when it does not apply (e.g. no hub). */
    public double headline(Measure measure) {
        return measure.valueOrNaN(result);
    }
}
