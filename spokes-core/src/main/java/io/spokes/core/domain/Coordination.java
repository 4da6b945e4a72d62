package io.spokes.core.domain;

import java.util.Locale;

/** Which fixed point of the intervention stage is selected (docs/model.md §5.9). */
public enum Coordination {
    UPPER, LOWER, AUTO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Coordination parse(String text) {
        for (Coordination c : values()) {
            if (c.code().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return c;
            }
        }
        throw new FieldException("coordination", "coordination must be upper, lower or auto, got " + FieldException.quote(text));
    }
}
