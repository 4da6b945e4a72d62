package io.spokes.core.policy;

import io.spokes.core.domain.Amendment;
import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Scenario;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ScenarioVariantTest {
    private static final List<VariantTerm> ALIGN_SPA = List.of(new PolicyTerm(Policy.ALIGNMENT, "SPA", List.of()));

    private static ScenarioVariant variant(String name, List<Amendment> amendments, List<VariantTerm> terms) {
        return new ScenarioVariant(name, "  what it stands for ", List.of("A source."), amendments, terms);
    }

    @Test
    void appliesItsAmendmentsThenItsTermsUnderItsName() {
        Scenario base = HubSystems.eastAsia();
        ScenarioVariant v = variant("spa-deal", List.of(new Amendment.RemoveTie("SPB", "HUB", "spa-deal")),
                List.of(Architecture.LATTICE, new PolicyTerm(Policy.COLLABORATION, "SPA", List.of("SPB"))));
        assertThat(v.description()).isEqualTo("what it stands for");
        Variant applied = v.variant(base);
        assertThat(applied.name()).isEqualTo("spa-deal");
        Scenario s = applied.apply(base);
        assertThat(s.transforms()).containsExactly("spa-deal", "architecture(lattice)", "collaboration(SPA; with=SPB)");
        assertThat(s.amendments().get(0)).isEqualTo(new Amendment.RemoveTie("SPB", "HUB", "spa-deal"));
        // the same transforms, in the same order, as the composition written on a command line
        Scenario byHand = Variant.of(Architecture.LATTICE, Policy.COLLABORATION.transform("SPA", List.of("SPB")))
                .apply(base.amended("spa-deal", List.of(new Amendment.RemoveTie("SPB", "HUB", "spa-deal"))));
        assertThat(s).isEqualTo(byHand);
        assertThat(v.spec().text()).isEqualTo("lattice+collaboration(SPA; with=SPB)");
    }

    @Test
    void theRecordRefusesWhatCannotBeAVariant() {
        assertThat(catchThrowableOfType(FieldException.class, () -> variant("two words", List.of(), ALIGN_SPA)).field()).isEqualTo("name");
        assertThat(catchThrowableOfType(FieldException.class, () -> variant("Baseline", List.of(), ALIGN_SPA)))
                .hasMessageStartingWith("'baseline' is the scenario as given");
        assertThat(catchThrowableOfType(FieldException.class, () -> variant("Lattice", List.of(), ALIGN_SPA)))
                .hasMessageStartingWith("'Lattice' is the name of an architecture or policy in every comparison");
        assertThat(catchThrowableOfType(FieldException.class, () -> variant("alignment", List.of(), ALIGN_SPA)).field()).isEqualTo("name");
        FieldException empty = catchThrowableOfType(FieldException.class, () -> variant("x", List.of(), List.of()));
        assertThat(empty.field()).isEqualTo("terms");
        assertThat(empty).hasMessage("variant 'x' changes nothing; give it amendments, terms or both");
        FieldException unbound = catchThrowableOfType(FieldException.class,
                () -> variant("x", List.of(), List.of(Architecture.LATTICE, Policy.ALIGNMENT)));
        assertThat(unbound.field()).isEqualTo("terms[1]");
        assertThat(unbound).hasMessage("policy 'alignment' in variant 'x' must name its spoke, e.g. alignment(KOR)");
        FieldException citation = catchThrowableOfType(FieldException.class,
                () -> new ScenarioVariant("x", "", List.of("ok", " "), List.of(), ALIGN_SPA));
        assertThat(citation.field()).isEqualTo("citations[1]");
    }

    @Test
    void theScenarioChecksNamesAndTheStatesItsVariantsName() {
        Scenario base = HubSystems.eastAsia();
        Scenario with = base.toBuilder().variants(List.of(variant("a", List.of(), ALIGN_SPA))).build();
        assertThat(with.variant("a").terms()).isEqualTo(ALIGN_SPA);
        FieldException unknown = catchThrowableOfType(FieldException.class, () -> with.variant("b"));
        assertThat(unknown.field()).isEqualTo("variants");
        assertThat(unknown).hasMessage("unknown variant 'b'; the scenario defines a");
        assertThat(catchThrowableOfType(FieldException.class, () -> base.variant("b")))
                .hasMessage("unknown variant 'b'; the scenario defines no variants");
        FieldException twice = catchThrowableOfType(FieldException.class, () -> base.toBuilder()
                .variants(List.of(variant("a", List.of(), ALIGN_SPA), variant("a", List.of(), ALIGN_SPA))).build());
        assertThat(twice.field()).isEqualTo("variants[1].name");
        FieldException partner = catchThrowableOfType(FieldException.class, () -> base.toBuilder().variants(List.of(variant("a", List.of(),
                List.of(Architecture.NONE, new PolicyTerm(Policy.COLLABORATION, "SPA", List.of("XXX")))))).build());
        assertThat(partner.field()).isEqualTo("variants[0].terms[1]");
        assertThat(partner).hasMessage("variant 'a' names unknown state 'XXX'");
        FieldException tie = catchThrowableOfType(FieldException.class, () -> base.toBuilder().variants(List.of(
                variant("a", List.of(new Amendment.RemoveTie("SPA", "HUB", "a"), new Amendment.RemoveTie("XXX", "HUB", "a")), List.of()))).build());
        assertThat(tie.field()).isEqualTo("variants[0].amendments[1].from");
    }

    @Test
    void namedAndAllApplyTheScenariosVariantsAndPlaceTheirErrors() {
        Scenario s = HubSystems.eastAsia().toBuilder().variants(List.of(variant("a", List.of(), ALIGN_SPA),
                variant("b", List.of(), List.of(new PolicyTerm(Policy.ALIGNMENT, "CHA", List.of()))))).build();
        assertThat(ScenarioVariant.named(s, "a")).isEqualTo(new Variant("a", List.of(new Alignment("SPA"))));
        FieldException notSpoke = catchThrowableOfType(FieldException.class, () -> ScenarioVariant.all(s));
        assertThat(notSpoke.field()).isEqualTo("variants[1]");
        assertThat(notSpoke).hasMessageStartingWith("variant 'b': ").hasMessageContaining("'CHA' is not a spoke of any hub");
        assertThat(catchThrowableOfType(FieldException.class, () -> ScenarioVariant.named(s, "c")).field()).isEqualTo("variants");
    }
}
