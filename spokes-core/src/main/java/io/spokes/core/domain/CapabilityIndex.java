package io.spokes.core.domain;

import java.util.Locale;

/**
 * Which index the states' capabilities {@code c_i} are measured on (docs/model.md §5.1). Every
 * index is a share of the international system, so capabilities lie in (0, 1] and the
 * loss-of-strength gradient (Bueno de Mesquita 1981) can discount them over distance.
 */
public enum CapabilityIndex {
    /** COW Composite Index of National Capability (Singer, Bremer and Stuckey 1972). */
    CINC("COW CINC score (share of the system's military, industrial and demographic resources)"),
    /** Share of world military expenditure (COW NMC {@code milex}; SIPRI for checks). */
    MILEX("share of world military expenditure (COW NMC milex)"),
    /** Share of GDP x GDP per capita (Beckley 2018); needs GDP data the bundle does not have. */
    RESOURCES("share of GDP x GDP per capita (Beckley 2018 net resources)"),
    /** Any other share the scenario documents in its sources. */
    OTHER("a share documented in the scenario's sources");

    private final String description;

    CapabilityIndex(String description) {
        this.description = description;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    public static CapabilityIndex parse(String text) {
        for (CapabilityIndex c : values()) {
            if (c.code().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return c;
            }
        }
        throw new FieldException("capability_index", "capability_index must be cinc, milex, resources or other; got " + FieldException.quote(text));
    }
}
