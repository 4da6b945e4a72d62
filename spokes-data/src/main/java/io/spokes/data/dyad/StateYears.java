package io.spokes.data.dyad;

import io.spokes.data.atop.AtopStateYear;
import io.spokes.data.cow.StateSystem;

import io.spokes.io.csv.CsvWriter;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * State-years of the COW state system (a state is in a year if a spell of membership touches it,
 * as peacesciencer's {@code create_stateyears()}), with ATOP state-year variables computed from the
 * member file and NMC capabilities. ATOP values are 0 for a state with no alliance in 1815-2018 and
 * NA outside those years. Rows are ordered by {@code ccode}, then {@code year}.
 */
public final class StateYears {
    private final StateSystem system;
    private final Map<Integer, AtopStateYear> atop;
    private final CapabilityColumns nmc;
    private final YearRange years;

    /** {@code atop} is keyed by {@code year * 1000 + state} (see {@link AtopStateYears}); null leaves the columns out. */
    public StateYears(StateSystem system, Map<Integer, AtopStateYear> atop, CapabilityColumns nmc, YearRange years) {
        years.requireWithin(system.firstYear(), system.lastYear(), "the COW state system");
        this.system = system;
        this.atop = atop;
        this.nmc = nmc;
        this.years = years;
    }

    /** The columns, in order. */
    public List<String> columns() {
        List<String> c = new ArrayList<>(List.of("ccode", "stateabb", "year"));
        if (atop != null) {
            c.addAll(List.of("atop_number", "atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul",
                    "atop_transyr"));
        }
        if (nmc != null) {
            c.addAll(CapabilityColumns.columns(""));
        }
        return c;
    }

    public long write(Writer out) throws IOException {
        long rows = 0;
        try (CsvWriter csv = CsvWriter.to(out)) {
            csv.row(columns());
            for (int c : system.codes()) {
                String abb = system.spells(c).get(0).abbreviation();
                for (int y = years.first(); y <= years.last(); y++) {
                    if (!system.memberIn(c, y)) {
                        continue;
                    }
                    csv.integer(c).text(abb).integer(y);
                    if (atop != null) {
                        writeAtop(csv, atop.get(y * 1000 + c), y);
                    }
                    if (nmc != null) {
                        nmc.write(csv, c, y);
                    }
                    csv.endRow();
                    rows++;
                }
            }
        }
        return rows;
    }

    private static void writeAtop(CsvWriter csv, AtopStateYear s, int year) throws IOException {
        boolean covered = year >= DyadYears.ATOP_FIRST && year <= DyadYears.ATOP_LAST;
        if (!covered || s == null) {
            // Seven columns: NA outside ATOP's years, 0 for a state with no alliance in them.
            for (int k = 0; k < 7; k++) {
                if (covered) {
                    csv.integer(0);
                } else {
                    csv.missing();
                }
            }
            return;
        }
        csv.integer(s.number());
        int bits = s.obligations().bits();
        for (int bit = 1; bit < 32; bit <<= 1) {
            csv.integer((bits & bit) != 0 ? 1 : 0);
        }
        csv.integer(s.transition() ? 1 : 0);
    }
}
