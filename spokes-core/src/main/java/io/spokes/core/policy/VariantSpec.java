package io.spokes.core.policy;

import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text a user writes for a variant, parsed once for every front end: {@code baseline}, an
 * architecture code, a policy name, or several joined by {@code +} (composed in the order
 * written, e.g. {@code alignment+collaboration}). Names are trimmed and read in any case; an
 * empty part ({@code alignment+}, {@code +x}, {@code a++b}) or an unknown name is refused with
 * one message listing what is allowed, taken from the catalogues.
 *
 * <p>Grammar: {@code spec := "baseline" | term ("+" term)*};
 * {@code term := name | policy "(" spoke [";" "with=" state ("+" state)*] ")"}. A policy written
 * with its spoke ({@code alignment(KOR)}, {@code collaboration(KOR; with=JPN+AUS)}) is a
 * {@link PolicyTerm}, which needs no spoke beside the text; this is how a scenario's variants name
 * policies. The split on {@code +} ignores signs inside parentheses, so partners join with {@code +} too.
 *
 * @param text  the text as written
 * @param terms the parts in order; empty for the baseline
 */
public record VariantSpec(String text, List<VariantTerm> terms) {
    /** The word for the scenario as given. */
    public static final String BASELINE = "baseline";

    public VariantSpec {
        terms = List.copyOf(terms);
    }

    /** What a place in the input accepts; it names the field and the list of allowed names in errors. */
    public enum Kind {
        /** A whole variant: baseline, architectures and policies. */
        VARIANT("variant"),
        /** A spoke's policies only. */
        POLICY("policy"),
        /** One architecture. */
        ARCHITECTURE("architecture");

        private final String field;

        Kind(String field) {
            this.field = field;
        }

        /** The field an error names, and the word for what is expected. */
        public String field() {
            return field;
        }

        /** What this place accepts, from the catalogues, as the tail of every error message. */
        public String allowed() {
            String policies = or(Policy.codes());
            String architectures = or(Architecture.codes());
            String named = "; a policy may name its spoke and partners, e.g. alignment(KOR) or collaboration(KOR; with=JPN+AUS)";
            return switch (this) {
                case VARIANT -> "use " + BASELINE + ", an architecture (" + architectures + ") or a policy (" + policies
                        + "), several joined by + to compose them in the order written (e.g. alignment+collaboration)" + named;
                case POLICY -> "use " + policies + ", several joined by + to compose them in the order written (e.g. alignment+collaboration)" + named;
                case ARCHITECTURE -> "use " + architectures;
            };
        }

        /** The one error message: what is wrong with {@code text}, then what is allowed. */
        FieldException error(String problem) {
            return new FieldException(field, problem + "; " + allowed());
        }

        FieldException unknown(String name) {
            return error("unknown " + field + " '" + name + "'");
        }

        private static String or(List<String> names) {
            if (names.size() == 1) {
                return names.get(0);
            }
            return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        }
    }

    /** A whole variant: baseline, architectures and policies. */
    public static VariantSpec parse(String text) {
        return parse(text, Kind.VARIANT);
    }

    /** Text where {@code kind} is expected; a single architecture for {@link Kind#ARCHITECTURE}. */
    public static VariantSpec parse(String text, Kind kind) {
        if (text == null || text.isBlank()) {
            throw kind.error("empty " + kind.field());
        }
        List<String> parts = split(text);
        if (parts.size() > 1 && kind == Kind.ARCHITECTURE) {
            throw kind.error("one architecture at a time, got '" + text.trim() + "'");
        }
        List<VariantTerm> terms = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String name = parts.get(i).trim();
            if (name.isEmpty()) {
                throw kind.error("empty part in '" + text.trim() + "' (nothing " + (i == 0 ? "before" : "after") + " a +)");
            }
            if (name.toLowerCase(Locale.ROOT).equals(BASELINE) && kind == Kind.VARIANT) {
                if (parts.size() > 1) {
                    throw kind.error("baseline is the scenario as given and takes no other parts, got '" + text.trim() + "'");
                }
                return new VariantSpec(text, List.of());
            }
            terms.add(term(name, kind, parts.size() > 1 ? text.trim() : null));
        }
        return new VariantSpec(text, terms);
    }

    /** One name from the catalogues that {@code kind} accepts, or a policy with its arguments. */
    private static VariantTerm term(String name, Kind kind, String whole) {
        int open = name.indexOf('(');
        if (open >= 0 || name.indexOf(')') >= 0) {
            return policyTerm(name, open, kind, whole);
        }
        String key = name.toLowerCase(Locale.ROOT);
        if (kind != Kind.POLICY) {
            for (Architecture a : Architecture.values()) {
                if (a.code().equals(key)) {
                    return a;
                }
            }
        }
        if (kind != Kind.ARCHITECTURE) {
            for (Policy p : Policy.values()) {
                if (p.code().equals(key)) {
                    return p;
                }
            }
        }
        throw kind.error("unknown " + kind.field() + " '" + name + "'" + (whole == null ? "" : " in '" + whole + "'"));
    }

    /** {@code policy(SPOKE)} or {@code policy(SPOKE; with=A+B)}; state ids are kept as written. */
    private static VariantTerm policyTerm(String name, int open, Kind kind, String whole) {
        String in = whole == null ? "" : " in '" + whole + "'";
        if (open <= 0 || !name.endsWith(")") || name.indexOf(')') != name.length() - 1 || name.indexOf('(', open + 1) >= 0) {
            throw kind.error("malformed term '" + name + "'" + in + " (write policy(SPOKE) or policy(SPOKE; with=A+B))");
        }
        String code = name.substring(0, open).trim();
        if (kind == Kind.ARCHITECTURE || Architecture.codes().contains(code.toLowerCase(Locale.ROOT))) {
            throw kind.error("an architecture takes no arguments, got '" + name + "'");
        }
        Policy policy = null;
        for (Policy p : Policy.values()) {
            if (p.code().equals(code.toLowerCase(Locale.ROOT))) {
                policy = p;
            }
        }
        if (policy == null) {
            throw kind.error("unknown policy '" + code + "' in '" + name + "'" + (whole == null ? "" : " of '" + whole + "'"));
        }
        String[] args = name.substring(open + 1, name.length() - 1).split(";", -1);
        String spoke = args[0].trim();
        if (spoke.isEmpty() || spoke.contains("=") || args.length > 2) {
            throw kind.error("'" + name + "'" + in + " names its spoke first, then optionally ; with=A+B");
        }
        if (spoke.contains("+")) {
            throw kind.error("'" + name + "'" + in + " names one spoke; its partners go after it, as in " + code + "(SPOKE; with=A+B)");
        }
        List<String> partners = new ArrayList<>();
        if (args.length == 2) {
            String with = args[1].trim();
            if (!with.toLowerCase(Locale.ROOT).startsWith("with=")) {
                throw kind.error("'" + name + "'" + in + " takes only with= after the spoke, got '" + with + "'");
            }
            for (String partner : with.substring("with=".length()).split("\\+", -1)) {
                if (partner.isBlank()) {
                    throw kind.error("empty partner in '" + name + "'" + in + " (nothing before or after a + in with=)");
                }
                partners.add(partner.trim());
            }
        }
        try {
            return new PolicyTerm(policy, spoke, partners);
        } catch (FieldException e) {
            throw kind.error(e.getMessage() + ", in '" + name + "'");
        }
    }

    /** Splits on {@code +} outside parentheses, keeping empty parts so that they can be refused. */
    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == '+' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    public boolean isBaseline() {
        return terms.isEmpty();
    }

    /** Whether some part is a spoke's policy, so that {@link #variant} needs the spoke. */
    public boolean needsSpoke() {
        return terms.stream().anyMatch(VariantTerm::needsSpoke);
    }

    /**
     * The variant for a scenario and (for policies) the spoke that adopts them, named as
     * {@link Variant#of} names it; an error names the field {@code spoke} when the spoke is missing
     * or is no spoke of a hub.
     */
    public Variant variant(Scenario scenario, String spoke) {
        if (terms.isEmpty()) {
            return Variant.baseline();
        }
        return Variant.of(transforms(scenario, spoke).toArray(new ScenarioTransform[0]));
    }

    /**
     * The transforms of {@link #variant}, in order, checked as it checks them; a policy written
     * with its spoke ({@link PolicyTerm}) has it checked the same way, under the field {@code spoke}.
     */
    public List<ScenarioTransform> transforms(Scenario scenario, String spoke) {
        for (VariantTerm t : terms) {
            if (t instanceof PolicyTerm p) {
                requireSpoke(scenario, p.spoke());
            }
        }
        if (needsSpoke()) {
            if (spoke == null || spoke.isBlank()) {
                throw new FieldException("spoke", "policies need the spoke that adopts them, for '" + text.trim() + "'");
            }
            requireSpoke(scenario, spoke);
        }
        List<ScenarioTransform> transforms = new ArrayList<>();
        for (VariantTerm t : terms) {
            transforms.add(t.transform(spoke));
        }
        return transforms;
    }

    private static void requireSpoke(Scenario scenario, String spoke) {
        if (scenario.state(spoke).isEmpty()) {
            throw new FieldException("spoke", "unknown state '" + spoke + "'; the scenario has " + String.join(", ", scenario.stateIds()));
        }
        HubSystem.ofSpoke(scenario, spoke);
    }

    @Override
    public String toString() {
        return text;
    }
}
