package io.spokes.sweep.analysis;

import io.spokes.io.InputException;
import io.spokes.io.csv.CsvReader;
import io.spokes.sweep.experiment.Experiment;
import io.spokes.sweep.stats.SweepSummary;
import io.spokes.sweep.table.SweepTable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each output of a finished sweep as one number per design point (the mean over replicates), read
 * from its table one row at a time. Memory grows with outputs × points, not with the table's rows.
 */
public final class SweepResults {
    private final Map<SweepSummary.Key, double[]> sums = new LinkedHashMap<>();
    private final Map<SweepSummary.Key, int[]> counts = new LinkedHashMap<>();
    private final int points;

    private SweepResults(int points) {
        this.points = points;
    }

    public static SweepResults read(Path table, Experiment e) {
        SweepResults r = new SweepResults(e.designSize());
        List<String> columns = SweepTable.columns(e);
        int point = columns.indexOf("point");
        int value = columns.indexOf("value");
        int line = 1;
        try (CsvReader csv = CsvReader.of(Files.newBufferedReader(table, StandardCharsets.UTF_8))) {
            List<String> header = csv.next();
            if (!columns.equals(header)) {
                throw new InputException(table.toString(), 1, 1, "", "the header is not that of this experiment's table: expected "
                        + String.join(",", columns));
            }
            List<String> f;
            while ((f = csv.next()) != null) {
                line = csv.line();
                if (f.size() != columns.size()) {
                    throw new InputException(table.toString(), line, 0, "", "expected " + columns.size() + " fields, got " + f.size());
                }
                SweepSummary.Key key = new SweepSummary.Key(f.get(6), f.get(7), f.get(8), f.get(9), f.get(10), f.get(11), f.get(12));
                int id;
                double v;
                try {
                    id = Integer.parseInt(f.get(point));
                    v = "NA".equals(f.get(value)) ? Double.NaN : Double.parseDouble(f.get(value));
                } catch (NumberFormatException x) {
                    throw new InputException(table.toString(), line, 0, "point/value", "not a number: " + x.getMessage());
                }
                if (id < 0 || id >= r.points) {
                    throw new InputException(table.toString(), line, 0, "point", "point " + id + " is outside the design (0.." + (r.points - 1) + ")");
                }
                double[] s = r.sums.computeIfAbsent(key, k -> new double[r.points]);
                int[] c = r.counts.computeIfAbsent(key, k -> new int[r.points]);
                if (Double.isFinite(v)) {
                    s[id] += v;
                    c[id]++;
                }
            }
        } catch (IOException x) {
            throw new InputException(table.toString(), line, 0, "", "cannot read: " + x.getMessage());
        }
        return r;
    }

    public List<SweepSummary.Key> outputs() {
        return List.copyOf(sums.keySet());
    }

    /** The output at every point: the replicate mean, NaN where no replicate has a value. */
    public double[] values(SweepSummary.Key key) {
        double[] s = sums.get(key);
        int[] c = counts.get(key);
        double[] v = Arrays.copyOf(s, s.length);
        for (int i = 0; i < v.length; i++) {
            v[i] = c[i] == 0 ? Double.NaN : s[i] / c[i];
        }
        return v;
    }

    public int points() {
        return points;
    }
}
