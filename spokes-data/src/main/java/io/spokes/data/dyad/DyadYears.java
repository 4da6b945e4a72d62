package io.spokes.data.dyad;

import io.spokes.data.atop.AtopMember;
import io.spokes.data.cow.StateSystem;
import io.spokes.data.cow.SystemSpell;

import io.spokes.io.csv.CsvWriter;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
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
    /** atop_alliance and the five obligation columns. */
    private static final int ATOP_COLUMNS = 6;

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

    /** The columns, in order. */
    public List<String> columns() {
        List<String> c = new ArrayList<>(List.of("ccode1", "ccode2", "year"));
        if (request.atop()) {
            c.addAll(List.of("atop_alliance", "atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul"));
        }
        if (request.nmc()) {
            c.addAll(CapabilityColumns.columns("1"));
            c.addAll(CapabilityColumns.columns("2"));
        }
        return c;
    }

    /** Writes the header and every row; returns the number of rows. */
    public long write(Writer out) throws IOException {
        long rows = 0;
        YearRange yr = request.years();
        try (CsvWriter csv = CsvWriter.to(out)) {
            csv.row(columns());
            for (int i = 0; i < codes.length; i++) {
                for (int j = request.directed() ? 0 : i + 1; j < codes.length; j++) {
                    if (i == j) {
                        continue;
                    }
                    // Looked up once per pair: the years of the tie in each direction (null = never allied).
                    byte[] ab = request.atop() ? ties.span(codes[i], codes[j]) : null;
                    byte[] ba = request.atop() && !request.directed() ? ties.span(codes[j], codes[i]) : null;
                    for (int y = yr.first(); y <= yr.last(); y++) {
                        if (!dyad(i, j, y)) {
                            continue;
                        }
                        csv.integer(codes[i]).integer(codes[j]).integer(y);
                        if (request.atop()) {
                            writeAtop(csv, ab, ba, y);
                        }
                        if (request.nmc()) {
                            nmc.write(csv, codes[i], y);
                            nmc.write(csv, codes[j], y);
                        }
                        csv.endRow();
                        rows++;
                    }
                }
            }
        }
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

    private void writeAtop(CsvWriter csv, byte[] ab, byte[] ba, int year) throws IOException {
        if (year < ATOP_FIRST || year > ATOP_LAST) {
            for (int k = 0; k < ATOP_COLUMNS; k++) {
                csv.missing();
            }
            return;
        }
        int i = year - AllianceTies.FIRST_YEAR;
        // Non-directed: the larger value of the two directions, which for 0/1 codes is their OR.
        int v = (ab == null ? 0 : ab[i]) | (ba == null ? 0 : ba[i]);
        if (v == 0 && !request.directed() && !request.allianceZero()) {
            csv.missing();
        } else {
            csv.integer(v == 0 ? 0 : 1);
        }
        for (int bit = 1; bit < 32; bit <<= 1) {
            csv.integer((v & bit) != 0 ? 1 : 0);
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
