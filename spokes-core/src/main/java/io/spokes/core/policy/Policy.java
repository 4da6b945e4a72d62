package io.spokes.core.policy;

import io.spokes.core.domain.Obligation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The catalogue of a spoke's policies: the name a user writes, a one-line description, and the
 * transform it makes for a spoke.
 *
 * <p>An enum whose constants point at the transform classes, so that the list every front end
 * shows (CLI help, {@code /api/policies}, the lab, the report) is this one and the compiler checks
 * each entry makes a transform. Adding a policy is one {@link ScenarioTransform} class, one
 * constant here and their test; {@link VariantSpec} and the front ends pick it up. A policy whose
 * factory uses the partners ({@code collaboration(KOR; with=JPN)}) says so with {@link #takesPartners};
 * the others are refused a {@code with=} list by the parser.
 */
public enum Policy implements VariantTerm {
    INDEPENDENCE("independence", "the spoke arms: capability times (1 + g), at an annual cost of g times its capability",
            true, false, (spoke, with) -> new Independence(spoke, false)),
    INDEPENDENCE_NUCLEAR("independence-nuclear", "the spoke arms as in independence and goes nuclear",
            false, false, (spoke, with) -> new Independence(spoke, true)),
    ALIGNMENT("alignment", "deeper ties with the hub: institutionalization up both ways, the spoke owes the hub defense, "
            + "the hub's pledge to it made public", true, false, (spoke, with) -> new Alignment(spoke)),
    COLLABORATION("collaboration", "the spoke consults and shares intelligence with the hub's other spokes (or the partners named with with=)",
            true, true, (spoke, with) -> new Collaboration(spoke, Obligation.CONSULTATION, with)),
    COLLABORATION_DEFENSE("collaboration-defense", "the spoke signs defense pacts, with intelligence sharing, with the hub's other spokes "
            + "(or the partners named with with=)", false, true, (spoke, with) -> new Collaboration(spoke, Obligation.DEFENSE, with));

    private final String code;
    private final String description;
    private final boolean inFullDesign;
    private final boolean takesPartners;
    private final BiFunction<String, List<String>, ScenarioTransform> forSpoke;

    Policy(String code, String description, boolean inFullDesign, boolean takesPartners,
           BiFunction<String, List<String>, ScenarioTransform> forSpoke) {
        this.code = code;
        this.description = description;
        this.inFullDesign = inFullDesign;
        this.takesPartners = takesPartners;
        this.forSpoke = forSpoke;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean needsSpoke() {
        return true;
    }

    /** The policy adopted by {@code spoke}. */
    @Override
    public ScenarioTransform transform(String spoke) {
        return forSpoke.apply(spoke, List.of());
    }

    /** The policy adopted by {@code spoke} with the partners it names ({@code with=}; empty for the default). */
    public ScenarioTransform transform(String spoke, List<String> partners) {
        return forSpoke.apply(spoke, partners);
    }

    /** Whether the policy accepts partners ({@code with=JPN+AUS}); the others refuse them. */
    public boolean takesPartners() {
        return takesPartners;
    }

    /** Whether the report's full design ({@code Comparison.fullDesign}) tries this policy for every spoke. */
    public boolean inFullDesign() {
        return inFullDesign;
    }

    /** The policies of the report's full design, in catalogue order. */
    public static List<Policy> fullDesign() {
        List<Policy> out = new ArrayList<>();
        for (Policy p : values()) {
            if (p.inFullDesign) {
                out.add(p);
            }
        }
        return out;
    }

    /** Every policy's code, in catalogue order. */
    public static List<String> codes() {
        return List.of(values()).stream().map(Policy::code).toList();
    }

    /** One policy by its code (trimmed, any case); {@link VariantSpec} parses compositions. */
    public static Policy parse(String text) {
        String key = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (Policy p : values()) {
            if (p.code.equals(key)) {
                return p;
            }
        }
        throw VariantSpec.Kind.POLICY.unknown(text);
    }
}
