package io.spokes.sweep.analysis;

import io.spokes.io.chart.ChartStyle;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The tornado chart and response curves of one output, drawn with XChart as PNG and as SVG
 * (SVG through VectorGraphics2D). Only logical fonts, so that rendering works headless.
 */
public final class SensitivityCharts {
    static final Color UP = new Color(0x2b, 0x6c, 0xb0);
    static final Color DOWN = new Color(0xc5, 0x30, 0x30);
    private static final Color[] PALETTE = {new Color(0x2b, 0x6c, 0xb0), new Color(0xdd, 0x6b, 0x20), new Color(0x38, 0xa1, 0x69),
        new Color(0xc5, 0x30, 0x30), new Color(0x80, 0x5a, 0xd5), new Color(0x71, 0x80, 0x96), new Color(0xd6, 0x9e, 0x2e),
        new Color(0x31, 0x97, 0x95)};

    private SensitivityCharts() {
    }

    /** A chart as both files. */
    public record Drawing(byte[] png, byte[] svg, String alt) {
    }

    /**
     * Horizontal bars, one per factor, from the output's mean over the factor's lowest tenth to its
     * mean over the highest tenth (blue: the output rises with the factor; red: it falls), widest on top.
     */
    public static Drawing tornado(String title, String measure, OutputSensitivity s) {
        List<Map.Entry<String, double[]>> bars = new ArrayList<>(s.swings().entrySet());
        bars.removeIf(e -> !Double.isFinite(e.getValue()[0]) || !Double.isFinite(e.getValue()[1]));
        bars.sort(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -Math.abs(e.getValue()[1] - e.getValue()[0])));
        int k = bars.size();
        XYChart chart = chart(760, 120 + 44 * Math.max(1, k), title, measure + " (mean over the factor's low and high tenth)", "");
        StringBuilder alt = new StringBuilder("Tornado chart of " + measure + ": ");
        for (int r = 0; r < k; r++) {
            Map.Entry<String, double[]> e = bars.get(r);
            double y = k - 1 - r;
            XYSeries bar = chart.addSeries(e.getKey(), new double[] {e.getValue()[0], e.getValue()[1]}, new double[] {y, y});
            bar.setMarker(SeriesMarkers.NONE);
            bar.setLineColor(e.getValue()[1] >= e.getValue()[0] ? UP : DOWN);
            bar.setLineStyle(new BasicStroke(22f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            // the factor's name above its bar (XChart draws no category axis on an XY chart)
            chart.addAnnotation(new AnnotationText(e.getKey(), (e.getValue()[0] + e.getValue()[1]) / 2, y + 0.38, false));
            alt.append(r == 0 ? "" : "; ").append(e.getKey()).append(" from ").append(Html.num(e.getValue()[0]))
                    .append(" to ").append(Html.num(e.getValue()[1]));
        }
        if (Double.isFinite(s.mean())) {
            XYSeries mean = chart.addSeries("mean", new double[] {s.mean(), s.mean()}, new double[] {-0.6, k - 0.4});
            mean.setMarker(SeriesMarkers.NONE);
            mean.setLineColor(Color.DARK_GRAY);
            mean.setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        }
        XYStyler st = chart.getStyler();
        st.setLegendVisible(false);
        st.setYAxisMin(-0.7);
        st.setYAxisMax(k - 0.3);
        st.setYAxisTicksVisible(false);
        st.setPlotGridHorizontalLinesVisible(false);
        st.setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        return draw(chart, alt.append(". The dashed line is the mean over all points.").toString());
    }

    /** The output's mean in ten bins across each factor's range, all factors on one axis from low end (0) to high end (1). */
    public static Drawing responseCurves(String title, String measure, OutputSensitivity s) {
        XYChart chart = chart(760, 440, title, "position in the factor's range (0 = low end, 1 = high end)", measure);
        double[] x = new double[SweepAnalysis.BINS];
        for (int b = 0; b < x.length; b++) {
            x[b] = (b + 0.5) / x.length;
        }
        StringBuilder alt = new StringBuilder("Response curves of " + measure + ": mean in ten bins of each factor's range; ");
        int c = 0;
        for (Map.Entry<String, double[]> e : s.curves().entrySet()) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int b = 0; b < x.length; b++) {
                if (Double.isFinite(e.getValue()[b])) {
                    xs.add(x[b]);
                    ys.add(e.getValue()[b]);
                }
            }
            if (xs.isEmpty()) {
                continue;
            }
            XYSeries line = chart.addSeries(e.getKey(), xs, ys);
            line.setMarker(SeriesMarkers.CIRCLE);
            Color color = PALETTE[c++ % PALETTE.length];
            line.setLineColor(color);
            line.setMarkerColor(color);
            alt.append(e.getKey()).append(" from ").append(Html.num(ys.get(0))).append(" to ").append(Html.num(ys.get(ys.size() - 1))).append("; ");
        }
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(1.0);
        return draw(chart, alt.toString().trim());
    }

    private static XYChart chart(int width, int height, String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        XYStyler st = chart.getStyler();
        ChartStyle.apply(st);
        st.setXAxisDecimalPattern("0.###");
        st.setYAxisDecimalPattern("0.###");
        return chart;
    }

    private static Drawing draw(XYChart chart, String alt) {
        try {
            byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
            ByteArrayOutputStream svg = new ByteArrayOutputStream();
            VectorGraphicsEncoder.saveVectorGraphic(chart, svg, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            return new Drawing(png, svg.toByteArray(), alt);
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw the chart '" + chart.getTitle() + "'", e);
        }
    }
}
