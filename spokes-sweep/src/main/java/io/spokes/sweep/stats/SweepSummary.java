package io.spokes.sweep.stats;

import io.spokes.io.csv.CsvReader;
import io.spokes.io.csv.CsvWriter;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link MeasureStats} per output (variant, crisis, equilibrium, measure, state), mergeable with
 * {@link #aggregate(SweepSummary)}. Keys keep their first-seen order, so a summary built by
 * merging parts in chunk order lists its outputs as the table does.
 */
public final class SweepSummary {
    /** Which output of the sweep: the table's columns that name it. */
    public record Key(String variant, String challenger, String target, String crisis, String equilibrium,
                      String measure, String state) {
        List<String> fields() {
            return List.of(variant, challenger, target, crisis, equilibrium, measure, state);
        }
    }

    private final Map<Key, MeasureStats> stats = new LinkedHashMap<>();

    public void add(Key key, double value) {
        stats.computeIfAbsent(key, k -> new MeasureStats()).add(value);
    }

    public void aggregate(SweepSummary other) {
        other.stats.forEach((k, s) -> stats.computeIfAbsent(k, x -> new MeasureStats()).aggregate(s));
    }

    public Map<Key, MeasureStats> asMap() {
        return Collections.unmodifiableMap(stats);
    }

    /**
     * Writes the exact state (doubles as their bit patterns), one output per line, so that a part
     * written by one process merges bit for bit in another.
     */
    public void save(Writer out) throws IOException {
        try (CsvWriter csv = CsvWriter.to(out)) {
            for (Map.Entry<Key, MeasureStats> e : stats.entrySet()) {
                MeasureStats s = e.getValue();
                for (String x : e.getKey().fields()) {
                    csv.text(x);
                }
                csv.integer(s.count()).integer(s.missing()).numeral(bits(s.count() == 0 ? 0 : s.mean())).numeral(bits(s.m2()))
                        .numeral(bits(s.count() == 0 ? Double.POSITIVE_INFINITY : s.min()))
                        .numeral(bits(s.count() == 0 ? Double.NEGATIVE_INFINITY : s.max())).endRow();
            }
        }
    }

    public static SweepSummary load(Reader in) throws IOException {
        SweepSummary summary = new SweepSummary();
        try (CsvReader csv = CsvReader.of(in)) {
            List<String> f;
            while ((f = csv.next()) != null) {
                if (f.size() != 13) {
                    throw new IOException("a summary line has " + f.size() + " fields, expected 13");
                }
                Key key = new Key(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6));
                summary.stats.put(key, new MeasureStats(Long.parseLong(f.get(7)), Long.parseLong(f.get(8)),
                        unbits(f.get(9)), unbits(f.get(10)), unbits(f.get(11)), unbits(f.get(12))));
            }
        }
        return summary;
    }

    private static String bits(double v) {
        return Long.toHexString(Double.doubleToRawLongBits(v));
    }

    private static double unbits(String s) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(s, 16));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SweepSummary other) || !stats.keySet().equals(other.stats.keySet())) {
            return false;
        }
        for (Map.Entry<Key, MeasureStats> e : stats.entrySet()) {
            MeasureStats a = e.getValue();
            MeasureStats b = other.stats.get(e.getKey());
            if (a.count() != b.count() || a.missing() != b.missing() || Double.compare(a.mean(), b.mean()) != 0
                    || Double.compare(a.m2(), b.m2()) != 0 || Double.compare(a.min(), b.min()) != 0
                    || Double.compare(a.max(), b.max()) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return stats.keySet().hashCode();
    }
}
