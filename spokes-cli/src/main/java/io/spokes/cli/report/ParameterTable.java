package io.spokes.cli.report;

import io.spokes.core.domain.Coordination;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Parameters;

import static io.spokes.cli.report.Html.esc;

/** Every model parameter with the value used and the spec's default; values that differ are marked. */
final class ParameterTable {
    private ParameterTable() {
    }

    static String render(Parameters p) {
        StringBuilder b = new StringBuilder();
        int changed = 0;
        b.append("<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">symbol</th><th scope=\"col\" class=\"num\">value used</th>"
                + "<th scope=\"col\" class=\"num\">spec default</th><th scope=\"col\">meaning</th></tr></thead>\n<tbody>\n");
        for (Parameter par : Parameter.values()) {
            double v = p.get(par);
            boolean differs = Double.compare(v, par.defaultValue()) != 0;
            changed += differs ? 1 : 0;
            row(b, par.symbol(), Html.plain(v), Html.plain(par.defaultValue()), par.meaning(), differs);
        }
        Coordination c = p.coordination();
        boolean differs = c != Coordination.AUTO;
        changed += differs ? 1 : 0;
        row(b, Parameters.COORDINATION, esc(c.code()), esc(Coordination.AUTO.code()),
                "which fixed point of the intervention stage is used: upper, lower, or auto (the treaty rule below)", differs);
        b.append("</tbody>\n</table></div>\n");
        String note = changed == 0
                ? "<p>Every parameter has its default value.</p>\n"
                : "<p><strong>" + changed + (changed == 1 ? " parameter differs" : " parameters differ")
                + " from the default</strong> (marked &#9733; and highlighted).</p>\n";
        return note + b;
    }

    private static void row(StringBuilder b, String symbol, String valueHtml, String defaultHtml, String meaning, boolean differs) {
        b.append(differs ? "<tr class=\"changed\">" : "<tr>");
        b.append("<th scope=\"row\"><code>").append(esc(symbol)).append("</code></th>");
        b.append("<td class=\"num\">").append(differs ? "<strong>" + valueHtml + "</strong> &#9733;" : valueHtml).append("</td>");
        b.append("<td class=\"num\">").append(defaultHtml).append("</td>");
        b.append("<td>").append(esc(meaning)).append("</td></tr>\n");
    }
}
