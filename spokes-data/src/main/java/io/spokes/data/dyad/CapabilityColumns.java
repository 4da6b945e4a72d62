package io.spokes.data.dyad;

import io.spokes.data.cow.Capabilities;
import io.spokes.data.cow.Capability;

import java.util.OptionalDouble;

/**
 * The seven NMC columns of each state-year, formatted once, so that writing millions of dyad-years
 * copies text instead of formatting numbers: {@code milex,milper,irst,pec,tpop,upop,cinc}, with
 * {@code NA} for a missing component or a state-year NMC does not cover.
 */
public final class CapabilityColumns {
    private static final String ALL_MISSING = String.join(",", NumberText.MISSING, NumberText.MISSING, NumberText.MISSING,
            NumberText.MISSING, NumberText.MISSING, NumberText.MISSING, NumberText.MISSING);
    private final Capabilities nmc;
    private final String[][] text;
    private final int firstYear;

    public CapabilityColumns(Capabilities nmc, int firstYear, int lastYear) {
        this.nmc = nmc;
        this.firstYear = firstYear;
        this.text = new String[1000][];
        for (int c = 1; c < 1000; c++) {
            String[] row = null;
            for (int y = firstYear; y <= lastYear; y++) {
                var cap = nmc.get(c, y);
                if (cap.isPresent()) {
                    if (row == null) {
                        row = new String[lastYear - firstYear + 1];
                    }
                    row[y - firstYear] = format(cap.get());
                }
            }
            text[c] = row;
        }
    }

    /** Header names for one side: {@code milex1, milper1, ...}. */
    public static String header(String suffix) {
        StringBuilder b = new StringBuilder();
        for (String c : Capability.COMPONENTS) {
            b.append(b.length() == 0 ? "" : ",").append(c).append(suffix);
        }
        return b.toString();
    }

    public String of(int ccode, int year) {
        String[] row = ccode > 0 && ccode < 1000 ? text[ccode] : null;
        if (row == null) {
            return ALL_MISSING;
        }
        int i = year - firstYear;
        String s = i >= 0 && i < row.length ? row[i] : null;
        return s == null ? ALL_MISSING : s;
    }

    public Capabilities source() {
        return nmc;
    }

    private static String format(Capability c) {
        StringBuilder b = new StringBuilder(64);
        for (OptionalDouble v : c.components()) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(v.isPresent() ? NumberText.format(v.getAsDouble()) : NumberText.MISSING);
        }
        return b.toString();
    }
}
