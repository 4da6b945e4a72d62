package io.spokes.data.cow;

import io.spokes.core.domain.FieldException;
import io.spokes.data.source.DataFiles;
import io.spokes.data.table.Layout;
import io.spokes.data.table.RawRow;
import io.spokes.data.table.RawTable;
import io.spokes.io.InputException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code cow_states2016.csv}, the COW state system membership list v2016 (one row per spell). */
public final class StateSystemReader {
    public static final Layout LAYOUT = Layout.of("cow_states2016.csv", "COW State System v2016 (cow_states2016.csv)", 243,
            "stateabb", "ccode", "statenme", "styear", "stmonth", "stday", "endyear", "endmonth", "endday", "version");

    private StateSystemReader() {
    }

    public static List<SystemSpell> read(DataFiles files) {
        List<SystemSpell> out = new ArrayList<>(LAYOUT.rows());
        for (RawRow r : RawTable.read(files, LAYOUT).rows()) {
            r.requireVersion("version", 2016, "COW State System v2016");
            try {
                out.add(new SystemSpell(r.integer("ccode"), r.text("stateabb"), r.text("statenme"),
                        date(r, "styear", "stmonth", "stday"), date(r, "endyear", "endmonth", "endday")));
            } catch (FieldException e) {
                throw new InputException(r.file(), r.line(), 0, "", e.getMessage());
            }
        }
        return out;
    }

    /** A full date whose day is known (COW: missing = -9, which is an error here). */
    static LocalDate date(RawRow r, String year, String month, String day) {
        try {
            return LocalDate.of(r.integer(year), r.integer(month), r.integer(day));
        } catch (DateTimeException e) {
            throw r.error(day, "not a calendar date: " + e.getMessage());
        }
    }
}
