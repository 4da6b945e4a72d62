package io.spokes.core.study;

import io.spokes.core.crisis.CrisisResult;

import java.util.ArrayList;
import java.util.List;

/**
 * Flattens a {@link CrisisResult} into tidy {@link MeasureValue}s by the {@link Measure} catalogue:
 * crisis-level (and hub) measures first, then per state: the target, the challenger, then every
 * candidate in scenario order, each with the per-state measures that apply to it.
 */
public final class Measures {
    private Measures() {
    }

    public static List<MeasureValue> of(CrisisResult r) {
        List<MeasureValue> out = new ArrayList<>();
        for (Measure m : Measure.values()) {
            if (m.scope() == Measure.Scope.CRISIS || m.scope() == Measure.Scope.HUB) {
                String state = m.scope() == Measure.Scope.HUB ? r.hub() : "";
                m.of(r).ifPresent(v -> out.add(new MeasureValue(m.code(), state, v)));
            }
        }
        List<String> states = new ArrayList<>(List.of(r.target().state(), r.challenger().state()));
        r.candidates().forEach(c -> states.add(c.state()));
        for (String state : states) {
            for (Measure m : Measure.values()) {
                if (m.scope() == Measure.Scope.STATE) {
                    m.of(r, state).ifPresent(v -> out.add(new MeasureValue(m.code(), state, v)));
                }
            }
        }
        return out;
    }
}
