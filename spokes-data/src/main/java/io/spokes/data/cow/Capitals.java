package io.spokes.data.cow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** COW capitals by state, to find a state's capital in a year. */
public final class Capitals {
    private final Map<Integer, List<Capital>> byState = new HashMap<>();

    public Capitals(List<Capital> all) {
        all.forEach(c -> byState.computeIfAbsent(c.ccode(), k -> new ArrayList<>()).add(c));
    }

    /**
     * The capital in a year: of the periods overlapping the year, the one that starts last, so the
     * capital at the end of a year of a move (Brazil 1960: Brasilia; Russia 1918: Moscow).
     */
    public Optional<Capital> in(int ccode, int year) {
        Capital best = null;
        for (Capital c : byState.getOrDefault(ccode, List.of())) {
            if (c.overlaps(year) && (best == null || c.start().isAfter(best.start()))) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }
}
