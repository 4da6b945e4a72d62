package io.spokes.core.crisis;

import java.util.Locale;

/** The side a candidate may join: the target's defenders {@code D} or the challenger's supporters {@code S}. */
public enum Side {
    DEFENDER, SUPPORTER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
