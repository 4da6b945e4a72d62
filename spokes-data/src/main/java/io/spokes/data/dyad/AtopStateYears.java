package io.spokes.data.dyad;

import io.spokes.data.atop.AtopMember;
import io.spokes.data.atop.AtopStateYear;
import io.spokes.data.atop.Obligations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * ATOP state-years computed from the member file by the codebook's rules (§2.5): a state-year for
 * every year a state is a member of an alliance; its obligations are those it owes anyone, from
 * the later phase when an alliance changes phase within the year; TRANSYR marks a year in which
 * one of its memberships (or phases) starts or ends. Checked row by row against {@code atop5_1sy.csv}.
 */
public final class AtopStateYears {
    private AtopStateYears() {
    }

    /** Keyed by {@code year * 1000 + state}, in that order. */
    public static Map<Integer, AtopStateYear> compute(List<AtopMember> members) {
        Map<Integer, Map<Integer, AtopMember>> latest = new TreeMap<>();
        Map<Integer, Boolean> transition = new HashMap<>();
        for (AtopMember m : members) {
            if (m.member() > 999) {
                continue;
            }
            for (int y = m.entry().year(); y <= m.lastYear(); y++) {
                latest.computeIfAbsent(y * 1000 + m.member(), k -> new TreeMap<>())
                        .merge(m.atopId(), m, (old, now) -> now.phase() > old.phase() ? now : old);
            }
            transition.put(m.entry().year() * 1000 + m.member(), true);
            if (m.exit() != null) {
                transition.put(m.exit().year() * 1000 + m.member(), true);
            }
        }
        Map<Integer, AtopStateYear> out = new TreeMap<>();
        for (Map.Entry<Integer, Map<Integer, AtopMember>> e : latest.entrySet()) {
            int bits = 0;
            for (AtopMember m : e.getValue().values()) {
                bits |= m.obligations().bits();
            }
            int key = e.getKey();
            out.put(key, new AtopStateYear(key % 1000, key / 1000, new Obligations(bits), e.getValue().size(),
                    transition.getOrDefault(key, false), new ArrayList<>(e.getValue().keySet())));
        }
        return out;
    }
}
