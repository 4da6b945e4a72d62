package io.spokes.cli.report;

import io.spokes.core.crisis.CrisisResult;
import io.spokes.core.crisis.Side;
import io.spokes.core.domain.Parameter;
import io.spokes.core.study.VariantOutcome;

import io.spokes.io.chart.ChartStyle;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.CategoryStyler;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import static io.spokes.cli.report.Html.esc;

/**
 * The report's bar charts, drawn with XChart and embedded as base64 PNG so that the page needs no
 * other file. Only logical fonts are used: they resolve to an installed font in headless mode.
 */
final class Charts {
    static final Color DETERRENCE = new Color(0x2b, 0x6c, 0xb0);
    static final Color WAR = new Color(0xc5, 0x30, 0x30);
    static final Color DEFENDER = new Color(0x2b, 0x6c, 0xb0);
    static final Color SUPPORTER = new Color(0xdd, 0x6b, 0x20);

    private Charts() {
    }

    /** Grouped bars of deterrence and P(war) for every variant of one crisis. */
    static String variants(String crisis, List<VariantOutcome> outcomes) {
        List<String> names = new ArrayList<>();
        List<Double> deterrence = new ArrayList<>();
        List<Double> war = new ArrayList<>();
        for (VariantOutcome o : outcomes) {
            names.add(o.variant());
            deterrence.add(finite(o.result().deterrence()));
            war.add(finite(o.result().pWar()));
        }
        // Wider for many variants so that the rotated labels stay legible.
        int width = Math.max(720, Math.min(1040, 56 * names.size()));
        CategoryChart chart = chart(width, 400, "Deterrence and P(war) by variant", "variant", "probability");
        chart.getStyler().setSeriesColors(new Color[] {DETERRENCE, WAR});
        chart.getStyler().setXAxisLabelRotation(names.size() > 6 ? 40 : 0);
        chart.addSeries("deterrence", names, deterrence);
        chart.addSeries("P(war)", names, war);
        String alt = "Grouped bar chart of deterrence and the probability of war for each of " + names.size()
                + " variants in the crisis " + crisis + "; the numbers are in the table above.";
        return figure(chart, alt, "Deterrence (blue) and P(war) (red) under each variant: " + crisis + ".");
    }

    /** Bars of the intervention probability q of every candidate in the baseline, coloured by side. */
    static String intervention(CrisisResult r) {
        if (r.candidates().isEmpty()) {
            return "";
        }
        List<String> states = new ArrayList<>();
        List<Double> defenders = new ArrayList<>();
        List<Double> supporters = new ArrayList<>();
        StringBuilder values = new StringBuilder();
        for (CrisisResult.Candidate c : r.candidates()) {
            states.add(c.state());
            boolean defender = c.side() == Side.DEFENDER;
            defenders.add(defender ? finite(c.q()) : 0.0);
            supporters.add(defender ? 0.0 : finite(c.q()));
            values.append(values.length() == 0 ? "" : "; ").append(c.state()).append(' ')
                    .append(c.side().code()).append(" q = ").append(plainNum(c.q()));
        }
        CategoryChart chart = chart(720, 360, "Intervention probability q in the baseline", "candidate", "q");
        CategoryStyler st = chart.getStyler();
        // Each state sits on one side only, so overlapping the two series gives one full-width bar per state.
        st.setOverlapped(true);
        st.setSeriesColors(new Color[] {DEFENDER, SUPPORTER});
        st.setXAxisLabelRotation(states.size() > 10 ? 40 : 0);
        chart.addSeries("defender of the target", states, defenders);
        chart.addSeries("supporter of the challenger", states, supporters);
        String alt = "Bar chart of each candidate's probability of intervening in the baseline: " + values + ".";
        return figure(chart, alt, "Intervention probability q of each candidate in the baseline (blue: defends the target; "
                + "orange: backs the challenger). For an obligated defender, abandonment is 1 - q.");
    }

    /** Deterrence and P(war) at each kbar of the sensitivity run. */
    static String kbar(String crisis, List<VariantOutcome> outcomes, double chosen) {
        List<String> ks = new ArrayList<>();
        List<Double> deterrence = new ArrayList<>();
        List<Double> war = new ArrayList<>();
        StringBuilder values = new StringBuilder();
        for (VariantOutcome o : outcomes) {
            double k = o.result().parameters().get(Parameter.KBAR);
            ks.add("kbar = " + Html.plain(k));
            deterrence.add(finite(o.result().deterrence()));
            war.add(finite(o.result().pWar()));
            values.append(values.length() == 0 ? "" : "; ").append("kbar ").append(Html.plain(k))
                    .append(": deterrence ").append(plainNum(o.result().deterrence()))
                    .append(", P(war) ").append(plainNum(o.result().pWar()));
        }
        CategoryChart chart = chart(720, 360, "Sensitivity to the median war cost kbar (baseline)", "median war cost", "probability");
        CategoryStyler st = chart.getStyler();
        st.setSeriesColors(new Color[] {DETERRENCE, WAR});
        chart.addSeries("deterrence", ks, deterrence);
        chart.addSeries("P(war)", ks, war);
        String alt = "Grouped bar chart of deterrence and P(war) in the baseline of " + crisis + " at three values of kbar: " + values + ".";
        return figure(chart, alt, "Deterrence and P(war) in the baseline when the median war cost kbar is halved or doubled "
                + "(the scenario uses kbar = " + Html.plain(chosen) + "): " + crisis + ".");
    }

    private static CategoryChart chart(int width, int height, String title, String xTitle, String yTitle) {
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height)
                .title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        CategoryStyler st = chart.getStyler();
        ChartStyle.apply(st);
        st.setPlotGridVerticalLinesVisible(false);
        st.setAvailableSpaceFill(0.8);
        // Probabilities: a fixed 0-1 axis keeps charts of different crises and variants comparable.
        st.setYAxisMin(0.0);
        st.setYAxisMax(1.0);
        st.setYAxisDecimalPattern("0.0");
        // No value labels on bars: XChart draws them inside the bars, where they are hard to read; the tables beside
        // every chart give the numbers.
        st.setLabelsVisible(false);
        return chart;
    }

    private static String figure(CategoryChart chart, String alt, String caption) {
        byte[] png;
        try {
            png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw the chart '" + chart.getTitle() + "'", e);
        }
        return "<figure class=\"chart\"><img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png)
                + "\" width=\"" + chart.getWidth() + "\" height=\"" + chart.getHeight() + "\" alt=\"" + esc(alt) + "\">"
                + "<figcaption>" + esc(caption) + "</figcaption></figure>\n";
    }

    /** XChart cannot draw NaN; a measure that does not apply is drawn as no bar (and shown as a dash in the table). */
    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0.0;
    }

    private static String plainNum(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "not applicable";
    }
}
