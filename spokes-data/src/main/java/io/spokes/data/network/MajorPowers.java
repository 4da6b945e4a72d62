package io.spokes.data.network;

import io.spokes.data.cow.MajorPowerSpell;
import io.spokes.data.cow.StateSystem;

import java.util.List;

/** COW major powers by year; periods still running at the end of v2016 carry forward, like state membership. */
public final class MajorPowers {
    private final List<MajorPowerSpell> spells;

    public MajorPowers(List<MajorPowerSpell> spells) {
        this.spells = List.copyOf(spells);
    }

    public boolean majorIn(int ccode, int year) {
        for (MajorPowerSpell s : spells) {
            boolean running = s.end().equals(StateSystem.DATA_END);
            if (s.ccode() == ccode && s.start().getYear() <= year && (year <= s.end().getYear() || running)) {
                return true;
            }
        }
        return false;
    }
}
