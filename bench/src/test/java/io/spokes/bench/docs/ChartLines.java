package io.spokes.bench.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data lines of an XChart SVG line chart (the {@code <line>} elements inside the plot's clip
 * path, one style per series), checked against the values they should plot.
 */
final class ChartLines {
    private static final Pattern CLIPPED = Pattern.compile("<g clip-path=\"url\\(#[^)]+\\)\">(.*?)</g>", Pattern.DOTALL);
    private static final Pattern LINE = Pattern.compile(
            "<line style=\"([^\"]+)\" x1=\"([^\"]+)\" x2=\"([^\"]+)\" y1=\"([^\"]+)\" y2=\"([^\"]+)\"/>");
    /** Pixels: the SVG writes coordinates as doubles; a change in a value's 4th decimal moves a point by about 0.03 px. */
    private static final double TOLERANCE = 1e-3;

    record Series(String name, List<double[]> points) {
    }

    /** Runs of connected points, per line style, in the order the styles first appear. */
    private final Map<String, List<List<double[]>>> runs = new LinkedHashMap<>();

    private ChartLines() {
    }

    static ChartLines of(String svg) {
        ChartLines c = new ChartLines();
        Matcher clip = CLIPPED.matcher(svg);
        while (clip.find()) {
            Matcher m = LINE.matcher(clip.group(1));
            while (m.find()) {
                double[] from = {Double.parseDouble(m.group(2)), Double.parseDouble(m.group(4))};
                double[] to = {Double.parseDouble(m.group(3)), Double.parseDouble(m.group(5))};
                List<List<double[]>> series = c.runs.computeIfAbsent(m.group(1), k -> new ArrayList<>());
                List<double[]> last = series.isEmpty() ? null : series.get(series.size() - 1);
                if (last == null || !same(last.get(last.size() - 1), from)) {
                    last = new ArrayList<>();
                    last.add(from);
                    series.add(last);
                }
                last.add(to);
            }
        }
        return c;
    }

    private static boolean same(double[] a, double[] b) {
        return Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9;
    }

    /** The chart draws {@code expected} (NaN a gap), series for series, on one linear x axis and one linear y axis. */
    void assertPlots(String name, List<Series> expected) {
        assertThat(runs).as("%s: line series", name).hasSize(expected.size());
        List<double[]> pairs = new ArrayList<>(); // {data x, data y, pixel x, pixel y}
        int s = 0;
        for (List<List<double[]>> drawn : runs.values()) {
            Series e = expected.get(s++);
            List<List<double[]>> want = runsOf(e.points());
            assertThat(drawn).as("%s: %s, connected stretches", name, e.name()).hasSize(want.size());
            for (int r = 0; r < want.size(); r++) {
                assertThat(drawn.get(r)).as("%s: %s, points of stretch %d", name, e.name(), r + 1).hasSize(want.get(r).size());
                for (int i = 0; i < want.get(r).size(); i++) {
                    double[] d = want.get(r).get(i);
                    double[] p = drawn.get(r).get(i);
                    pairs.add(new double[] {d[0], d[1], p[0], p[1]});
                }
            }
        }
        double[] x = axis(pairs, 0, 2);
        double[] y = axis(pairs, 1, 3);
        for (double[] p : pairs) {
            assertThat(x[0] + x[1] * p[0]).as("%s: x of the point (%s, %s)", name, p[0], p[1]).isCloseTo(p[2], org.assertj.core.data.Offset.offset(TOLERANCE));
            assertThat(y[0] + y[1] * p[1]).as("%s: y of the point (%s, %s); the chart shows other values, run %s", name, p[0], p[1], Doc.REGENERATE)
                    .isCloseTo(p[3], org.assertj.core.data.Offset.offset(TOLERANCE));
        }
    }

    /** Offset and scale of the linear map from data to pixels, through the extreme data values. */
    private static double[] axis(List<double[]> pairs, int data, int pixel) {
        double[] lo = pairs.stream().min((a, b) -> Double.compare(a[data], b[data])).orElseThrow();
        double[] hi = pairs.stream().max((a, b) -> Double.compare(a[data], b[data])).orElseThrow();
        double scale = (hi[pixel] - lo[pixel]) / (hi[data] - lo[data]);
        return new double[] {lo[pixel] - scale * lo[data], scale};
    }

    /** Stretches of consecutive defined values; a single defined value between gaps draws no line. */
    private static List<List<double[]>> runsOf(List<double[]> points) {
        List<List<double[]>> out = new ArrayList<>();
        List<double[]> run = new ArrayList<>();
        for (double[] p : points) {
            if (Double.isNaN(p[1])) {
                if (run.size() > 1) {
                    out.add(run);
                }
                run = new ArrayList<>();
            } else {
                run.add(p);
            }
        }
        if (run.size() > 1) {
            out.add(run);
        }
        return out;
    }
}
