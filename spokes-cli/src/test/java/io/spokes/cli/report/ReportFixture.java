package io.spokes.cli.report;

import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Institutions;
import io.spokes.core.domain.Membership;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Parameters;
import io.spokes.core.domain.Rivalry;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.State;
import io.spokes.core.domain.Treaty;
import io.spokes.core.study.Comparison;
import io.spokes.core.study.VariantOutcome;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small hub-and-spoke scenario built in code, and its report inputs, shared by the report tests. */
final class ReportFixture {
    static final long SEED = 42;

    private ReportFixture() {
    }

    /** USA hub with spokes KOR and JPN, a PRK-CHN pact, and a state whose name needs escaping. */
    static Scenario scenario(Parameters parameters) {
        List<State> states = List.of(
                new State("USA", 2, "United States of America", 0.124, true, "COW NMC 7.0"),
                new State("KOR", 732, "Republic of Korea", 0.022, false, "COW NMC 7.0"),
                new State("JPN", 740, "Japan", 0.027, false, "COW NMC 7.0"),
                new State("PRK", 731, "North Korea", 0.009, true, "COW NMC 7.0"),
                new State("CHN", 710, "China", 0.23, true, "COW NMC 7.0"),
                new State("ABC", 999, "A<B&C", 0.003, false, "made up \"for\" the test"));
        LocalDate signed = LocalDate.of(1953, 10, 1);
        List<Treaty> treaties = List.of(
                Treaty.builder().id("US-ROK").name("Mutual Defense Treaty <US & ROK>")
                        .members(List.of(Membership.of("USA", Obligation.DEFENSE), Membership.of("KOR", Obligation.DEFENSE)))
                        .institutions(new Institutions(false, true, false, true)).consultationMechanism(true).milinst(2)
                        .atopId(2900).signed(signed).source("ATOP 5.1 atopid 2900").build(),
                Treaty.builder().id("US-JPN").name("Treaty of Mutual Cooperation and Security")
                        .members(List.of(Membership.of("USA", Obligation.DEFENSE), Membership.of("JPN", Obligation.CONSULTATION)))
                        .institutions(new Institutions(false, true, false, false)).milinst(1).atopId(3495)
                        .signed(LocalDate.of(1960, 1, 19)).source("ATOP").build(),
                Treaty.builder().id("PRK-CHN").name("Sino-North Korean Treaty")
                        .members(List.of(Membership.of("CHN", Obligation.DEFENSE), Membership.of("PRK", Obligation.DEFENSE)))
                        .institutions(Institutions.NONE).milinst(0).atopId(3535).signed(LocalDate.of(1961, 7, 11)).source("ATOP")
                        .build(),
                Treaty.builder().id("ABC-JPN").name("Pact of A<B&C")
                        .members(List.of(Membership.of("ABC", Obligation.NEUTRALITY), Membership.of("JPN", Obligation.OFFENSE)))
                        .institutions(Institutions.NONE).signed(LocalDate.of(2001, 1, 1)).source("invented").build());
        List<Rivalry> rivalries = List.of(new Rivalry("PRK", "KOR", "Thompson and Dreyer 2012"));
        List<Crisis> crises = List.of(new Crisis("PRK", "KOR", "North Korea challenges South Korea"),
                new Crisis("CHN", "JPN", null));
        return Scenario.builder().name("test-report").title("A test of <the> report").year(2023).states(states)
                .treaties(treaties).rivalries(rivalries).hub("USA").spokes(List.of("KOR", "JPN")).parameters(parameters)
                .crises(crises).description("A fixture for <report> tests & nothing else.")
                .citations(List.of("Leeds et al. 2002 <ATOP>", "Singer et al. 1972 (COW NMC)")).build();
    }

    static Scenario scenario() {
        return scenario(Parameters.defaults());
    }

    static HtmlReport report(Scenario s) {
        Comparison comparison = new Comparison(s, SEED);
        List<VariantOutcome> outcomes = comparison.run(Comparison.fullDesign(s.spokes()), s.crises());
        Map<String, List<VariantOutcome>> kbar = new LinkedHashMap<>();
        for (Crisis c : s.crises()) {
            kbar.put(c.label(), comparison.kbarSensitivity(c, 0.5, 1, 2));
        }
        return new HtmlReport(s, outcomes, kbar, SEED);
    }
}
