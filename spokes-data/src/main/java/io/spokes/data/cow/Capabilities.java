package io.spokes.data.cow;

import io.spokes.io.InputException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** NMC state-years indexed by (ccode, year); a duplicated key is bad input. */
public final class Capabilities {
    private final Map<Long, Capability> byKey = new HashMap<>();
    private final NmcVersion version;
    private int firstYear = Integer.MAX_VALUE;
    private int lastYear = Integer.MIN_VALUE;
    private Map<Integer, double[]> milexTotals;

    public Capabilities(List<Capability> all, NmcVersion version) {
        this.version = version;
        for (Capability c : all) {
            if (byKey.put(key(c.ccode(), c.year()), c) != null) {
                throw new InputException(version.layout().fileName(), 0, 0, "ccode",
                        "state " + c.ccode() + " appears twice in " + c.year() + "; each state-year must appear once");
            }
            firstYear = Math.min(firstYear, c.year());
            lastYear = Math.max(lastYear, c.year());
        }
    }

    /**
     * World military expenditure of a year: the sum of {@code milex} over the states reporting it
     * that year (the denominator of the milex share; docs/data.md). Zero when no state reports it.
     */
    public double milexTotal(int year) {
        double[] t = milexTotals().get(year);
        return t == null ? 0 : t[0];
    }

    /** How many states report {@code milex} in a year (the states summed by {@link #milexTotal}). */
    public int milexReporting(int year) {
        double[] t = milexTotals().get(year);
        return t == null ? 0 : (int) t[1];
    }

    private Map<Integer, double[]> milexTotals() {
        if (milexTotals == null) {
            Map<Integer, double[]> totals = new HashMap<>();
            for (Capability c : byKey.values()) {
                if (c.milex().isPresent()) {
                    double[] t = totals.computeIfAbsent(c.year(), k -> new double[2]);
                    t[0] += c.milex().getAsDouble();
                    t[1]++;
                }
            }
            milexTotals = totals;
        }
        return milexTotals;
    }

    public Optional<Capability> get(int ccode, int year) {
        return Optional.ofNullable(byKey.get(key(ccode, year)));
    }

    public NmcVersion version() {
        return version;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    private static long key(int ccode, int year) {
        return (long) year * 1000 + ccode;
    }
}
