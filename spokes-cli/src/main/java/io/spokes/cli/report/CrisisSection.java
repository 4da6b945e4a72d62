package io.spokes.cli.report;

import io.spokes.core.crisis.CrisisResult;
import io.spokes.core.crisis.Side;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.State;
import io.spokes.core.study.VariantOutcome;

import java.util.List;

import static io.spokes.cli.report.Html.esc;

/** One crisis: who challenges whom, the measures by variant, the baseline's candidates and the kbar sensitivity. */
final class CrisisSection {
    private CrisisSection() {
    }

    /**
     * @param anchor   the section's id, for the table of contents
     * @param outcomes this crisis under every variant, in the order of the comparison
     * @param baseline the baseline variant's result (the first outcome if there is no baseline)
     * @param kbar     the baseline at kbar 0.5, 1, 2, or null when not computed for this crisis
     */
    static String render(String anchor, Scenario scenario, Crisis crisis, List<VariantOutcome> outcomes,
                         CrisisResult baseline, List<VariantOutcome> kbar, Roles roles) {
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"crisis\" id=\"").append(anchor).append("\">\n");
        b.append("<h2>Crisis: ").append(esc(crisis.label())).append("</h2>\n");
        b.append("<p>").append(esc(who(scenario, crisis, baseline))).append("</p>\n");

        b.append("<h3>Measures by variant</h3>\n");
        b.append(SummaryTables.variants(outcomes, roles));
        b.append(Charts.variants(crisis.label(), outcomes));

        b.append("<h3>Who would fight (baseline)</h3>\n");
        b.append(Charts.intervention(baseline));
        b.append(SummaryTables.candidates(baseline));

        if (kbar != null && !kbar.isEmpty()) {
            double chosen = scenario.parameters().get(Parameter.KBAR);
            b.append("<h3>Sensitivity to the median war cost kbar</h3>\n");
            b.append("<p>War costs are measured in units of the stake, so the results depend on their median kbar. "
                    + "These are the baseline's headline measures with kbar halved and doubled.</p>\n");
            b.append(SummaryTables.kbar(kbar, chosen, roles.hub()));
            b.append(Charts.kbar(crisis.label(), kbar, chosen));
        }
        return b.append("</section>\n").toString();
    }

    private static String who(Scenario scenario, Crisis crisis, CrisisResult baseline) {
        String challenger = name(scenario, crisis.challenger());
        String target = name(scenario, crisis.target());
        StringBuilder s = new StringBuilder();
        s.append(challenger).append(" (").append(crisis.challenger()).append(") demands the stake from ")
                .append(target).append(" (").append(crisis.target()).append("). ");
        if (baseline.hub() != null && !baseline.hub().equals(crisis.target())) {
            s.append("The target's hub is ").append(baseline.hub()).append(". ");
        } else if (baseline.hub() != null) {
            s.append("The target is itself the hub. ");
        } else {
            s.append("The target has no hub. ");
        }
        long defenders = baseline.candidates().stream().filter(c -> c.side() == Side.DEFENDER).count();
        long supporters = baseline.candidates().size() - defenders;
        s.append("In the baseline, ").append(defenders).append(defenders == 1 ? " state may defend" : " states may defend")
                .append(" the target and ").append(supporters).append(supporters == 1 ? " state may back" : " states may back")
                .append(" the challenger.");
        return s.toString();
    }

    private static String name(Scenario scenario, String id) {
        return scenario.state(id).map(State::name).orElse(id);
    }
}
