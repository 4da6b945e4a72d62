package io.spokes.core.study;

/**
 * One number of a crisis result in tidy form: the {@link Measure}'s name, the state it is about
 * (empty for crisis-level measures) and its value.
 */
public record MeasureValue(String name, String state, double value) {
    public MeasureValue {
        state = state == null ? "" : state;
    }
}
