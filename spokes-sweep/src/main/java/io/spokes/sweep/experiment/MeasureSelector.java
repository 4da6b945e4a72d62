package io.spokes.sweep.experiment;

import io.spokes.core.study.MeasureValue;

/**
 * A measure to keep: every state's value of {@code name} ({@code state} null), or one state's
 * ({@code abandonment:KOR}). Crisis-level measures have no state.
 */
public record MeasureSelector(String name, String state) {
    public static MeasureSelector parse(String text) {
        String t = text.trim();
        int colon = t.indexOf(':');
        return colon < 0 ? new MeasureSelector(t, null) : new MeasureSelector(t.substring(0, colon).trim(), t.substring(colon + 1).trim());
    }

    public boolean keeps(MeasureValue m) {
        return m.name().equals(name) && (state == null || state.equals(m.state()));
    }

    @Override
    public String toString() {
        return state == null ? name : name + ":" + state;
    }
}
