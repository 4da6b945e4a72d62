package io.spokes.core.policy;

import io.spokes.core.domain.Amendment;
import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A variant a scenario defines (its {@code variants:} section, issue #12): a name, what it stands
 * for and the works it cites, its own amendments (applied first, in order), then policies and
 * architectures in the one grammar of {@link VariantSpec}, applied in the order written. Policies
 * name their spoke ({@code alignment(KOR)}), since a file has no {@code --spoke} beside it.
 * The states it names are checked by {@link Scenario}; whether a named spoke is a spoke of a hub
 * is checked when the variant is applied, as for {@code compare --policies}.
 *
 * @param amendments changes to the ties, with the kinds of a scenario's own {@code amendments:}
 * @param terms      policies written with their spokes and architectures, in order
 */
public record ScenarioVariant(String name, String description, List<String> citations, List<Amendment> amendments,
                              List<VariantTerm> terms) {
    public ScenarioVariant {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new FieldException("name", "a variant's name must be letters, digits, '.', '_' or '-' (it is written on the "
                    + "command line, as in compare --variants NAME), got " + FieldException.quote(name));
        }
        if (name.toLowerCase(Locale.ROOT).equals(VariantSpec.BASELINE)) {
            throw new FieldException("name", "'baseline' is the scenario as given, always compared; name the variant otherwise");
        }
        // the report and compare's tables name rows by variant; a catalogue name would stand for two rows
        if (Architecture.codes().contains(name.toLowerCase(Locale.ROOT)) || Policy.codes().contains(name.toLowerCase(Locale.ROOT))) {
            throw new FieldException("name", "'" + name + "' is the name of an architecture or policy in every comparison; "
                    + "name the variant otherwise");
        }
        description = description == null ? "" : description.strip();
        citations = List.copyOf(citations == null ? List.of() : citations);
        for (int i = 0; i < citations.size(); i++) {
            if (citations.get(i) == null || citations.get(i).isBlank()) {
                throw new FieldException("citations[" + i + "]", "a citation is empty; remove it or write the reference");
            }
        }
        amendments = List.copyOf(amendments == null ? List.of() : amendments);
        terms = List.copyOf(terms == null ? List.of() : terms);
        if (amendments.isEmpty() && terms.isEmpty()) {
            throw new FieldException("terms", "variant '" + name + "' changes nothing; give it amendments, terms or both");
        }
        for (int i = 0; i < terms.size(); i++) {
            VariantTerm t = terms.get(i);
            if (t == null) {
                throw new FieldException("terms[" + i + "]", "a term is empty; write a policy with its spoke or an architecture");
            }
            if (t.needsSpoke()) {
                throw new FieldException("terms[" + i + "]", "policy '" + t.code() + "' in variant '" + name
                        + "' must name its spoke, e.g. " + t.code() + "(KOR)");
            }
        }
    }

    /**
     * The variant applied to {@code scenario}: named by this variant's name, its amendments as one
     * transform labelled with the name, then each term's transform. Errors name the field
     * {@code spoke} or {@code hub} as {@link VariantSpec#variant} does.
     */
    public Variant variant(Scenario scenario) {
        List<ScenarioTransform> transforms = new ArrayList<>();
        if (!amendments.isEmpty()) {
            transforms.add(new Amendments(name, amendments));
        }
        if (!terms.isEmpty()) {
            transforms.addAll(spec().transforms(scenario, null));
        }
        return new Variant(name, transforms);
    }

    /**
     * The variant {@code scenario} defines under {@code name}, applied: an unknown name names the
     * field {@code variants} and lists the scenario's variants; an error while applying it (a policy's
     * spoke that is no spoke of a hub) names the variant's place in the file, {@code variants[i]}.
     */
    public static Variant named(Scenario scenario, String name) {
        ScenarioVariant v = scenario.variant(name);
        try {
            return v.variant(scenario);
        } catch (FieldException e) {
            throw new FieldException("variants[" + scenario.variants().indexOf(v) + "]", "variant '" + v.name() + "': " + e.getMessage());
        }
    }

    /** Every variant {@code scenario} defines, applied as {@link #named} applies them, in file order. */
    public static List<Variant> all(Scenario scenario) {
        return scenario.variants().stream().map(v -> named(scenario, v.name())).toList();
    }

    /** The terms as one composition, written as a user would write it ({@code lattice+alignment(KOR)}). */
    public VariantSpec spec() {
        return new VariantSpec(String.join("+", terms.stream().map(VariantTerm::code).toList()), terms);
    }

    /** The variant's own amendments, appended to a scenario's and recorded under the variant's name. */
    private record Amendments(String label, List<Amendment> amendments) implements ScenarioTransform {
        @Override
        public Scenario apply(Scenario scenario) {
            return scenario.amended(label, amendments);
        }
    }
}
