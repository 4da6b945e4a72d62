package io.spokes.data.dyad;

import io.spokes.data.atop.AtopMember;
import io.spokes.data.cow.StateSystem;
import io.spokes.data.cow.SystemSpell;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

/**
 * Dyad-years of the COW state system with ATOP and NMC variables, row for row as peacesciencer
 * 1.2.9 builds them ({@code create_dyadyears() %>% add_atop_alliance() %>% add_nmc()}):
 * <ul>
 * <li>a state is in the system in a year if any of its spells touches the year; a pair is a dyad in
 * the year only if both are members on a common day (peacesciencer's {@code false_cow_dyads});</li>
 * <li>rows are ordered by {@code ccode1}, {@code ccode2}, {@code year}; non-directed keeps
 * {@code ccode1 < ccode2};</li>
 * <li>ATOP values come from {@link AllianceTies}; non-directed takes the larger value of the two
 * directions; unallied dyad-years in 1815-2018 get 0, years outside get NA;</li>
 * <li>NMC values are joined by state and year; missing stays NA.</li>
 * </ul>
 */
public final class DyadYears {
    /** ATOP 5.1 coverage as peacesciencer applies it ({@code between(year, 1815, 2018)}). */
    static final int ATOP_FIRST = 1815;
    static final int ATOP_LAST = AtopMember.LAST_YEAR;
    private static final String ATOP_MISSING = ",NA,NA,NA,NA,NA,NA";
    private static final int FLUSH_AT = 1 << 16;

    private final StateSystem system;
    private final AllianceTies ties;
    private final CapabilityColumns nmc;
    private final DyadRequest request;
    private final int[] codes;
    /** Per code and year: 0 not a member, 1 member all year, 2 member part of the year. */
    private final byte[][] presence;

    public DyadYears(StateSystem system, AllianceTies ties, CapabilityColumns nmc, DyadRequest request) {
        if (request.atop() && ties == null || request.nmc() && nmc == null) {
            throw new IllegalArgumentException("the request asks for ATOP or NMC columns but their data were not given");
        }
        request.years().requireWithin(system.firstYear(), system.lastYear(), "the COW state system");
        this.system = system;
        this.ties = ties;
        this.nmc = nmc;
        this.request = request;
        List<Integer> all = system.codes();
        this.codes = all.stream().mapToInt(Integer::intValue).toArray();
        YearRange yr = request.years();
        this.presence = new byte[codes.length][yr.size()];
        for (int i = 0; i < codes.length; i++) {
            for (int y = yr.first(); y <= yr.last(); y++) {
                presence[i][y - yr.first()] = presence(system.spells(codes[i]), y);
            }
        }
    }

    public String header() {
        StringBuilder b = new StringBuilder("ccode1,ccode2,year");
        if (request.atop()) {
            b.append(",atop_alliance,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul");
        }
        if (request.nmc()) {
            b.append(',').append(CapabilityColumns.header("1")).append(',').append(CapabilityColumns.header("2"));
        }
        return b.toString();
    }

    /** Writes the header and every row; returns the number of rows. */
    public long write(Writer out) throws IOException {
        StringBuilder b = new StringBuilder(FLUSH_AT + 1024);
        b.append(header()).append('\n');
        long rows = 0;
        YearRange yr = request.years();
        String[] yearText = new String[yr.size()];
        for (int y = yr.first(); y <= yr.last(); y++) {
            yearText[y - yr.first()] = Integer.toString(y);
        }
        for (int i = 0; i < codes.length; i++) {
            String c1 = Integer.toString(codes[i]);
            for (int j = request.directed() ? 0 : i + 1; j < codes.length; j++) {
                if (i == j) {
                    continue;
                }
                String c2 = Integer.toString(codes[j]);
                // Looked up once per pair: the years of the tie in each direction (null = never allied).
                byte[] ab = request.atop() ? ties.span(codes[i], codes[j]) : null;
                byte[] ba = request.atop() && !request.directed() ? ties.span(codes[j], codes[i]) : null;
                for (int y = yr.first(); y <= yr.last(); y++) {
                    if (!dyad(i, j, y)) {
                        continue;
                    }
                    b.append(c1).append(',').append(c2).append(',').append(yearText[y - yr.first()]);
                    if (request.atop()) {
                        appendAtop(b, ab, ba, y);
                    }
                    if (request.nmc()) {
                        b.append(',').append(nmc.of(codes[i], y)).append(',').append(nmc.of(codes[j], y));
                    }
                    b.append('\n');
                    rows++;
                    if (b.length() >= FLUSH_AT) {
                        out.append(b);
                        b.setLength(0);
                    }
                }
            }
        }
        out.append(b);
        return rows;
    }

    /** Number of rows {@link #write} produces, without writing them. */
    public long count() {
        long rows = 0;
        YearRange yr = request.years();
        for (int i = 0; i < codes.length; i++) {
            for (int j = request.directed() ? 0 : i + 1; j < codes.length; j++) {
                for (int y = yr.first(); i != j && y <= yr.last(); y++) {
                    if (dyad(i, j, y)) {
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    private boolean dyad(int i, int j, int year) {
        int k = year - request.years().first();
        byte a = presence[i][k];
        byte b = presence[j][k];
        if (a == 0 || b == 0) {
            return false;
        }
        return a == 1 && b == 1 || system.coexistIn(codes[i], codes[j], year);
    }

    private void appendAtop(StringBuilder b, byte[] ab, byte[] ba, int year) {
        if (year < ATOP_FIRST || year > ATOP_LAST) {
            b.append(ATOP_MISSING);
            return;
        }
        int i = year - AllianceTies.FIRST_YEAR;
        // Non-directed: the larger value of the two directions, which for 0/1 codes is their OR.
        int v = (ab == null ? 0 : ab[i]) | (ba == null ? 0 : ba[i]);
        if (v == 0) {
            b.append(request.directed() || request.allianceZero() ? ",0" : ",NA").append(",0,0,0,0,0");
            return;
        }
        b.append(",1");
        for (int bit = 1; bit < 32; bit <<= 1) {
            b.append((v & bit) != 0 ? ",1" : ",0");
        }
    }

    private static byte presence(List<SystemSpell> spells, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        byte p = 0;
        for (SystemSpell s : spells) {
            if (!s.coversYear(year)) {
                continue;
            }
            if (!s.start().isAfter(first) && !s.end().isBefore(last)) {
                return 1;
            }
            p = 2;
        }
        return p;
    }
}
