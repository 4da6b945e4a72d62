package io.spokes.core.policy;

import io.spokes.core.domain.Obligation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The catalogue of a spoke's policies: the name a user writes, a one-line description, and the
 * transform it makes for a spoke.
 *
 * <p>An enum whose constants point at the transform classes, so that the list every front end
 * shows (CLI help, {@code /api/policies}, the lab, the report) is this one and the compiler checks
 * each entry makes a transform. Adding a policy is one {@link ScenarioTransform} class, one
 * constant here and their test; {@link VariantSpec} and the front ends pick it up. Policies that
 * name partners (issue #12) will add a constant whose factory takes the parsed arguments too.
 */
public enum Policy implements VariantTerm {
    INDEPENDENCE("independence", "the spoke arms: capability times (1 + g), at an annual cost of g times its capability",
            true, spoke -> new Independence(spoke, false)),
    INDEPENDENCE_NUCLEAR("independence-nuclear", "the spoke arms as in independence and goes nuclear",
            false, spoke -> new Independence(spoke, true)),
    ALIGNMENT("alignment", "deeper ties with the hub: institutionalization up both ways, the spoke owes the hub defense, "
            + "the hub's pledge to it made public", true, Alignment::new),
    COLLABORATION("collaboration", "the spoke consults and shares intelligence with the hub's other spokes",
            true, spoke -> new Collaboration(spoke, Obligation.CONSULTATION)),
    COLLABORATION_DEFENSE("collaboration-defense", "the spoke signs defense pacts, with intelligence sharing, with the hub's other spokes",
            false, spoke -> new Collaboration(spoke, Obligation.DEFENSE));

    private final String code;
    private final String description;
    private final boolean inFullDesign;
    private final Function<String, ScenarioTransform> forSpoke;

    Policy(String code, String description, boolean inFullDesign, Function<String, ScenarioTransform> forSpoke) {
        this.code = code;
        this.description = description;
        this.inFullDesign = inFullDesign;
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
        return forSpoke.apply(spoke);
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
