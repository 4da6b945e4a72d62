package io.spokes.core.policy;

import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class VariantSpecTest {
    private static final String ALLOWED = "use baseline, an architecture (hub-spoke, lattice, collective or none) or a policy "
            + "(independence, independence-nuclear, alignment, collaboration or collaboration-defense), several joined by + "
            + "to compose them in the order written (e.g. alignment+collaboration); a policy may name its spoke and partners, "
            + "e.g. alignment(KOR) or collaboration(KOR; with=JPN+AUS)";

    @Test
    void baselineIsNoTransform() {
        VariantSpec b = VariantSpec.parse("baseline");
        assertThat(b.isBaseline()).isTrue();
        assertThat(b.needsSpoke()).isFalse();
        assertThat(b.variant(HubSystems.eastAsia(), null)).isEqualTo(Variant.baseline());
        assertThat(VariantSpec.parse("  BaseLine ").isBaseline()).isTrue();
    }

    @Test
    void everyCatalogueNameParsesToItself() {
        for (Architecture a : Architecture.values()) {
            assertThat(VariantSpec.parse(a.code()).terms()).containsExactly(a);
            assertThat(VariantSpec.parse(a.code(), VariantSpec.Kind.ARCHITECTURE).terms()).containsExactly(a);
        }
        for (Policy p : Policy.values()) {
            assertThat(VariantSpec.parse(p.code()).terms()).containsExactly(p);
            assertThat(VariantSpec.parse(p.code(), VariantSpec.Kind.POLICY).terms()).containsExactly(p);
        }
    }

    @Test
    void partsComposeInTheOrderWrittenWhateverTheSpacingAndCase() {
        assertThat(VariantSpec.parse("alignment+collaboration").terms()).containsExactly(Policy.ALIGNMENT, Policy.COLLABORATION);
        assertThat(VariantSpec.parse(" Collaboration +\tALIGNMENT ").terms()).containsExactly(Policy.COLLABORATION, Policy.ALIGNMENT);
        assertThat(VariantSpec.parse("lattice+independence-nuclear").terms()).containsExactly(Architecture.LATTICE, Policy.INDEPENDENCE_NUCLEAR);
        // stacking the same policy twice is a composition too (independence twice arms twice)
        assertThat(VariantSpec.parse("independence+independence").terms()).containsExactly(Policy.INDEPENDENCE, Policy.INDEPENDENCE);
    }

    @Test
    void theVariantIsNamedAndAppliedAsVariantOfNamesIt() {
        Scenario s = HubSystems.eastAsia();
        Variant v = VariantSpec.parse("alignment+collaboration-defense").variant(s, "SPA");
        assertThat(v).isEqualTo(Variant.of(new Alignment("SPA"), new Collaboration("SPA", Obligation.DEFENSE)));
        assertThat(v.name()).isEqualTo("alignment(SPA)+collaboration(SPA, defense)");
        assertThat(VariantSpec.parse("lattice").variant(s, null)).isEqualTo(Variant.of(Architecture.LATTICE));
        assertThat(VariantSpec.parse("lattice").variant(s, null).name()).isEqualTo("lattice");
        assertThat(VariantSpec.parse("collective+alignment").variant(s, "SPB").name()).isEqualTo("collective+alignment(SPB)");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"alignment+", "+alignment", "alignment++collaboration", "+", " + "})
    void emptyPartsAreRefused(String text) {
        FieldException e = catchThrowableOfType(FieldException.class, () -> VariantSpec.parse(text));
        assertThat(e.field()).isEqualTo("variant");
        assertThat(e.getMessage()).startsWith("empty part in '" + text.trim() + "'").endsWith("; " + ALLOWED);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "  ", "\t"})
    void emptyTextIsRefused(String text) {
        FieldException e = catchThrowableOfType(FieldException.class, () -> VariantSpec.parse(text));
        assertThat(e.getMessage()).isEqualTo("empty variant; " + ALLOWED);
        assertThat(catchThrowableOfType(FieldException.class, () -> VariantSpec.parse(null))).hasMessage("empty variant; " + ALLOWED);
    }

    @Test
    void unknownNamesGetTheOneMessageListingTheCatalogues() {
        assertThat(catchThrowableOfType(FieldException.class, () -> VariantSpec.parse("appeasement")))
                .hasMessage("unknown variant 'appeasement'; " + ALLOWED);
        assertThat(catchThrowableOfType(FieldException.class, () -> VariantSpec.parse("alignment+appeasement")))
                .hasMessage("unknown variant 'appeasement' in 'alignment+appeasement'; " + ALLOWED);
        // a word inside a name is not a name
        assertThat(catchThrowableOfType(FieldException.class, () -> VariantSpec.parse("align ment"))).hasMessageStartingWith("unknown variant 'align ment'");
        // parentheses hold a policy's arguments (issue #12); a + inside them does not split
        assertThat(catchThrowableOfType(FieldException.class, () -> VariantSpec.parse("collaboration(SPA+SPB)")))
                .hasMessageStartingWith("'collaboration(SPA+SPB)' names one spoke; its partners go after it, as in collaboration(SPOKE; with=A+B);");
        FieldException baseline = catchThrowableOfType(FieldException.class, () -> VariantSpec.parse("baseline+lattice"));
        assertThat(baseline).hasMessageStartingWith("baseline is the scenario as given and takes no other parts");
    }

    @Test
    void eachPlaceNamesItsFieldAndWhatItAccepts() {
        FieldException policy = catchThrowableOfType(FieldException.class, () -> VariantSpec.parse("lattice", VariantSpec.Kind.POLICY));
        assertThat(policy.field()).isEqualTo("policy");
        assertThat(policy).hasMessage("unknown policy 'lattice'; use independence, independence-nuclear, alignment, collaboration "
                + "or collaboration-defense, several joined by + to compose them in the order written (e.g. alignment+collaboration); "
                + "a policy may name its spoke and partners, e.g. alignment(KOR) or collaboration(KOR; with=JPN+AUS)");
        assertThat(catchThrowableOfType(FieldException.class, () -> VariantSpec.parse("alignment+", VariantSpec.Kind.POLICY)))
                .hasMessageStartingWith("empty part in 'alignment+' (nothing after a +); use independence,");
        assertThat(catchThrowableOfType(FieldException.class, () -> VariantSpec.parse("baseline", VariantSpec.Kind.POLICY)))
                .hasMessageStartingWith("unknown policy 'baseline'");
        FieldException architecture = catchThrowableOfType(FieldException.class, () -> VariantSpec.parse("alignment", VariantSpec.Kind.ARCHITECTURE));
        assertThat(architecture.field()).isEqualTo("architecture");
        assertThat(architecture).hasMessage("unknown architecture 'alignment'; use hub-spoke, lattice, collective or none");
        assertThat(catchThrowableOfType(FieldException.class, () -> VariantSpec.parse("lattice+none", VariantSpec.Kind.ARCHITECTURE)))
                .hasMessage("one architecture at a time, got 'lattice+none'; use hub-spoke, lattice, collective or none");
    }

    @Test
    void policiesNeedASpokeOfAHub() {
        Scenario s = HubSystems.eastAsia();
        VariantSpec spec = VariantSpec.parse("lattice+alignment");
        assertThat(spec.needsSpoke()).isTrue();
        FieldException none = catchThrowableOfType(FieldException.class, () -> spec.variant(s, null));
        assertThat(none.field()).isEqualTo("spoke");
        assertThat(none).hasMessageContaining("policies need the spoke");
        FieldException unknown = catchThrowableOfType(FieldException.class, () -> spec.variant(s, "XXX"));
        assertThat(unknown.field()).isEqualTo("spoke");
        assertThat(unknown).hasMessageContaining("unknown state 'XXX'").hasMessageContaining("HUB, SPA, SPB, SPC, CHA");
        FieldException notSpoke = catchThrowableOfType(FieldException.class, () -> spec.variant(s, "CHA"));
        assertThat(notSpoke.field()).isEqualTo("spoke");
        assertThat(notSpoke).hasMessageContaining("'CHA' is not a spoke of any hub");
    }

    @Test
    void theTextIsKept() {
        assertThat(VariantSpec.parse(" lattice ").text()).isEqualTo(" lattice ");
        assertThat(VariantSpec.parse("lattice").toString()).isEqualTo("lattice");
        assertThat(new VariantSpec("x", List.of(Policy.ALIGNMENT)).terms()).containsExactly(Policy.ALIGNMENT);
    }

    @Test
    void aPolicyWrittenWithItsSpokeAndPartnersParsesToAPolicyTermThatWritesBackAsWritten() {
        VariantSpec spec = VariantSpec.parse("lattice + alignment(SPA) + collaboration(SPA; with=SPB+CHA)");
        assertThat(spec.terms()).containsExactly(Architecture.LATTICE, new PolicyTerm(Policy.ALIGNMENT, "SPA", List.of()),
                new PolicyTerm(Policy.COLLABORATION, "SPA", List.of("SPB", "CHA")));
        assertThat(spec.needsSpoke()).isFalse();
        assertThat(spec.terms().get(2).code()).isEqualTo("collaboration(SPA; with=SPB+CHA)");
        assertThat(spec.terms().get(2).states()).containsExactly("SPA", "SPB", "CHA");
        // the written form parses back to the same term, whatever the spacing and the case of the policy
        for (VariantTerm t : spec.terms()) {
            assertThat(VariantSpec.parse(t.code()).terms()).containsExactly(t);
        }
        assertThat(VariantSpec.parse("Collaboration( SPA ;  WITH= SPB )").terms())
                .containsExactly(new PolicyTerm(Policy.COLLABORATION, "SPA", List.of("SPB")));
        Variant v = spec.variant(HubSystems.eastAsia(), null);
        assertThat(v.name()).isEqualTo("lattice+alignment(SPA)+collaboration(SPA; with=SPB+CHA)");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"alignment()", "alignment(SPA", "alignment SPA)", "(SPA)", "alignment(SPA)x", "alignment((SPA))",
        "collaboration(SPA; with=)", "collaboration(SPA; with=SPB+)", "collaboration(SPA; partners=SPB)", "collaboration(with=SPB)",
        "collaboration(SPA; with=SPB; with=SPC)", "alignment(SPA; with=SPB)", "collaboration(SPA; with=SPA)",
        "collaboration(SPA; with=SPB+SPB)", "appeasement(SPA)"})
    void malformedTermsGetTheOneMessage(String text) {
        FieldException e = catchThrowableOfType(FieldException.class, () -> VariantSpec.parse(text));
        assertThat(e).as(text).isNotNull();
        assertThat(e.field()).isEqualTo("variant");
        assertThat(e.getMessage()).endsWith("; " + ALLOWED).doesNotContain("\n");
    }

    @Test
    void anArchitectureTakesNoArgumentsAndABoundSpokeIsChecked() {
        assertThat(catchThrowableOfType(FieldException.class, () -> VariantSpec.parse("lattice(SPA)", VariantSpec.Kind.ARCHITECTURE)))
                .hasMessageStartingWith("an architecture takes no arguments, got 'lattice(SPA)'");
        assertThat(catchThrowableOfType(FieldException.class, () -> VariantSpec.parse("alignment(SPA; with=SPB)")))
                .hasMessageStartingWith("alignment takes no partners (with=); only collaboration and collaboration-defense do");
        Scenario s = HubSystems.eastAsia();
        FieldException notSpoke = catchThrowableOfType(FieldException.class, () -> VariantSpec.parse("alignment(CHA)").variant(s, null));
        assertThat(notSpoke.field()).isEqualTo("spoke");
        assertThat(notSpoke).hasMessageContaining("'CHA' is not a spoke of any hub");
        FieldException unknown = catchThrowableOfType(FieldException.class,
                () -> VariantSpec.parse("collaboration(SPA; with=XXX)").variant(s, null).apply(s));
        assertThat(unknown.field()).isEqualTo("with");
        assertThat(unknown).hasMessageStartingWith("unknown partner 'XXX' in collaboration(SPA; with=XXX); the scenario has HUB, SPA");
    }
}
