package io.spokes.data.cow;

import io.spokes.io.InputException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** NMC state-years indexed by (ccode, year); a duplicated key is bad input. */
public final class Capabilities {
    private final Map<Long, Capability> byKey = new HashMap<>();
    private final NmcVersion version;
    private int firstYear = Integer.MAX_VALUE;
    private int lastYear = Integer.MIN_VALUE;

    public Capabilities(List<Capability> all, NmcVersion version) {
        this.version = version;
        for (Capability c : all) {
            if (byKey.put(key(c.ccode(), c.year()), c) != null) {
                throw new InputException(version.layout().fileName(), 0, 0, "ccode",
                        "state " + c.ccode() + " appears twice in " + c.year() + "; each state-year must appear once");
            }
            firstYear = Math.min(firstYear, c.year());
            lastYear = Math.max(lastYear, c.year());
        }
    }

    public Optional<Capability> get(int ccode, int year) {
        return Optional.ofNullable(byKey.get(key(ccode, year)));
    }

    public NmcVersion version() {
        return version;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    private static long key(int ccode, int year) {
        return (long) year * 1000 + ccode;
    }
}
