package io.spokes.cli.report;

import io.spokes.core.SpokesVersion;
import io.spokes.core.crisis.CrisisResult;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Scenario;
import io.spokes.core.network.AllianceNetwork;
import io.spokes.core.policy.Architecture;
import io.spokes.core.policy.Policy;
import io.spokes.core.policy.ScenarioVariant;
import io.spokes.core.policy.VariantSpec;
import io.spokes.core.study.VariantOutcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.spokes.cli.report.Html.esc;

/**
 * A self-contained HTML report of one scenario: every variant of every crisis, charts, the network
 * of ties, the inputs with their sources, the parameters and the assumptions. The page has no
 * date and no randomness, so the same inputs and seed give the same bytes.
 */
public final class HtmlReport {
    /** The variant name of the unmodified scenario in {@link io.spokes.core.study.Comparison#fullDesign}. */
    static final String BASELINE = "baseline";

    private final Scenario baseline;
    private final List<VariantOutcome> outcomes;
    private final Map<String, List<VariantOutcome>> kbar;
    private final long seed;

    /**
     * @param baseline the unmodified scenario (after --set)
     * @param outcomes {@code Comparison.run(Comparison.fullDesign(spokes), scenario.crises())}: every variant x crisis
     * @param kbar     for each crisis of interest (by label), the baseline solved at kbar 0.5, 1, 2
     *                 ({@code Comparison.kbarSensitivity}); crises without an entry get no sensitivity section
     * @param seed     the seed the outcomes were computed with
     */
    public HtmlReport(Scenario baseline, List<VariantOutcome> outcomes, Map<String, List<VariantOutcome>> kbar, long seed) {
        this.baseline = Objects.requireNonNull(baseline, "baseline");
        this.outcomes = List.copyOf(Objects.requireNonNull(outcomes, "outcomes"));
        this.kbar = kbar == null ? Map.of() : Map.copyOf(kbar);
        this.seed = seed;
    }

    /** The whole self-contained HTML page (no external URL, no script; images inline as SVG or base64 PNG). */
    public String render() {
        AllianceNetwork network = new AllianceNetwork(baseline);
        Roles roles = Roles.of(baseline, network, outcomes);
        Map<Crisis, List<VariantOutcome>> byCrisis = byCrisis();
        List<CrisisResult> baselineResults = new ArrayList<>();
        byCrisis.values().forEach(list -> baselineResults.add(baselineOf(list)));

        StringBuilder b = new StringBuilder(1 << 20);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Spokes ").append(esc(SpokesVersion.VERSION)).append("\">\n")
                .append("<title>").append(esc("Spokes report: " + baseline.title())).append("</title>\n")
                .append("<style>\n").append(PageStyle.CSS).append("</style>\n</head>\n<body>\n<main>\n");
        header(b);
        contents(b, byCrisis);

        b.append("<section id=\"reading\">\n<h2>How to read this report</h2>\n");
        b.append(reading(roles));
        b.append("</section>\n");

        b.append("<section id=\"network\">\n<h2>The alliance network</h2>\n");
        b.append("<p>Every directed tie of the baseline: an arrow from <em>j</em> to <em>t</em> is the obligation that "
                + "<em>j</em> owes <em>t</em> under the treaties in force in ").append(baseline.year())
                .append(" (obligations can be one-sided). Hover over a state or a tie for its details.</p>\n");
        b.append("<figure>").append(NetworkPicture.svg(network, roles))
                .append("<figcaption>").append(esc(networkCaption(network, roles))).append("</figcaption></figure>\n");
        b.append("</section>\n");

        int i = 0;
        for (Map.Entry<Crisis, List<VariantOutcome>> e : byCrisis.entrySet()) {
            i++;
            b.append(CrisisSection.render("crisis-" + i, baseline, e.getKey(), e.getValue(), baselineResults.get(i - 1),
                    kbar.get(e.getKey().label()), roles));
        }
        if (byCrisis.isEmpty()) {
            b.append("<p class=\"note\">No crisis was solved, so there are no measures to show.</p>\n");
        }

        b.append("<section id=\"data\">\n<h2>Data and sources</h2>\n");
        b.append("<p>Capabilities, nuclear status and treaty coding as given in the scenario file, with the source of each.</p>\n");
        b.append("<h3>States</h3>\n").append(ProvenanceTables.states(baseline, roles));
        b.append("<h3>Treaties</h3>\n").append(ProvenanceTables.treaties(baseline));
        b.append(ProvenanceTables.others(baseline));
        b.append(ProvenanceTables.citations(baseline));
        b.append("</section>\n");

        b.append("<section id=\"parameters\">\n<h2>Parameters</h2>\n");
        b.append(ParameterTable.render(baseline.parameters()));
        b.append("</section>\n");

        b.append("<section id=\"assumptions\">\n<h2>Assumptions</h2>\n");
        b.append(Assumptions.render(baselineResults));
        b.append("</section>\n");

        b.append("<footer>Generated by Spokes ").append(esc(SpokesVersion.VERSION)).append(" (crisis model ")
                .append(esc(SpokesVersion.MODEL)).append(") with seed ").append(seed)
                .append(". The same scenario, parameters, seed and version give this report byte for byte; it carries no date "
                        + "for that reason.</footer>\n");
        return b.append("</main>\n</body>\n</html>\n").toString();
    }

    /** Outcomes grouped by crisis, crises and variants in the order of the comparison. */
    private Map<Crisis, List<VariantOutcome>> byCrisis() {
        Map<Crisis, List<VariantOutcome>> m = new LinkedHashMap<>();
        for (VariantOutcome o : outcomes) {
            m.computeIfAbsent(o.result().crisis(), c -> new ArrayList<>()).add(o);
        }
        return m;
    }

    private static CrisisResult baselineOf(List<VariantOutcome> list) {
        return list.stream().filter(o -> o.variant().equals(BASELINE)).findFirst().orElse(list.get(0)).result();
    }

    private void header(StringBuilder b) {
        b.append("<header>\n<h1>").append(esc(baseline.title())).append("</h1>\n");
        b.append("<p class=\"meta\">Spokes alliance report &#183; scenario <code>").append(esc(baseline.name()))
                .append("</code> &#183; year ").append(baseline.year())
                .append(" &#183; ").append(baseline.states().size()).append(" states, ")
                .append(baseline.treatiesInForce().size()).append(" treaties in force")
                .append(" &#183; seed ").append(seed)
                .append(" &#183; Spokes ").append(esc(SpokesVersion.VERSION)).append(", model ").append(esc(SpokesVersion.MODEL))
                .append("</p>\n");
        if (!baseline.description().isEmpty()) {
            b.append("<p class=\"scenario-description\">").append(esc(baseline.description())).append("</p>\n");
        }
        if (!baseline.transforms().isEmpty()) {
            b.append("<p class=\"meta\">Transforms already applied to this scenario: ")
                    .append(esc(String.join(", ", baseline.transforms()))).append("</p>\n");
        }
        b.append("<p class=\"lead\">A challenger makes a demand of a target state; the target resists or gives in, and "
                + "its allies, and the challenger's friends, decide whether to fight. Following Glenn Snyder's (1984) "
                + "&#8220;alliance security dilemma&#8221;, the report measures three things. <strong>Deterrence</strong> is the "
                + "probability that the challenger does not make its demand at all. <strong>Abandonment</strong> is the risk that "
                + "an ally who promised to defend the target stays out when war comes. <strong>Entrapment</strong> is the risk "
                + "that an ally is drawn into a war it would have stayed out of if it had not made its commitments. Firmer, "
                + "more institutionalized commitments lower abandonment but raise entrapment; the tables compare how the "
                + "architecture of the alliance system and each spoke's policy move these numbers. The model compares "
                + "mechanisms; it does not forecast.</p>\n</header>\n");
    }

    private static void contents(StringBuilder b, Map<Crisis, List<VariantOutcome>> byCrisis) {
        b.append("<nav class=\"toc\" aria-label=\"Contents\"><strong>Contents</strong>\n<ol>\n")
                .append("<li><a href=\"#reading\">How to read this report</a></li>\n")
                .append("<li><a href=\"#network\">The alliance network</a></li>\n");
        int i = 0;
        for (Crisis c : byCrisis.keySet()) {
            i++;
            b.append("<li><a href=\"#crisis-").append(i).append("\">Crisis: ").append(esc(c.label())).append("</a></li>\n");
        }
        b.append("<li><a href=\"#data\">Data and sources</a></li>\n")
                .append("<li><a href=\"#parameters\">Parameters</a></li>\n")
                .append("<li><a href=\"#assumptions\">Assumptions</a></li>\n</ol>\n</nav>\n");
    }

    private String reading(Roles roles) {
        String g = Html.plain(baseline.parameters().get(Parameter.G));
        String pledge = Html.plain(baseline.parameters().get(Parameter.PLEDGE));
        String hub = roles.hub() == null ? "the hub" : "the hub (" + roles.hub() + ")";
        StringBuilder b = new StringBuilder();
        b.append("<p>Each crisis has a table with one row per <em>variant</em> of the scenario, solved with the same seed. "
                + "Numbers are probabilities to 3 decimals, except the annual cost (capability units). "
                + "A dash (&#8211;) means the measure does not apply, e.g. abandonment when the hub owes the target no defense, "
                + "or entrapment of a spoke that is itself the target. The baseline row is highlighted. Entrapment in the summary "
                + "is conditional on war; the candidate tables also give it unconditionally.</p>\n");
        b.append("<dl class=\"variants\">\n");
        variant(b, VariantSpec.BASELINE, "the scenario as given.");
        for (Architecture a : Architecture.values()) {
            variant(b, a.code(), a.description(hub) + ".");
        }
        for (Policy p : Policy.fullDesign()) {
            variant(b, p.code() + "(S)", explain(p, g, pledge));
        }
        // the scenario's own variants, as its file describes and cites them
        for (ScenarioVariant v : baseline.variants()) {
            StringBuilder text = new StringBuilder(v.description().isEmpty() ? "defined by the scenario." : v.description());
            if (!v.amendments().isEmpty()) {
                text.append(" Amendments: ").append(v.amendments().size()).append('.');
            }
            if (!v.terms().isEmpty()) {
                text.append(" Then: ").append(v.spec().text()).append('.');
            }
            if (!v.citations().isEmpty()) {
                text.append(" Sources: ").append(String.join("; ", v.citations()));
            }
            variant(b, v.name(), text.toString());
        }
        return b.append("</dl>\n").toString();
    }

    /** A policy of the design with this scenario's numbers; policies the report does not spell out read as the catalogue says. */
    private String explain(Policy p, String g, String pledge) {
        return switch (p) {
            case INDEPENDENCE -> "spoke S raises its capability by " + pct(baseline.parameters().get(Parameter.G))
                    + " (g = " + g + "); its annual cost is g times its capability.";
            case ALIGNMENT -> "spoke S integrates further with the hub: institutionalization raised both ways, S owes the hub "
                    + "defense, and the hub's breach cost for S is multiplied by " + pledge + " (a public extended-deterrence pledge).";
            case COLLABORATION -> "spoke S consults and shares intelligence with the hub's other spokes.";
            default -> p.description() + ".";
        };
    }

    private static void variant(StringBuilder b, String name, String text) {
        b.append("<dt>").append(esc(name)).append("</dt><dd>").append(esc(text)).append("</dd>\n");
    }

    private static String pct(double g) {
        return Html.plain(Math.round(g * 1000) / 10.0) + "%";
    }

    private String networkCaption(AllianceNetwork network, Roles roles) {
        String centre = roles.hub() == null ? "No hub was found, so every state is on the outer ring"
                : "The hub " + roles.hub() + " is in the centre, its spokes on the inner ring and the other states outside";
        return "Alliance ties in " + baseline.year() + ". " + centre + "; " + network.ties().size()
                + " directed ties. Circle area grows with capability; line style shows the obligation and line width its "
                + "institutionalization. Layout is fixed by sorted state ids.";
    }
}
