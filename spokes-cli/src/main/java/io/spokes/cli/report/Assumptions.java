package io.spokes.cli.report;

import io.spokes.core.crisis.CrisisResult;

import java.util.List;
import java.util.Locale;

import static io.spokes.cli.report.Html.esc;

/** The model's main assumptions in plain words, and how each crisis's equilibrium was selected and solved. */
final class Assumptions {
    /** Where the report is written (out/&lt;scenario&gt;/report.html) relative to the project's docs. */
    static final String MODEL_DOC = "../../docs/model.md";

    private static final List<String> MAIN = List.of(
            "Each crisis is a single, one-shot game: the challenger demands a stake, the target resists or concedes, "
                    + "and if it resists every other state that cares about either side decides at the same time whether to join the war. "
                    + "There is no bargaining and no repeated play.",
            "Capabilities (by default COW CINC scores) decide wars through a ratio contest success function; "
                    + "each fighter pays a war cost scaled by its share of its coalition's capability.",
            "Resolve and war costs are private, independent and log-normal. War costs are measured in units of the stake, "
                    + "and the results depend on their median kbar, which is why a sensitivity check at kbar 0.5, 1 and 2 is shown.",
            "Alliances act in two ways: through affinity (how much an ally values the target's security) and through the cost "
                    + "of staying out (breach of the obligation, scaled by institutionalization; lost credibility with the defender's other "
                    + "protégés; and, for a spoke, pressure from a hub that fights).",
            "Ties come from the treaties in force in the scenario year with each member's own obligations (ATOP member level). "
                    + "Without a named hub, the hub is the state with the largest capability times number of defense ties.",
            "Allies use threshold strategies. The intervention stage is solved from \"everyone joins\" and from \"nobody joins\"; "
                    + "when the two fixed points differ, a treaty rule picks one (below).",
            "Policies and architectures are changes to the scenario, compared with the same seed. The cost of independence "
                    + "is reported beside the measures, not subtracted from them.",
            "Every default parameter value is a modelling assumption, not an estimate. The model compares mechanisms; "
                    + "it does not forecast real crises.");

    private Assumptions() {
    }

    static String render(List<CrisisResult> baselineResults) {
        StringBuilder b = new StringBuilder();
        b.append("<ol class=\"assumptions\">\n");
        for (String a : MAIN) {
            b.append("<li>").append(esc(a)).append("</li>\n");
        }
        b.append("</ol>\n");
        b.append("<p>The full statement of the model, with every equation and the readings of the specification "
                + "(assumptions A1&#8211;A15), is in <a href=\"").append(MODEL_DOC).append("\">docs/model.md</a> "
                + "in the Spokes distribution.</p>\n");
        b.append("<h3>Equilibrium selection and convergence (baseline)</h3>\n");
        b.append("<p>Variants can select differently; see the column &#8220;selected&#8221; of each summary table.</p>\n");
        b.append("<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">crisis</th><th scope=\"col\">selected</th>"
                + "<th scope=\"col\">selection rule</th><th scope=\"col\">fixed point from q = 1</th>"
                + "<th scope=\"col\">fixed point from q = 0</th><th scope=\"col\">expectations</th></tr></thead>\n<tbody>\n");
        for (CrisisResult r : baselineResults) {
            b.append("<tr><th scope=\"row\">").append(esc(r.crisis().label())).append("</th>")
                    .append("<td>").append(esc(r.selected().code())).append("</td>")
                    .append("<td>").append(esc(r.selectionRule())).append("</td>")
                    .append("<td>").append(esc(fixedPoint(r.upper()))).append("</td>")
                    .append("<td>").append(esc(fixedPoint(r.lower()))).append("</td>")
                    .append("<td>").append(esc(expectations(r))).append("</td></tr>\n");
        }
        return b.append("</tbody>\n</table></div>\n").toString();
    }

    private static String fixedPoint(CrisisResult.Equilibrium e) {
        return (e.converged() ? "converged" : "NOT converged") + " after " + e.iterations() + " iterations (residual "
                + String.format(Locale.ROOT, "%.1e", e.residual()) + ")";
    }

    private static String expectations(CrisisResult r) {
        if ("convolution".equals(r.method())) {
            return "convolution (" + r.candidates().size() + " candidates, each side's strength distribution on a capability grid;"
                    + " error of E[p] at most grid_error = " + r.parameters().get(io.spokes.core.domain.Parameter.GRID_ERROR) + ")";
        }
        if (!"sampled".equals(r.method())) {
            return r.method() + " (" + r.candidates().size() + " candidates, every coalition enumerated)";
        }
        return "sampled, " + r.draws() + " draws with common random numbers; standard error of E[p] "
                + String.format(Locale.ROOT, "%.4f", r.expectations().seEp());
    }
}
