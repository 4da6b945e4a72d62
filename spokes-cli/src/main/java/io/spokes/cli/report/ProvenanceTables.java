package io.spokes.cli.report;

import io.spokes.core.domain.AffinityOverride;
import io.spokes.core.domain.Amendment;
import io.spokes.core.domain.Institutions;
import io.spokes.core.domain.Membership;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Rivalry;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.State;
import io.spokes.core.domain.Treaty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import static io.spokes.cli.report.Html.esc;

/** The scenario's inputs with their sources: states, treaties, rivalries, affinity overrides and amendments. */
final class ProvenanceTables {
    private static final int LONG_SOURCE = 280;
    private static final int SOURCE_HEAD = 160;

    private ProvenanceTables() {
    }

    static String states(Scenario s, Roles roles) {
        StringBuilder b = new StringBuilder();
        b.append("<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">id</th><th scope=\"col\" class=\"num\">COW code</th>"
                + "<th scope=\"col\">name</th><th scope=\"col\">role</th><th scope=\"col\" class=\"num\">capability</th>"
                + "<th scope=\"col\">nuclear</th><th scope=\"col\">source</th></tr></thead>\n<tbody>\n");
        for (State st : s.states()) {
            b.append("<tr><th scope=\"row\">").append(esc(st.id())).append("</th>")
                    .append("<td class=\"num\">").append(st.cowCode()).append("</td>")
                    .append("<td>").append(esc(st.name())).append("</td>")
                    .append("<td>").append(esc(roles.roleOf(st.id()))).append("</td>")
                    .append("<td class=\"num\">").append(Html.sig(st.capability())).append("</td>")
                    .append("<td>").append(Html.yesNo(st.nuclear())).append("</td>")
                    .append("<td class=\"source\">").append(source(st.source())).append("</td></tr>\n");
        }
        return b.append("</tbody>\n</table></div>\n").toString();
    }

    /** Every treaty of the scenario (with whether it is in force in the scenario year), then those amendments add. */
    static String treaties(Scenario s) {
        StringBuilder b = new StringBuilder();
        b.append("<div class=\"scroll\"><table class=\"treaties\">\n<thead><tr><th scope=\"col\">treaty</th>"
                + "<th scope=\"col\">members and obligations</th><th scope=\"col\">institutions</th>"
                + "<th scope=\"col\" class=\"num\" title=\"institutionalization of the treaty's ties\">iota</th>"
                + "<th scope=\"col\" class=\"num\">ATOP id</th><th scope=\"col\">in force</th><th scope=\"col\">source</th></tr></thead>\n<tbody>\n");
        for (Treaty t : s.treaties()) {
            row(b, t, t.inForceIn(s.year()) ? "" : "not in force in " + s.year());
        }
        for (Amendment a : s.amendments()) {
            a.addedTreaty().ifPresent(t -> row(b, t, "added by " + a.reason()));
        }
        return b.append("</tbody>\n</table></div>\n").toString();
    }

    private static void row(StringBuilder b, Treaty t, String status) {
        b.append(status.isEmpty() ? "<tr>" : "<tr class=\"muted\">");
        b.append("<th scope=\"row\" class=\"wrap\">").append(esc(t.name())).append("<br><code>").append(esc(t.id())).append("</code></th>");
        List<String> members = new ArrayList<>();
        for (Membership m : t.members()) {
            // Strongest obligation first: it is the one the member's ties carry.
            // An obligation owed to named members only says to whom (a declaration, a guarantee).
            String owed = m.obligations().stream().sorted(Comparator.comparingInt(Obligation::tieRank).reversed())
                    .map(o -> o.code() + (m.addressees().containsKey(o) ? " to " + String.join(", ", m.addressees().get(o)) : ""))
                    .collect(Collectors.joining(", "));
            members.add("<strong>" + esc(m.state()) + "</strong>: " + esc(owed));
        }
        b.append("<td class=\"members\">").append(String.join("<br>", members)).append("</td>");
        b.append("<td>").append(esc(institutions(t))).append("</td>");
        b.append("<td class=\"num\">").append(Html.num(t.iota())).append("</td>");
        b.append("<td class=\"num\">").append(t.atopId() == null ? Html.DASH : t.atopId().toString()).append("</td>");
        b.append("<td class=\"dates\">").append(t.ended() == null ? "since " + esc(t.signed().toString())
                : esc(t.signed().toString()) + " to " + esc(t.ended().toString()));
        if (!status.isEmpty()) {
            b.append("<br><em>").append(esc(status)).append("</em>");
        }
        b.append("</td><td class=\"source\">").append(source(t.source())).append("</td></tr>\n");
    }

    private static String institutions(Treaty t) {
        Institutions i = t.institutions();
        List<String> flags = new ArrayList<>();
        if (i.integratedCommand()) {
            flags.add("integrated command");
        }
        if (i.basesTroops()) {
            flags.add("bases/troops");
        }
        if (i.intelligenceSharing()) {
            flags.add("intelligence sharing");
        }
        if (i.nuclearUmbrella()) {
            flags.add("nuclear umbrella");
        }
        if (t.consultationMechanism()) {
            flags.add("consultation mechanism");
        }
        if (t.milinst() != null) {
            flags.add("ATOP milinst " + t.milinst());
        }
        if (t.iotaOverride() != null) {
            flags.add("iota set explicitly");
        }
        return flags.isEmpty() ? "none" : String.join(", ", flags);
    }

    /** Rivalries, affinity overrides and amendments; empty when the scenario has none of them. */
    static String others(Scenario s) {
        StringBuilder b = new StringBuilder();
        if (!s.rivalries().isEmpty()) {
            b.append("<h3>Rivalries</h3>\n<p>Two states share a rival when both are rivals of a third; this adds w_sh to their affinity.</p>\n");
            b.append("<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">rivals</th><th scope=\"col\">source</th></tr></thead>\n<tbody>\n");
            for (Rivalry r : s.rivalries()) {
                b.append("<tr><th scope=\"row\">").append(esc(r.first())).append(" &#8211; ").append(esc(r.second()))
                        .append("</th><td class=\"source\">").append(source(r.source())).append("</td></tr>\n");
            }
            b.append("</tbody>\n</table></div>\n");
        }
        if (!s.affinities().isEmpty()) {
            b.append("<h3>Affinity overrides</h3>\n<p>These replace the computed affinity a<sub>jt</sub>.</p>\n");
            b.append("<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">from</th><th scope=\"col\">to</th>"
                    + "<th scope=\"col\">value</th><th scope=\"col\">source</th></tr></thead>\n<tbody>\n");
            for (AffinityOverride a : s.affinities()) {
                b.append("<tr><td>").append(esc(a.from())).append("</td><td>").append(esc(a.to())).append("</td><td class=\"num\">")
                        .append(Html.num(a.value())).append("</td><td class=\"source\">").append(source(a.source())).append("</td></tr>\n");
            }
            b.append("</tbody>\n</table></div>\n");
        }
        List<Amendment> changes = s.amendments().stream().filter(a -> a.addedTreaty().isEmpty()).toList();
        if (!changes.isEmpty()) {
            b.append("<h3>Amendments to ties</h3>\n<p>Applied in this order after the treaties (added treaties are in the treaty table).</p>\n<ol>\n");
            for (Amendment a : changes) {
                b.append("<li>").append(esc(describe(a))).append("</li>\n");
            }
            b.append("</ol>\n");
        }
        return b.toString();
    }

    private static String describe(Amendment a) {
        String reason = a.reason() == null || a.reason().isBlank() ? "" : " (" + a.reason() + ")";
        return a.accept(new Amendment.Visitor<String>() {
            @Override
            public String addTreaty(Amendment.AddTreaty add) {
                return "add the treaty " + add.treaty().id() + reason;
            }

            @Override
            public String removeTie(Amendment.RemoveTie r) {
                return "remove the tie " + r.from() + " \u2192 " + r.to() + reason;
            }

            @Override
            public String adjustTie(Amendment.AdjustTie adj) {
                List<String> what = new ArrayList<>();
                if (adj.iotaDelta() != 0) {
                    what.add("iota " + (adj.iotaDelta() > 0 ? "+" : "") + Html.plain(adj.iotaDelta()));
                }
                if (adj.obligation() != null) {
                    what.add("obligation " + adj.obligation().code());
                }
                if (adj.pledge() != 1.0) {
                    what.add("breach cost x" + Html.plain(adj.pledge()));
                }
                return "adjust the tie " + adj.from() + " \u2192 " + adj.to() + ": "
                        + (what.isEmpty() ? "no change" : String.join(", ", what)) + reason;
            }

            @Override
            public String bilateralize(Amendment.Bilateralize b) {
                // Before the visitor this kind fell through to a cast to AdjustTie and failed the report.
                return "dissolve the multilateral machinery of the treaty " + b.treaty() + " (its ties stay)" + reason;
            }
        });
    }

    /** The works the scenario file cites as a whole, as its author wrote them. */
    static String citations(Scenario s) {
        if (s.citations().isEmpty()) {
            return "<h3>Works cited</h3>\n<p class=\"note\">The scenario file cites no works beyond the sources above.</p>\n";
        }
        StringBuilder b = new StringBuilder("<h3>Works cited</h3>\n<ul class=\"citations\">\n");
        for (String c : s.citations()) {
            b.append("<li>").append(esc(c)).append("</li>\n");
        }
        return b.append("</ul>\n").toString();
    }

    /**
     * A citation; a long one (some scenario sources are paragraphs) opens from its first words, so the
     * tables stay scannable while every word of the source is still in the page.
     */
    private static String source(String text) {
        if (text == null || text.isBlank()) {
            return "<em>no source given</em>";
        }
        if (text.length() <= LONG_SOURCE) {
            return esc(text);
        }
        int cut = text.lastIndexOf(' ', SOURCE_HEAD);
        cut = cut < SOURCE_HEAD / 2 ? SOURCE_HEAD : cut;
        return "<details><summary>" + esc(text.substring(0, cut)) + " &#8230;</summary>" + esc(text.substring(cut).trim()) + "</details>";
    }
}
