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
    private final Map<Integer, Span> spans;
    private final int pairCount;
    private final long tieYears;

    private AllianceTies(Map<Integer, Span> spans, long tieYears) {
        this.spans = spans;
        this.pairCount = spans.size();
        this.tieYears = tieYears;
    }

    /** The years of one directed pair: {@code values[year - first]}, 0 where the pair is not allied. */
    private record Span(int first, byte[] values) {
    }

    public static AllianceTies build(List<AtopMember> members) {
        Map<Long, List<AtopMember>> phases = new LinkedHashMap<>();
        for (AtopMember m : members) {
            if (m.member() <= 999) {
                phases.computeIfAbsent((long) m.atopId() * 100 + m.phase(), k -> new ArrayList<>()).add(m);
            }
        }
        // (pair, year, atopid) -> phase * 64 + bits: the later phase of an alliance wins within a year.
        Map<Long, Integer> byAlliance = new HashMap<>();
        for (List<AtopMember> phase : phases.values()) {
            int[] holders = new int[32];
            for (AtopMember m : phase) {
                for (int bit = 1; bit < 32; bit <<= 1) {
                    if (m.obligations().has(bit)) {
                        holders[bit]++;
                    }
                }
            }
            for (AtopMember a : phase) {
                for (AtopMember b : phase) {
                    if (a.member() == b.member() || !overlap(a, b)) {
                        continue;
                    }
                    int bits = owed(a, b, holders, phase.size());
                    int from = Math.max(a.entry().year(), b.entry().year());
                    int to = Math.min(a.lastYear(), b.lastYear());
                    for (int y = from; y <= to; y++) {
                        long key = ((long) pair(a.member(), b.member()) * 10_000 + y) * 10_000 + a.atopId();
                        int value = a.phase() * 64 + bits;
                        byAlliance.merge(key, value, Math::max);
                    }
                }
            }
        }
        Map<Integer, int[]> years = new HashMap<>();
        for (Map.Entry<Long, Integer> e : byAlliance.entrySet()) {
            long k = e.getKey() / 10_000;
            int pair = (int) (k / 10_000);
            int year = (int) (k % 10_000);
            int[] range = years.computeIfAbsent(pair, p -> new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE});
            range[0] = Math.min(range[0], year);
            range[1] = Math.max(range[1], year);
        }
        Map<Integer, Span> spans = new HashMap<>();
        for (Map.Entry<Integer, int[]> e : years.entrySet()) {
            int[] r = e.getValue();
            spans.put(e.getKey(), new Span(r[0], new byte[r[1] - r[0] + 1]));
        }
        long tieYears = 0;
        for (Map.Entry<Long, Integer> e : byAlliance.entrySet()) {
            long k = e.getKey() / 10_000;
            Span s = spans.get((int) (k / 10_000));
            int i = (int) (k % 10_000) - s.first();
            if (s.values()[i] == 0) {
                tieYears++;
            }
            s.values()[i] |= (byte) (ALLIED | (e.getValue() & 31));
        }
        return new AllianceTies(spans, tieYears);
    }

    /** The directed tie a to b in a year: -1 if none, else {@link #ALLIED} | obligation bits. */
    public int directed(int a, int b, int year) {
        Span s = spans.get(pair(a, b));
        if (s == null) {
            return -1;
        }
        int i = year - s.first();
        if (i < 0 || i >= s.values().length || s.values()[i] == 0) {
            return -1;
        }
        return s.values()[i];
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
        return pairCount;
    }

    /** Every directed pair (a, b) with a tie in {@code year}, as {@code a * 1000 + b}. */
    public List<Integer> pairsIn(int year) {
        List<Integer> out = new ArrayList<>();
        for (Map.Entry<Integer, Span> e : spans.entrySet()) {
            Span s = e.getValue();
            int i = year - s.first();
            if (i >= 0 && i < s.values().length && s.values()[i] != 0) {
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
