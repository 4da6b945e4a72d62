package io.spokes.data.scenario;

import io.spokes.core.domain.FieldException;
import io.spokes.data.cow.DirectedDisputeYear;
import io.spokes.data.cow.StrategicRivalry;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Which states {@code scenario from-data} includes (docs/data.md, "Which states"): the focus; the
 * states within {@code depth} defense-tie steps of it; its strategic rivals of the year; its MID
 * opponents (the other side of a dispute with it, in a dispute-year of the last {@code midYears}
 * years up to the year); each opponent's defense allies of the year; then the user's additions and
 * drops. Only COW system members of the year. Rivals and opponents are there because a crisis needs
 * its challenger: without them the 1953 scenario around South Korea had no North Korea or China.
 * Each state that is not a defense tie away says why it is there, for the file's notes.
 */
final class StateSelection {
    private final int year;
    private final int focus;
    private final Map<Integer, Set<Integer>> defense;
    private final List<StrategicRivalry> rivalries;
    private final List<DirectedDisputeYear> disputes;
    private final int midYears;
    private final IntPredicate member;
    private final IntFunction<String> id;
    private final List<String> notes = new ArrayList<>();

    StateSelection(int year, int focus, Map<Integer, Set<Integer>> defense, List<StrategicRivalry> rivalries,
                   List<DirectedDisputeYear> disputes, int midYears, IntPredicate member, IntFunction<String> id) {
        this.year = year;
        this.focus = focus;
        this.defense = defense;
        this.rivalries = rivalries;
        this.disputes = disputes;
        this.midYears = midYears;
        this.member = member;
        this.id = id;
    }

    /** Why each state beyond the defense ties is included, one line each (after {@link #select}). */
    List<String> notes() {
        return List.copyOf(notes);
    }

    Set<Integer> select(int depth, StateChanges changes) {
        notes.clear();
        Set<Integer> out = reach(depth);
        Map<Integer, String> why = new TreeMap<>();
        for (StrategicRivalry r : rivalries) {
            int other = r.ccode1() == focus ? r.ccode2() : r.ccode2() == focus ? r.ccode1() : -1;
            if (other >= 0 && r.activeIn(year) && member.test(other)) {
                why.merge(other, "strategic rival (tss_rivalries_peacesciencer.csv tssr_id " + r.id() + " '" + r.name() + "', "
                        + r.start() + "-" + r.end() + ")", (a, b) -> a + "; " + b);
            }
        }
        Map<Integer, Map<Integer, int[]>> opponents = opponents();
        for (Map.Entry<Integer, Map<Integer, int[]>> e : opponents.entrySet()) {
            StringBuilder b = new StringBuilder("MID opponent (COW-MID 5.0 directed dispute-years, dispute");
            b.append(e.getValue().size() == 1 ? " " : "s ");
            List<String> each = new ArrayList<>();
            e.getValue().forEach((dispute, span) -> each.add(dispute + " " + (span[0] == span[1] ? "" + span[0] : span[0] + "-" + span[1])));
            b.append(String.join(", ", each)).append(')');
            why.merge(e.getKey(), b.toString(), (x, y) -> x + "; " + y);
        }
        for (int opponent : opponents.keySet()) {
            for (int ally : defense.getOrDefault(opponent, Set.of())) {
                if (ally != focus) {
                    why.merge(ally, "defense ally of MID opponent " + id.apply(opponent) + " in " + year + " (ATOP 5.1)",
                            (x, y) -> x + "; " + y);
                }
            }
        }
        for (Map.Entry<Integer, String> e : why.entrySet()) {
            if (out.add(e.getKey())) {
                notes.add("included " + id.apply(e.getKey()) + " (COW " + e.getKey() + "): " + e.getValue());
            }
        }
        for (int c : new TreeSet<>(changes.add())) {
            if (!member.test(c)) {
                throw new FieldException("states", "+" + id.apply(c) + ": COW " + c + " is not a member of the COW state system in " + year);
            }
            notes.add(out.add(c) ? "included " + id.apply(c) + " (COW " + c + "): added by --states"
                    : "--states +" + id.apply(c) + ": already included (defense tie, rival, MID opponent or opponent's ally)");
        }
        for (int c : new TreeSet<>(changes.drop())) {
            if (c == focus) {
                throw new FieldException("states", "-" + id.apply(c) + ": cannot drop the focus state; choose another --focus");
            }
            if (!out.remove(c)) {
                throw new FieldException("states", "-" + id.apply(c) + ": " + id.apply(c) + " (COW " + c + ") is not among the selected states "
                        + "of " + year + ", so there is nothing to drop");
            }
            notes.add("left out " + id.apply(c) + " (COW " + c + "): dropped by --states");
        }
        return out;
    }

    /** Breadth-first search over the year's defense ties from the focus. */
    private Set<Integer> reach(int depth) {
        Set<Integer> seen = new TreeSet<>(List.of(focus));
        Deque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {focus, 0});
        while (!queue.isEmpty()) {
            int[] at = queue.poll();
            if (at[1] == depth) {
                continue;
            }
            for (int next : defense.getOrDefault(at[0], Set.of())) {
                if (seen.add(next)) {
                    queue.add(new int[] {next, at[1] + 1});
                }
            }
        }
        return seen;
    }

    /**
     * Opponent -> dispute number -> {first, last} dispute-year: the states on the other side of a
     * dispute with the focus ({@code sidea1 != sidea2}) in a dispute-year from {@code year - midYears + 1}
     * to {@code year}, members of the system in the year.
     */
    private Map<Integer, Map<Integer, int[]>> opponents() {
        Map<Integer, Map<Integer, int[]>> out = new TreeMap<>();
        for (DirectedDisputeYear d : disputes) {
            if (d.ccode1() != focus || d.year() > year || d.year() <= year - midYears || !member.test(d.ccode2())) {
                continue;
            }
            if (d.sideA1().isEmpty() || d.sideA2().isEmpty() || d.sideA1().getAsInt() == d.sideA2().getAsInt()) {
                continue;
            }
            int[] span = out.computeIfAbsent(d.ccode2(), k -> new TreeMap<>()).computeIfAbsent(d.dispnum(), k -> new int[] {d.year(), d.year()});
            span[0] = Math.min(span[0], d.year());
            span[1] = Math.max(span[1], d.year());
        }
        return out;
    }
}
