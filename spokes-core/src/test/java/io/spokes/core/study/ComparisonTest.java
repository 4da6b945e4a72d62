package io.spokes.core.study;

import io.spokes.core.Fixtures;
import io.spokes.core.crisis.CrisisResult;
import io.spokes.core.crisis.CrisisSolver;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Institutions;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Scenario;
import io.spokes.core.policy.Architecture;
import io.spokes.core.policy.Variant;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.spokes.core.Fixtures.bilateral;
import static io.spokes.core.Fixtures.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ComparisonTest {

    private static Scenario system() {
        return Fixtures.hubWithTwoSpokes();
    }

    @Test
    void fullDesignHasBaselineArchitecturesAndThreePoliciesPerSpoke() {
        List<Variant> design = Comparison.fullDesign(List.of("SPA", "SPB"));
        assertThat(design).extracting(Variant::name).containsExactly("baseline", "hub-spoke", "lattice", "collective", "none",
                "independence(SPA)", "alignment(SPA)", "collaboration(SPA)",
                "independence(SPB)", "alignment(SPB)", "collaboration(SPB)");
    }

    @Test
    void runSolvesEveryVariantAndCrisisWithTheSameSeed() {
        Scenario s = system();
        List<Crisis> crises = List.of(Crisis.of("CHA", "SPA"), Crisis.of("CHA", "SPB"));
        List<VariantOutcome> out = new Comparison(s, 17L).run(Comparison.fullDesign(List.of("SPA", "SPB")), crises);
        assertThat(out).hasSize(11 * 2);
        VariantOutcome baseline = out.get(0);
        assertThat(baseline.variant()).isEqualTo("baseline");
        CrisisResult direct = new CrisisSolver(s, 17L).solve("CHA", "SPA");
        assertThat(baseline.result()).isEqualTo(direct);
        assertThat(baseline.annualCost()).isZero();
        VariantOutcome independence = out.stream().filter(o -> o.variant().equals("independence(SPB)")).findFirst().orElseThrow();
        assertThat(independence.annualCost()).isCloseTo(0.5 * 0.8, within(1e-15));
        assertThat(independence.measures()).contains(new MeasureValue("annual_cost", "", 0.4));
        VariantOutcome none = out.stream().filter(o -> o.variant().equals("none") && o.result().crisis().target().equals("SPA")).findFirst().orElseThrow();
        assertThat(none.result().transforms()).containsExactly("architecture(none)");
        assertThat(none.result().candidate("HUB")).isEmpty();
        assertThat(none.headline(Measure.HUB_ABANDONMENT)).isNaN();
        for (VariantOutcome o : out) {
            assertThat(o.headline(Measure.DETERRENCE)).isCloseTo(1 - o.result().pChallenge(), within(1e-15));
            assertThat(o.headline(Measure.P_WAR)).isCloseTo(o.result().pChallenge() * o.result().pResist(), within(1e-15));
        }
    }

    @Test
    void measuresFlattenTheResult() {
        CrisisResult r = new CrisisSolver(system(), 1L).solve("CHA", "SPA");
        List<MeasureValue> m = Measures.of(r);
        assertThat(m.subList(0, 7)).extracting(MeasureValue::name)
                .containsExactly("deterrence", "p_challenge", "p_resist", "p_war", "p_challenge_year", "p_war_year", "expected_p");
        assertThat(m).contains(new MeasureValue("hub_abandonment", "HUB", r.hubAbandonment().orElseThrow()));
        assertThat(m).contains(new MeasureValue("intervention", "HUB", r.candidate("HUB").orElseThrow().q()));
        assertThat(m).filteredOn(x -> x.name().equals("abandonment")).extracting(MeasureValue::state).containsExactly("HUB");
        assertThat(Measure.headlines()).extracting(Measure::code).containsExactly("deterrence", "p_challenge", "p_resist", "p_war", "hub_abandonment");
        assertThat(new MeasureValue("x", null, 1).state()).isEmpty();
    }

    @Test
    void kbarSensitivitySolvesAtEachValue() {
        Comparison c = new Comparison(system(), 1L);
        List<VariantOutcome> out = c.kbarSensitivity(Crisis.of("CHA", "SPA"), 0.5, 1, 2);
        assertThat(out).extracting(VariantOutcome::variant).containsExactly("kbar=0.5", "kbar=1.0", "kbar=2.0");
        assertThat(out).extracting(o -> o.result().parameters().get(Parameter.KBAR)).containsExactly(0.5, 1.0, 2.0);
        // a higher median war cost makes the target resist less often
        assertThat(out.get(0).result().pResist()).isGreaterThan(out.get(1).result().pResist());
        assertThat(out.get(1).result().pResist()).isGreaterThan(out.get(2).result().pResist());
        assertThat(out.get(1).result()).isEqualTo(new CrisisSolver(system(), 1L).solve("CHA", "SPA"));
    }

    @Test
    void variantOfArchitectureIsNamedByItsCode() {
        assertThat(Variant.of(Architecture.COLLECTIVE).name()).isEqualTo("collective");
    }
}
