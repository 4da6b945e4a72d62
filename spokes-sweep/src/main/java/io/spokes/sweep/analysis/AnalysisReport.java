package io.spokes.sweep.analysis;

import io.spokes.core.SpokesVersion;
import io.spokes.io.AtomicOutput;
import io.spokes.io.csv.CsvWriter;
import io.spokes.sweep.experiment.Experiment;
import io.spokes.sweep.experiment.Factor;
import io.spokes.sweep.stats.SweepSummary;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an analysis beside the sweep: {@code analysis/indices.csv} (tidy, one row per output ×
 * factor × index), the charts of every output as PNG and SVG under {@code analysis/charts/}, and
 * {@code analysis/index.html}, a short page naming the factors that drive each output.
 */
public final class AnalysisReport {
    /** The columns of {@code indices.csv}. */
    public static final List<String> INDEX_COLUMNS = List.of("experiment", "design", "variant", "challenger", "target", "crisis",
            "equilibrium", "measure", "state", "parameter", "index", "estimate", "low", "high", "level", "resamples", "points",
            "driver", "seed", "version");
    public static final String FOLDER = "analysis";

    private AnalysisReport() {
    }

    /** Writes everything and returns the page's path. */
    public static Path write(Path sweepDir, Experiment e, Bootstrap bootstrap, List<OutputSensitivity> outputs) {
        Path dir = sweepDir.resolve(FOLDER);
        AtomicOutput.write(dir.resolve("indices.csv"), w -> indices(w, e, bootstrap, outputs));
        StringBuilder sections = new StringBuilder();
        for (int o = 0; o < outputs.size(); o++) {
            OutputSensitivity s = outputs.get(o);
            String slug = String.format(Locale.ROOT, "%02d-%s", o + 1, slug(s.key()));
            String title = describe(s.key());
            SensitivityCharts.Drawing tornado = SensitivityCharts.tornado("Tornado: " + title, label(s.key()), s);
            SensitivityCharts.Drawing curves = SensitivityCharts.responseCurves("Response curves: " + title, label(s.key()), s);
            AtomicOutput.write(dir.resolve("charts").resolve("tornado-" + slug + ".png"), tornado.png());
            AtomicOutput.write(dir.resolve("charts").resolve("tornado-" + slug + ".svg"), tornado.svg());
            AtomicOutput.write(dir.resolve("charts").resolve("response-" + slug + ".png"), curves.png());
            AtomicOutput.write(dir.resolve("charts").resolve("response-" + slug + ".svg"), curves.svg());
            sections.append(section(e, s, slug, tornado, curves));
        }
        Path page = dir.resolve("index.html");
        AtomicOutput.write(page, w -> w.write(page(e, bootstrap, outputs, sections.toString())));
        return page;
    }

    private static void indices(Writer w, Experiment e, Bootstrap b, List<OutputSensitivity> outputs) throws IOException {
        try (CsvWriter csv = CsvWriter.to(w)) {
            csv.row(INDEX_COLUMNS);
            for (OutputSensitivity s : outputs) {
                SweepSummary.Key k = s.key();
                for (Map.Entry<String, Map<String, Interval>> f : s.indices().entrySet()) {
                    for (Map.Entry<String, Interval> ix : f.getValue().entrySet()) {
                        Interval i = ix.getValue();
                        csv.text(e.name()).text(e.design().code()).text(k.variant()).text(k.challenger()).text(k.target())
                                .text(k.crisis()).text(k.equilibrium()).text(k.measure()).text(k.state()).text(f.getKey())
                                .text(ix.getKey()).number(i.estimate()).number(i.low()).number(i.high());
                        if (Double.isFinite(i.low())) {
                            csv.number(b.level()).integer(b.resamples());
                        } else {
                            csv.missing().missing();
                        }
                        csv.integer(s.points()).text(Boolean.toString(s.drivers().contains(f.getKey()))).integer(e.seed())
                                .text(SpokesVersion.VERSION).endRow();
                    }
                }
            }
        }
    }

    static String label(SweepSummary.Key k) {
        return k.measure() + (k.state().isEmpty() ? "" : "(" + k.state() + ")");
    }

    static String describe(SweepSummary.Key k) {
        return label(k) + ", " + k.challenger() + " vs " + k.target() + ", " + k.variant() + ", " + k.equilibrium() + " equilibrium";
    }

    private static String slug(SweepSummary.Key k) {
        String s = String.join("-", k.measure(), k.state(), k.variant(), k.challenger(), k.target(), k.equilibrium());
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** The sentence that names the drivers of one output. */
    static String drivers(Experiment e, OutputSensitivity s) {
        if (s.drivers().isEmpty()) {
            return "No parameter stands out: none passes the driver rule at this sample size.";
        }
        StringBuilder b = new StringBuilder("Driven by ");
        for (int i = 0; i < s.drivers().size(); i++) {
            String f = s.drivers().get(i);
            Map<String, Interval> ix = s.indices().get(f);
            String name = switch (e.design()) {
                case SOBOL -> "ST";
                case MORRIS -> "mu_star";
                case LATIN, FACTORIAL -> "spearman";
            };
            Interval v = ix.get(name);
            b.append(i == 0 ? "" : i == s.drivers().size() - 1 ? " and " : ", ").append(f).append(" (").append(symbol(name)).append(" = ")
                    .append(Html.num(v.estimate())).append(", ").append(Html.num(v.low())).append(" to ").append(Html.num(v.high())).append(')');
        }
        return b.append('.').toString();
    }

    private static String symbol(String index) {
        return switch (index) {
            case "S1" -> "S₁";
            case "ST" -> "S_T";
            case "mu_star" -> "μ*";
            case "mu" -> "μ";
            case "sigma" -> "σ";
            case "spearman" -> "ρ";
            default -> index;
        };
    }

    private static String section(Experiment e, OutputSensitivity s, String slug, SensitivityCharts.Drawing tornado,
                                  SensitivityCharts.Drawing curves) {
        StringBuilder h = new StringBuilder();
        h.append("<section><h2>").append(Html.esc(describe(s.key()))).append("</h2>\n<p class=\"drivers\">")
                .append(Html.esc(drivers(e, s))).append("</p>\n<p>Mean ").append(Html.num(s.mean())).append(" over ")
                .append(s.points()).append(" points.</p>\n<table><thead><tr><th>parameter</th>");
        List<String> names = s.indices().values().iterator().next().keySet().stream().toList();
        for (String n : names) {
            h.append("<th>").append(Html.esc(symbol(n))).append("</th>");
        }
        h.append("<th>low tenth → high tenth</th></tr></thead><tbody>\n");
        for (Factor f : e.factors()) {
            Map<String, Interval> ix = s.indices().get(f.symbol());
            h.append("<tr").append(s.drivers().contains(f.symbol()) ? " class=\"driver\"" : "").append("><td>")
                    .append(Html.esc(f.symbol())).append("</td>");
            for (String n : names) {
                Interval i = ix.get(n);
                h.append("<td>").append(Html.num(i.estimate()));
                if (Double.isFinite(i.low())) {
                    h.append(" <small>[").append(Html.num(i.low())).append(", ").append(Html.num(i.high())).append("]</small>");
                }
                h.append("</td>");
            }
            double[] sw = s.swings().get(f.symbol());
            h.append("<td>").append(Html.num(sw[0])).append(" → ").append(Html.num(sw[1])).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
        h.append(figure("charts/tornado-" + slug, tornado)).append(figure("charts/response-" + slug, curves));
        return h.append("</section>\n").toString();
    }

    private static String figure(String base, SensitivityCharts.Drawing d) {
        return "<figure><img src=\"" + base + ".png\" alt=\"" + Html.esc(d.alt()) + "\"><figcaption><a href=\"" + base
                + ".svg\">SVG</a> · <a href=\"" + base + ".png\">PNG</a></figcaption></figure>\n";
    }

    private static String page(Experiment e, Bootstrap b, List<OutputSensitivity> outputs, String sections) {
        String method = switch (e.design()) {
            case SOBOL -> "Sobol indices from a Saltelli design of " + e.points() + " base samples: first order S₁ "
                    + "(Saltelli et al. 2010) and total S_T (Jansen 1999). A parameter drives an output when the lower bound of its S_T "
                    + "interval exceeds " + SweepAnalysis.SOBOL_DRIVER + ".";
            case MORRIS -> "Morris elementary effects on " + e.points() + " trajectories over a " + e.levels() + "-level grid: μ* "
                    + "(Campolongo et al. 2007), μ and σ (Morris 1991), in output units per full range of the parameter. A parameter "
                    + "drives an output when the lower bound of its μ* interval exceeds " + SweepAnalysis.MORRIS_DRIVER + " of the largest μ*.";
            case LATIN, FACTORIAL -> "Spearman rank correlations over the " + e.designSize() + " points of the " + e.design().code() + " design. "
                    + "A parameter drives an output when its interval lies beyond ±" + SweepAnalysis.SPEARMAN_DRIVER + ".";
        };
        StringBuilder summary = new StringBuilder("<ul class=\"summary\">\n");
        for (OutputSensitivity s : outputs) {
            summary.append("<li><b>").append(Html.esc(describe(s.key()))).append("</b>: ")
                    .append(Html.esc(s.drivers().isEmpty() ? "no parameter stands out" : String.join(", ", s.drivers()))).append("</li>\n");
        }
        summary.append("</ul>\n");
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sensitivity: " + Html.esc(e.name())
                + "</title>\n<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a202c}"
                + "table{border-collapse:collapse;margin:1rem 0}td,th{border-bottom:1px solid #ddd;padding:.25rem .6rem;text-align:left}"
                + "tr.driver td{font-weight:bold}small{color:#4a5568}img{max-width:100%}p.drivers{font-size:1.05rem}</style></head><body>\n"
                + "<h1>Which parameters drive the results of " + Html.esc(e.name()) + "?</h1>\n<p>"
                + Html.esc(e.description()) + "</p>\n<p>Scenario <code>" + Html.esc(e.scenario().name()) + "</code>, "
                + e.design().code() + " design, " + e.designSize() + " points, " + e.replicates() + " replicate(s), seed " + e.seed()
                + ", spokes " + Html.esc(SpokesVersion.VERSION) + ". " + Html.esc(method) + " Intervals: " + Math.round(b.level() * 100)
                + "% percentile bootstrap, " + b.resamples() + " resamples. Every number is in <a href=\"indices.csv\">indices.csv</a>; "
                + "methods in docs/sweeps.md.</p>\n<h2>Summary</h2>\n" + summary + sections + "</body></html>\n";
    }
}
