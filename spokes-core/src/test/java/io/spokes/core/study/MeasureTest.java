package io.spokes.core.study;

import io.spokes.core.Fixtures;
import io.spokes.core.crisis.CrisisResult;
import io.spokes.core.crisis.CrisisSolver;
import io.spokes.core.domain.Institutions;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Scenario;
import io.spokes.core.policy.Architecture;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static io.spokes.core.Fixtures.bilateral;
import static io.spokes.core.Fixtures.state;
import static org.assertj.core.api.Assertions.assertThat;

/** The measure catalogue, and the tidy rows {@link Measures#of} derives from it. */
class MeasureTest {
    private static Scenario system() {
        return Fixtures.hubWithTwoSpokes();
    }

    /** Results with and without a hub abandonment and with obligated and free candidates. */
    private static List<CrisisResult> results() {
        Scenario s = system();
        return List.of(new CrisisSolver(s, 1L).solve("CHA", "SPA"), new CrisisSolver(s, 1L).solve("CHA", "SPB"),
                new CrisisSolver(s, 1L).solve("SPA", "CHA"), new CrisisSolver(Architecture.NONE.apply(s), 1L).solve("CHA", "SPA"));
    }

    @Test
    void rowsAreExactlyThoseOfTheHandWrittenFlatteningTheCatalogueReplaced() {
        for (CrisisResult r : results()) {
            assertThat(Measures.of(r)).containsExactlyElementsOf(handWritten(r));
        }
    }

    @Test
    void everyNameIsInTheCatalogueAndEveryMeasureAppearsSomewhere() {
        Set<String> seen = new HashSet<>();
        for (CrisisResult r : results()) {
            for (MeasureValue m : new VariantOutcome("v", r, 0.0).measures()) {
                assertThat(Measure.byCode(m.name())).as(m.name()).isPresent();
                seen.add(m.name());
                Measure measure = Measure.byCode(m.name()).orElseThrow();
                assertThat(m.state().isEmpty()).isEqualTo(measure.scope() == Measure.Scope.CRISIS || measure.scope() == Measure.Scope.VARIANT);
            }
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(Measure.codes());
    }

    @Test
    void theCatalogueDescribesEachMeasure() {
        for (Measure m : Measure.values()) {
            assertThat(m.code()).matches("[a-z]+(_[a-z]+)*");
            assertThat(m.label()).isNotBlank();
            assertThat(m.description()).isNotBlank();
            assertThat(m.appliesWhen()).isNotBlank();
            assertThat(m.toString()).isEqualTo(m.code());
            assertThat(Measure.byCode(m.code())).contains(m);
        }
        assertThat(new LinkedHashSet<>(Measure.codes())).hasSize(Measure.values().length);
        assertThat(Measure.byCode("p_warr")).isEmpty();
        assertThat(Measure.headlines()).extracting(Measure::code).containsExactly("deterrence", "p_challenge", "p_resist", "p_war", "hub_abandonment");
        assertThat(Measure.headlines()).allMatch(m -> m.scope() == Measure.Scope.CRISIS || m.scope() == Measure.Scope.HUB);
    }

    @Test
    void hubAbandonmentAppliesOnlyWhenTheHubIsAnObligatedDefenderOfTheTarget() {
        List<CrisisResult> r = results();
        assertThat(Measure.HUB_ABANDONMENT.of(r.get(0))).isEqualTo(r.get(0).hubAbandonment()).isPresent();
        // the target of "SPA vs CHA" is CHA, which the hub does not defend
        assertThat(Measure.HUB_ABANDONMENT.of(r.get(2))).isEmpty();
        assertThat(Measure.HUB_ABANDONMENT.valueOrNaN(r.get(3))).isNaN();
        // abandonment only for obligated defenders; per-state measures are not crisis values
        assertThat(Measure.ABANDONMENT.of(r.get(0), "HUB")).contains(1 - r.get(0).candidate("HUB").orElseThrow().q());
        assertThat(Measure.ABANDONMENT.of(r.get(0), "SPA")).isEmpty();
        assertThat(Measure.ABANDONMENT.of(r.get(0))).isEmpty();
        assertThat(Measure.DETERRENCE.of(r.get(0), "SPA")).isEmpty();
        assertThat(Measure.EXPECTED_WAR_COST.of(r.get(0), "CHA")).as("A12: none for the challenger").isEmpty();
        assertThat(Measure.ANNUAL_COST.of(r.get(0))).isEmpty();
    }

    /** The flattening as it was written by hand before the catalogue, with model v2's measures added (kept as the oracle of the rows' order). */
    private static List<MeasureValue> handWritten(CrisisResult r) {
        List<MeasureValue> out = new ArrayList<>();
        out.add(new MeasureValue("deterrence", "", r.deterrence()));
        out.add(new MeasureValue("p_challenge", "", r.pChallenge()));
        out.add(new MeasureValue("p_resist", "", r.pResist()));
        out.add(new MeasureValue("p_war", "", r.pWar()));
        out.add(new MeasureValue("p_challenge_year", "", r.pChallengeYear()));
        out.add(new MeasureValue("p_war_year", "", r.pWarYear()));
        out.add(new MeasureValue("expected_p", "", r.expectations().ep()));
        r.hubAbandonment().ifPresent(v -> out.add(new MeasureValue("hub_abandonment", r.hub(), v)));
        out.add(new MeasureValue("equilibria_unique", "", r.unique() ? 1 : 0));
        out.add(new MeasureValue("coordination_weight", "", r.coordinationWeight()));
        out.add(new MeasureValue("deterrence_upper", "", r.upperHeadline().deterrence()));
        out.add(new MeasureValue("deterrence_lower", "", r.lowerHeadline().deterrence()));
        out.add(new MeasureValue("burden_share", r.target().state(), r.target().burdenShare()));
        out.add(new MeasureValue("expected_war_cost", r.target().state(), r.target().expectedWarCost()));
        out.add(new MeasureValue("burden_share", r.challenger().state(), r.challenger().burdenShare()));
        for (CrisisResult.Candidate c : r.candidates()) {
            out.add(new MeasureValue("intervention", c.state(), c.q()));
            c.abandonment().ifPresent(v -> out.add(new MeasureValue("abandonment", c.state(), v)));
            out.add(new MeasureValue("entanglement", c.state(), c.entanglement()));
            out.add(new MeasureValue("entanglement_unconditional", c.state(), c.entanglementUnconditional()));
            out.add(new MeasureValue("entrapment", c.state(), c.entrapment()));
            out.add(new MeasureValue("entrapment_unconditional", c.state(), c.entrapmentUnconditional()));
            out.add(new MeasureValue("burden_share", c.state(), c.burdenShare()));
            out.add(new MeasureValue("expected_war_cost", c.state(), c.expectedWarCost()));
        }
        return out;
    }
}
