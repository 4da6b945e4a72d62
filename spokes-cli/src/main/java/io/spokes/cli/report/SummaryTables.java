package io.spokes.cli.report;

import io.spokes.core.crisis.CrisisResult;
import io.spokes.core.domain.Parameter;
import io.spokes.core.study.Measure;
import io.spokes.core.study.VariantOutcome;

import java.util.List;
import java.util.Set;

import static io.spokes.cli.report.Html.esc;
import static io.spokes.cli.report.Html.num;

/** The numeric tables of one crisis: measures by variant, the baseline's candidates, and the kbar sensitivity. */
final class SummaryTables {
    /** Columns that hold words, aligned left; every other column holds numbers and is aligned right. */
    private static final Set<String> TEXT_COLUMNS = Set.of("variant", "state", "side", "obligation", "unique?", "selected", "kbar");

    private SummaryTables() {
    }

    /** One row per variant, the baseline highlighted; spokes' entrapment gets one column each. */
    static String variants(List<VariantOutcome> outcomes, Roles roles) {
        StringBuilder b = new StringBuilder();
        // Spokes' entrapment sits under one grouped header, one narrow column per spoke, so the table fits the page.
        boolean grouped = !roles.spokes().isEmpty();
        int rows = grouped ? 2 : 1;
        b.append("<div class=\"scroll\"><table class=\"summary\">\n<thead><tr>");
        header(b, "variant", "the scenario as given (baseline), an architecture of the whole hub system, or one spoke's policy", rows);
        for (Measure m : Measure.headlines()) {
            header(b, label(m, roles.hub()), m.description(), rows);
        }
        if (grouped) {
            b.append("<th scope=\"colgroup\" colspan=\"").append(roles.spokes().size())
                    .append("\" class=\"group\" title=\"probability the spoke fights only because of its commitments, given a war\">")
                    .append("entrapment of spoke, given war</th>");
        }
        header(b, "annual cost", "cost of independence in capability units (CINC) per year; not netted against the measures", rows);
        header(b, "unique?", "whether the equilibria reached from q = 1 and q = 0 coincide", rows);
        header(b, "selected", "the equilibrium the measures use: upper (w = 1), lower (w = 0) or auto (a mixture)", rows);
        b.append("</tr>\n");
        if (grouped) {
            b.append("<tr>");
            for (String spoke : roles.spokes()) {
                header(b, spoke, "entrapment of " + spoke + ", given war");
            }
            b.append("</tr>\n");
        }
        b.append("</thead>\n<tbody>\n");
        for (VariantOutcome o : outcomes) {
            CrisisResult r = o.result();
            boolean base = o.variant().equals(HtmlReport.BASELINE);
            b.append(base ? "<tr class=\"baseline\">" : "<tr>");
            b.append("<th scope=\"row\">").append(esc(o.variant())).append("</th>");
            for (Measure m : Measure.headlines()) {
                cell(b, num(o.headline(m)));
            }
            for (String spoke : roles.spokes()) {
                cell(b, num(r.candidate(spoke).map(CrisisResult.Candidate::entrapment).orElse(Double.NaN)));
            }
            // Only policies with a cost (independence) carry one; 0 elsewhere means "not applicable".
            cell(b, o.annualCost() == 0 ? Html.DASH : Html.sig(o.annualCost()));
            b.append("<td>").append(Html.yesNo(r.unique())).append("</td>");
            b.append("<td>").append(esc(r.selected().code())).append("</td>");
            b.append("</tr>\n");
        }
        return b.append("</tbody>\n</table></div>\n").toString();
    }

    /** Every candidate of the baseline result with every per-state measure. */
    static String candidates(CrisisResult r) {
        if (r.candidates().isEmpty()) {
            return "<p class=\"note\">No state values either side's security, so the target faces the challenger alone "
                    + "(the game reduces to the closed form of the model's section 5.12).</p>\n";
        }
        StringBuilder b = new StringBuilder();
        b.append("<div class=\"scroll\"><table>\n<thead><tr>");
        header(b, "state", null);
        header(b, "side", "defender of the target or supporter of the challenger");
        header(b, "obligation", "what the state owes the side it may join");
        header(b, "affinity", "crisis affinity a_jT (defender) or a_jC (supporter)");
        header(b, "q", "intervention probability (mixture of the two equilibria, weight w on the upper)");
        header(b, "abandonment", "1 - q for an obligated defender");
        header(b, "entanglement | war", "F(k*) - F(k0) of a defender whose defense or offense obligation to the target applies, given a war");
        header(b, "entrapment | war", "F(k*) - F(k0) of every other candidate: fighting beyond its interests (Kim 2011), given a war");
        header(b, "entrapment", "entrapment given war times P(war)");
        header(b, "burden share", "E[c_j / X_own | j fights], capabilities projected to the theater");
        header(b, "expected war cost", "E[kappa_j 1{kappa_j <= k_j*}] plus the expected nuclear cost of fighting");
        b.append("</tr></thead>\n<tbody>\n");
        for (CrisisResult.Candidate c : r.candidates()) {
            b.append("<tr><th scope=\"row\">").append(esc(c.state())).append("</th>");
            b.append("<td>").append(esc(c.side().code())).append("</td>");
            b.append("<td>").append(esc(c.obligation().code())).append("</td>");
            cell(b, num(c.affinity()));
            cell(b, num(c.q()));
            cell(b, num(c.abandonment().orElse(Double.NaN)));
            cell(b, num(c.entanglement()));
            cell(b, num(c.entrapment()));
            cell(b, num(c.entrapmentUnconditional()));
            cell(b, num(c.burdenShare()));
            cell(b, num(c.expectedWarCost()));
            b.append("</tr>\n");
        }
        return b.append("</tbody>\n</table></div>\n").toString();
    }

    /** The headline measures at each kbar, the row at the scenario's own kbar highlighted. */
    static String kbar(List<VariantOutcome> outcomes, double chosen, String hub) {
        StringBuilder b = new StringBuilder();
        b.append("<table class=\"narrow\">\n<thead><tr>");
        header(b, "kbar", "median war cost, in units of the stake");
        for (Measure m : Measure.headlines()) {
            header(b, label(m, hub), null);
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (VariantOutcome o : outcomes) {
            CrisisResult r = o.result();
            double k = r.parameters().get(Parameter.KBAR);
            b.append(k == chosen ? "<tr class=\"baseline\">" : "<tr>");
            b.append("<th scope=\"row\">").append(Html.plain(k)).append(k == chosen ? " (scenario)" : "").append("</th>");
            for (Measure m : Measure.headlines()) {
                cell(b, num(o.headline(m)));
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody>\n</table>\n").toString();
    }

    /** A headline measure's column heading; hub abandonment names the hub when there is one. */
    private static String label(Measure m, String hub) {
        return m == Measure.HUB_ABANDONMENT && hub != null ? "abandonment by " + hub : m.label();
    }

    private static void header(StringBuilder b, String text, String tooltip) {
        header(b, text, tooltip, 1);
    }

    private static void header(StringBuilder b, String text, String tooltip, int rowspan) {
        b.append("<th scope=\"col\"");
        if (!TEXT_COLUMNS.contains(text)) {
            b.append(" class=\"num\"");
        }
        if (rowspan > 1) {
            b.append(" rowspan=\"").append(rowspan).append('"');
        }
        if (tooltip != null) {
            b.append(" title=\"").append(esc(tooltip)).append('"');
        }
        b.append('>').append(esc(text)).append("</th>");
    }

    private static void cell(StringBuilder b, String html) {
        b.append("<td class=\"num\">").append(html).append("</td>");
    }
}
