package io.spokes.core.policy;

import io.spokes.core.domain.FieldException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * A policy written with its spoke, and for collaboration its partners:
 * {@code alignment(KOR)}, {@code collaboration(KOR; with=JPN+AUS)}. A scenario's variants are
 * written this way, since a file has no {@code --spoke} option; {@link VariantSpec} parses them.
 *
 * @param partners the states named with {@code with=}; empty for the policy's default partners
 */
public record PolicyTerm(Policy policy, String spoke, List<String> partners) implements VariantTerm {
    public PolicyTerm {
        if (policy == null) {
            throw new FieldException("policy", "a policy must be given");
        }
        if (spoke == null || spoke.isBlank()) {
            throw new FieldException("spoke", "the spoke of " + policy.code() + "(...) is empty; write e.g. " + policy.code() + "(KOR)");
        }
        partners = List.copyOf(partners == null ? List.of() : partners);
        if (!partners.isEmpty() && !policy.takesPartners()) {
            throw new FieldException("with", policy.code() + " takes no partners (with=); only collaboration and collaboration-defense do");
        }
        if (new HashSet<>(partners).size() != partners.size()) {
            throw new FieldException("with", "a partner is named twice in with=" + String.join("+", partners));
        }
        if (partners.contains(spoke)) {
            throw new FieldException("with", spoke + " cannot collaborate with itself; name other states in with=");
        }
    }

    /** The text a user writes, which parses back to this term. */
    @Override
    public String code() {
        return policy.code() + "(" + spoke + (partners.isEmpty() ? "" : "; with=" + String.join("+", partners)) + ")";
    }

    @Override
    public String description() {
        return policy.description();
    }

    /** The spoke is written in the term, so none need be given beside it. */
    @Override
    public boolean needsSpoke() {
        return false;
    }

    /** The policy adopted by its own spoke; {@code ignored} is the spoke given beside the text, unused here. */
    @Override
    public ScenarioTransform transform(String ignored) {
        return policy.transform(spoke, partners);
    }

    /** The spoke, then the partners: the states a scenario must have for this term. */
    @Override
    public List<String> states() {
        List<String> out = new ArrayList<>();
        out.add(spoke);
        out.addAll(partners);
        return out;
    }
}
