package io.spokes.data.dyad;

import io.spokes.data.atop.AtopStateYear;
import io.spokes.data.cow.StateSystem;

import java.io.IOException;
import java.io.Writer;
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

    public String header() {
        StringBuilder b = new StringBuilder("ccode,stateabb,year");
        if (atop != null) {
            b.append(",atop_number,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul,atop_transyr");
        }
        if (nmc != null) {
            b.append(',').append(CapabilityColumns.header(""));
        }
        return b.toString();
    }

    public long write(Writer out) throws IOException {
        StringBuilder b = new StringBuilder(1 << 16);
        b.append(header()).append('\n');
        long rows = 0;
        for (int c : system.codes()) {
            String abb = system.spells(c).get(0).abbreviation();
            for (int y = years.first(); y <= years.last(); y++) {
                if (!system.memberIn(c, y)) {
                    continue;
                }
                b.append(c).append(',').append(abb).append(',').append(y);
                if (atop != null) {
                    appendAtop(b, atop.get(y * 1000 + c), y);
                }
                if (nmc != null) {
                    b.append(',').append(nmc.of(c, y));
                }
                b.append('\n');
                rows++;
            }
            out.append(b);
            b.setLength(0);
        }
        out.append(b);
        return rows;
    }

    private static void appendAtop(StringBuilder b, AtopStateYear s, int year) {
        if (year < DyadYears.ATOP_FIRST || year > DyadYears.ATOP_LAST) {
            b.append(",NA,NA,NA,NA,NA,NA,NA");
            return;
        }
        if (s == null) {
            b.append(",0,0,0,0,0,0,0");
            return;
        }
        b.append(',').append(s.number());
        int bits = s.obligations().bits();
        for (int bit = 1; bit < 32; bit <<= 1) {
            b.append((bits & bit) != 0 ? ",1" : ",0");
        }
        b.append(s.transition() ? ",1" : ",0");
    }
}
