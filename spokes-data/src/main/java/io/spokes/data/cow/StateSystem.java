package io.spokes.data.cow;

import io.spokes.core.domain.FieldException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The COW state system as spells of membership, answering the two questions dyad-years need:
 * which states are members in a year, and whether two states are members on a common day of that
 * year. The second rule is peacesciencer's ({@code false_cow_dyads}): two states that both belong
 * to the system in a year but never on the same day do not form a dyad that year.
 */
public final class StateSystem {
    /** Last day covered by COW v2016: spells ending here were still running. */
    public static final LocalDate DATA_END = LocalDate.of(2016, 12, 31);

    private final Map<Integer, List<SystemSpell>> spells = new TreeMap<>();
    private final int carryTo;

    /**
     * @param carryTo last year of the system; years after 2016 carry forward every state that was a
     *                member on 31 Dec 2016 (peacesciencer's {@code mry = TRUE}); pass 2016 for none
     */
    public StateSystem(List<SystemSpell> all, int carryTo) {
        if (carryTo < DATA_END.getYear()) {
            throw new FieldException("carryTo", "carryTo must be 2016 or later, got " + carryTo);
        }
        this.carryTo = carryTo;
        for (SystemSpell s : all) {
            SystemSpell carried = s.end().equals(DATA_END)
                    ? new SystemSpell(s.ccode(), s.abbreviation(), s.name(), s.start(), LocalDate.of(carryTo, 12, 31)) : s;
            spells.computeIfAbsent(s.ccode(), k -> new ArrayList<>()).add(carried);
        }
    }

    public int firstYear() {
        return 1816;
    }

    public int lastYear() {
        return carryTo;
    }

    /** Every COW code, ascending. */
    public List<Integer> codes() {
        return List.copyOf(spells.keySet());
    }

    public List<SystemSpell> spells(int ccode) {
        return spells.getOrDefault(ccode, Collections.emptyList());
    }

    public boolean knows(int ccode) {
        return spells.containsKey(ccode);
    }

    /** Member at some time in {@code year} (peacesciencer's create_stateyears rule). */
    public boolean memberIn(int ccode, int year) {
        for (SystemSpell s : spells(ccode)) {
            if (s.coversYear(year)) {
                return true;
            }
        }
        return false;
    }

    /** Members in {@code year}, ascending by code. */
    public List<Integer> membersIn(int year) {
        List<Integer> out = new ArrayList<>();
        for (Integer c : spells.keySet()) {
            if (memberIn(c, year)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Both states are members on at least one common day of {@code year}. */
    public boolean coexistIn(int a, int b, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        for (SystemSpell sa : spells(a)) {
            if (!sa.coversYear(year)) {
                continue;
            }
            for (SystemSpell sb : spells(b)) {
                if (!sb.coversYear(year)) {
                    continue;
                }
                LocalDate from = max(max(sa.start(), sb.start()), first);
                LocalDate to = min(min(sa.end(), sb.end()), last);
                if (!from.isAfter(to)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The spell in force at the end of {@code year} or, failing that, the last one in the year. */
    public Optional<SystemSpell> spellIn(int ccode, int year) {
        SystemSpell found = null;
        for (SystemSpell s : spells(ccode)) {
            if (s.coversYear(year) && (found == null || s.end().isAfter(found.end()))) {
                found = s;
            }
        }
        return Optional.ofNullable(found);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
