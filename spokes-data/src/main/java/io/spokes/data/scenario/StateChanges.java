package io.spokes.data.scenario;

import io.spokes.core.domain.FieldException;
import io.spokes.data.codes.CountryCodes;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The states a user adds to or drops from the selection of {@code scenario from-data}
 * ({@code --states +THA,+ETH,-BRA}): each item a sign and a state as {@link CountryCodes#resolve}
 * reads it (ISO alpha-3, COW number, cow:ABB, gw:NNN), resolved for the scenario year.
 *
 * @param add  COW codes to add, in the order given
 * @param drop COW codes to drop, in the order given
 */
public record StateChanges(Set<Integer> add, Set<Integer> drop) {
    public static final StateChanges NONE = new StateChanges(Set.of(), Set.of());

    public StateChanges {
        add = Set.copyOf(add);
        drop = Set.copyOf(drop);
        for (int c : add) {
            if (drop.contains(c)) {
                throw new FieldException("states", "COW " + c + " is both added and dropped; give it once");
            }
        }
    }

    /** Parses a comma-separated list; an empty or blank text is no change. */
    public static StateChanges parse(String text, CountryCodes codes, int year) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        Set<Integer> add = new LinkedHashSet<>();
        Set<Integer> drop = new LinkedHashSet<>();
        for (String raw : text.split(",", -1)) {
            String item = raw.trim();
            if (item.length() < 2 || item.charAt(0) != '+' && item.charAt(0) != '-') {
                throw new FieldException("states", "each item is + or - and a state (+THA, -BRA, +800), got "
                        + FieldException.quote(item));
            }
            int ccode;
            try {
                ccode = codes.resolve(item.substring(1), year);
            } catch (FieldException e) {
                throw new FieldException("states", item + ": " + e.getMessage());
            }
            Set<Integer> into = item.charAt(0) == '+' ? add : drop;
            Set<Integer> other = item.charAt(0) == '+' ? drop : add;
            if (other.contains(ccode)) {
                throw new FieldException("states", item + ": " + codes.id(ccode, year) + " (COW " + ccode
                        + ") is both added and dropped; give it once");
            }
            if (!into.add(ccode)) {
                throw new FieldException("states", item + ": " + codes.id(ccode, year) + " (COW " + ccode + ") is listed twice; list it once");
            }
        }
        return new StateChanges(add, drop);
    }
}
