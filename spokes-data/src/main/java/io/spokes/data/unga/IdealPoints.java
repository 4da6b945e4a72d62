package io.spokes.data.unga;

import io.spokes.io.InputException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** UN General Assembly ideal points by (ccode, year); a repeated state-year is bad input. */
public final class IdealPoints {
    private final Map<Long, IdealPoint> byKey = new HashMap<>();

    public IdealPoints(List<IdealPoint> all) {
        for (IdealPoint p : all) {
            if (byKey.put((long) p.year() * 1000 + p.ccode(), p) != null) {
                throw new InputException(IdealPointReader.LAYOUT.fileName(), p.line(), 0, "ccode",
                        "state " + p.ccode() + " appears twice in " + p.year() + "; each state-year must appear once");
            }
        }
    }

    public Optional<IdealPoint> get(int ccode, int year) {
        return Optional.ofNullable(byKey.get((long) year * 1000 + ccode));
    }
}
