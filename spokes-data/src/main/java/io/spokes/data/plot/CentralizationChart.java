package io.spokes.data.plot;

import io.spokes.data.network.NetworkYear;

import io.spokes.io.chart.ChartStyle;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Centralization and lattice density of each region's alliance network over the years, drawn with
 * XChart as SVG: a hub-and-spoke system shows high centralization and low lattice density, a
 * multilateral alliance such as NATO the reverse. One colour per region; centralization solid,
 * lattice density dashed. Years where a measure is undefined leave a gap.
 */
public final class CentralizationChart {
    private static final Color[] PALETTE = {new Color(0xc5, 0x30, 0x30), new Color(0x2b, 0x6c, 0xb0),
            new Color(0x2f, 0x85, 0x5a), new Color(0xdd, 0x6b, 0x20), new Color(0x6b, 0x46, 0xc1), new Color(0x4a, 0x55, 0x68)};
    private static final BasicStroke SOLID = new BasicStroke(2.2f);
    private static final BasicStroke DASHED = new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {7f, 5f}, 0f);

    private CentralizationChart() {
    }

    /** The chart as SVG bytes, ready for {@code AtomicOutput.write}. */
    public static byte[] svg(List<NetworkYear> rows, String title) {
        Map<String, List<NetworkYear>> byFocus = new LinkedHashMap<>();
        rows.forEach(r -> byFocus.computeIfAbsent(r.focus(), k -> new ArrayList<>()).add(r));
        XYChart chart = new XYChartBuilder().width(900).height(480).title(title)
                .xAxisTitle("year").yAxisTitle("share (0-1)").build();
        var s = chart.getStyler();
        ChartStyle.apply(s);
        s.setXAxisDecimalPattern("0"); // years, not quantities: no thousands separator
        s.setYAxisMin(0.0);
        s.setYAxisMax(1.0);
        int colour = 0;
        for (Map.Entry<String, List<NetworkYear>> e : byFocus.entrySet()) {
            Color c = PALETTE[colour++ % PALETTE.length];
            add(chart, e.getKey() + ": centralization", e.getValue(), true, c, SOLID);
            add(chart, e.getKey() + ": lattice density", e.getValue(), false, c, DASHED);
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the chart: " + e.getMessage(), e);
        }
    }

    private static void add(XYChart chart, String name, List<NetworkYear> rows, boolean centralization, Color colour,
                            BasicStroke stroke) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (NetworkYear r : rows) {
            x.add((double) r.year());
            double v = centralization ? r.centralization() : r.latticeDensity();
            // XChart draws NaN as a gap in the line, which is what an undefined measure should look like.
            y.add(v);
        }
        XYSeries series = chart.addSeries(name, x, y);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(colour);
        series.setLineStyle(stroke);
    }
}
