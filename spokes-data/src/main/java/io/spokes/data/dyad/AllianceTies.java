package io.spokes.data.dyad;

import io.spokes.data.atop.AtopMember;
import io.spokes.data.atop.AtopDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Directed alliance ties per year, built from the ATOP 5.1 member file by the rules of the
 * codebook's directed dyad-year dataset (§2.7):
 * <ol>
 * <li>every ordered pair of members of the same alliance phase is a candidate;</li>
 * <li>a pair whose memberships never overlap is dropped: one joined on or after the day the other
 * left (so West Germany, which left NATO on 3 Oct 1990, and Germany, which joined that day, are
 * never allies through NATO; nor are North/South Yemen and unified Yemen);</li>
 * <li>the pair is allied in every year from the later entry year to the earlier exit year;</li>
 * <li>A owes B what A's member row obliges it to; when one alliance has two phases in a year, the
 * later phase's row counts (the rule that reproduces {@code atop5_1sy.csv} exactly);</li>
 * <li>a member with OBVARY = 1 owes an obligation only to the members that do not undertake it
 * themselves, unless all do (the codebook's example: Britain and France both defend Sweden, so the
 * Britain-France tie carries only consultation);</li>
 * <li>ties of several alliances are combined: an obligation is owed if any alliance owes it.</li>
 * </ol>
 * Codes above 999 (ATOP's 8152 for Annam) are not COW states and are dropped, as ATOP drops the
 * France-Annam dyad (codebook note 18). Values are {@code -1} for no tie, else
 * {@link #ALLIED} plus the obligation bits of {@link io.spokes.data.atop.Obligations}.
 */
public final class AllianceTies {
    /** Set on every year in which the pair shares an alliance, with or without obligations. */
    public static final int ALLIED = 32;
    /** A membership with no exit is still running after the last day of coverage. */
    private static final LocalDate STILL_RUNNING = LocalDate.of(AtopMember.LAST_YEAR + 1, 1, 1);
    /** First year of ATOP 5.1; spans index years from here. */
    static final int FIRST_YEAR = 1815;
    private static final int SPAN = AtopMember.LAST_YEAR - FIRST_YEAR + 1;
    /** Per directed pair {@code a * 1000 + b}: one byte per year of coverage, 0 where not allied. */
    private final Map<Integer, byte[]> spans;
    private final long tieYears;

    private AllianceTies(Map<Integer, byte[]> spans) {
        this.spans = spans;
        long n = 0;
        for (byte[] s : spans.values()) {
            for (byte v : s) {
                if (v != 0) {
                    n++;
                }
            }
        }
        this.tieYears = n;
    }

    public static AllianceTies build(List<AtopMember> members) {
        Map<Integer, List<AtopMember>> alliances = new LinkedHashMap<>();
        for (AtopMember m : members) {
            if (m.member() <= 999) {
                alliances.computeIfAbsent(m.atopId(), k -> new ArrayList<>()).add(m);
            }
        }
        Map<Integer, byte[]> spans = new HashMap<>();
        for (List<AtopMember> alliance : alliances.values()) {
            // Per pair and year within one alliance: phase * 64 + bits, so that the later phase wins (rule 4).
            int first = Integer.MAX_VALUE;
            int last = Integer.MIN_VALUE;
            Map<Integer, List<AtopMember>> phases = new LinkedHashMap<>();
            for (AtopMember m : alliance) {
                first = Math.min(first, m.entry().year());
                last = Math.max(last, m.lastYear());
                phases.computeIfAbsent(m.phase(), k -> new ArrayList<>()).add(m);
            }
            int width = last - first + 1;
            Map<Integer, int[]> local = new HashMap<>();
            for (List<AtopMember> phase : phases.values()) {
                int[] holders = holders(phase);
                for (AtopMember a : phase) {
                    for (AtopMember b : phase) {
                        if (a.member() == b.member() || !overlap(a, b)) {
                            continue;
                        }
                        int value = a.phase() * 64 + owed(a, b, holders, phase.size());
                        int[] years = local.computeIfAbsent(pair(a.member(), b.member()), k -> empty(width));
                        int to = Math.min(a.lastYear(), b.lastYear());
                        for (int y = Math.max(a.entry().year(), b.entry().year()); y <= to; y++) {
                            years[y - first] = Math.max(years[y - first], value);
                        }
                    }
                }
            }
            for (Map.Entry<Integer, int[]> e : local.entrySet()) {
                byte[] span = spans.computeIfAbsent(e.getKey(), k -> new byte[SPAN]);
                int[] years = e.getValue();
                for (int i = 0; i < width; i++) {
                    if (years[i] >= 0) {
                        span[first + i - FIRST_YEAR] |= (byte) (ALLIED | (years[i] & 31));
                    }
                }
            }
        }
        return new AllianceTies(spans);
    }

    private static int[] empty(int width) {
        int[] a = new int[width];
        java.util.Arrays.fill(a, -1);
        return a;
    }

    /** How many members of a phase undertake each obligation bit. */
    private static int[] holders(List<AtopMember> phase) {
        int[] holders = new int[32];
        for (AtopMember m : phase) {
            for (int bit = 1; bit < 32; bit <<= 1) {
                if (m.obligations().has(bit)) {
                    holders[bit]++;
                }
            }
        }
        return holders;
    }

    /** The directed pair's years (index {@code year - 1815}), or null; callers must not change it. */
    byte[] span(int a, int b) {
        return spans.get(pair(a, b));
    }

    /** The directed tie a to b in a year: -1 if none, else {@link #ALLIED} | obligation bits. */
    public int directed(int a, int b, int year) {
        byte[] s = spans.get(pair(a, b));
        int i = year - FIRST_YEAR;
        if (s == null || i < 0 || i >= SPAN || s[i] == 0) {
            return -1;
        }
        return s[i];
    }

    /** The tie in either direction (obligations OR-ed), -1 if none: ATOP's non-directed reading. */
    public int either(int a, int b, int year) {
        int ab = directed(a, b, year);
        int ba = directed(b, a, year);
        if (ab < 0) {
            return ba;
        }
        return ba < 0 ? ab : ab | ba;
    }

    /** Directed pair-years with a tie: ATOP 5.1's directed dyad-year file has 273,296. */
    public long directedTieYears() {
        return tieYears;
    }

    public int directedPairs() {
        return spans.size();
    }

    /** Every directed pair (a, b) with a tie in {@code year}, as {@code a * 1000 + b}. */
    public List<Integer> pairsIn(int year) {
        List<Integer> out = new ArrayList<>();
        int i = year - FIRST_YEAR;
        if (i < 0 || i >= SPAN) {
            return out;
        }
        for (Map.Entry<Integer, byte[]> e : spans.entrySet()) {
            if (e.getValue()[i] != 0) {
                out.add(e.getKey());
            }
        }
        out.sort(null);
        return out;
    }

    static int pair(int a, int b) {
        return a * 1000 + b;
    }

    /** What a owes b under their common phase (rules 4-5 above). */
    private static int owed(AtopMember a, AtopMember b, int[] holders, int size) {
        int bits = a.obligations().bits();
        if (!a.obligationsVary()) {
            return bits;
        }
        int out = 0;
        for (int bit = 1; bit < 32; bit <<= 1) {
            if ((bits & bit) == 0) {
                continue;
            }
            boolean everyoneHasIt = holders[bit] == size;
            if (everyoneHasIt || !b.obligations().has(bit)) {
                out |= bit;
            }
        }
        return out;
    }

    /** Memberships share at least one day; leaving on the day the other joins is no overlap. */
    private static boolean overlap(AtopMember a, AtopMember b) {
        LocalDate from = later(a.entry().earliest(), b.entry().earliest());
        LocalDate to = earlier(end(a), end(b));
        return from.isBefore(to);
    }

    private static LocalDate end(AtopMember m) {
        AtopDate exit = m.exit();
        return exit == null ? STILL_RUNNING : exit.latest();
    }

    private static LocalDate later(LocalDate x, LocalDate y) {
        return x.isAfter(y) ? x : y;
    }

    private static LocalDate earlier(LocalDate x, LocalDate y) {
        return x.isBefore(y) ? x : y;
    }
}
