package io.spokes.core.study;

/**
 * One number of a crisis result in tidy form: the measure's name, the state it is about (empty
 * for crisis-level measures) and its value.
 */
public record Measure(String name, String state, double value) {
    public Measure {
        state = state == null ? "" : state;
    }
}
