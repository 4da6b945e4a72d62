package io.spokes.data.dyad;

import io.spokes.data.cow.Capabilities;
import io.spokes.data.cow.Capability;
import io.spokes.io.csv.CsvWriter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The seven NMC columns of each state-year, formatted once, so that writing millions of dyad-years
 * copies text instead of formatting numbers: {@code milex,milper,irst,pec,tpop,upop,cinc}, with
 * {@code NA} for a missing component or a state-year NMC does not cover.
 */
public final class CapabilityColumns {
    private static final String[] ALL_MISSING = missing();
    private final Capabilities nmc;
    private final String[][][] text;
    private final int firstYear;

    public CapabilityColumns(Capabilities nmc, int firstYear, int lastYear) {
        this.nmc = nmc;
        this.firstYear = firstYear;
        this.text = new String[1000][][];
        for (int c = 1; c < 1000; c++) {
            String[][] row = null;
            for (int y = firstYear; y <= lastYear; y++) {
                var cap = nmc.get(c, y);
                if (cap.isPresent()) {
                    if (row == null) {
                        row = new String[lastYear - firstYear + 1][];
                    }
                    row[y - firstYear] = format(cap.get());
                }
            }
            text[c] = row;
        }
    }

    /** Column names for one side: {@code milex1, milper1, ...}. */
    public static List<String> columns(String suffix) {
        List<String> names = new ArrayList<>();
        for (String c : Capability.COMPONENTS) {
            names.add(c + suffix);
        }
        return names;
    }

    /** Writes the seven cells of a state-year. */
    public void write(CsvWriter csv, int ccode, int year) throws IOException {
        for (String cell : of(ccode, year)) {
            csv.numeral(cell);
        }
    }

    private String[] of(int ccode, int year) {
        String[][] row = ccode > 0 && ccode < 1000 ? text[ccode] : null;
        if (row == null) {
            return ALL_MISSING;
        }
        int i = year - firstYear;
        String[] s = i >= 0 && i < row.length ? row[i] : null;
        return s == null ? ALL_MISSING : s;
    }

    public Capabilities source() {
        return nmc;
    }

    private static String[] format(Capability c) {
        OptionalDouble[] components = c.components();
        String[] cells = new String[components.length];
        for (int i = 0; i < cells.length; i++) {
            OptionalDouble v = components[i];
            cells[i] = v.isPresent() ? NumberText.format(v.getAsDouble()) : NumberText.MISSING;
        }
        return cells;
    }

    private static String[] missing() {
        String[] cells = new String[Capability.COMPONENTS.length];
        Arrays.fill(cells, NumberText.MISSING);
        return cells;
    }
}
