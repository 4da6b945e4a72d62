package io.spokes.data.cow;

import io.spokes.core.domain.FieldException;
import io.spokes.data.source.DataFiles;
import io.spokes.data.table.Layout;
import io.spokes.data.table.RawRow;
import io.spokes.data.table.RawTable;
import io.spokes.io.InputException;

import java.util.ArrayList;
import java.util.List;

/** Reads COW's original {@code system2016.csv} (state-years 1816-2016). */
public final class SystemYearReader {
    public static final Layout LAYOUT = Layout.of("system2016.csv", "COW State System v2016 (system2016.csv)", 15951,
            "stateabb", "ccode", "year", "version");

    private SystemYearReader() {
    }

    public static List<SystemYear> read(DataFiles files) {
        List<SystemYear> out = new ArrayList<>(LAYOUT.rows());
        for (RawRow r : RawTable.read(files, LAYOUT).rows()) {
            r.requireVersion("version", 2016, "COW State System v2016");
            try {
                out.add(new SystemYear(r.text("stateabb"), r.integer("ccode"), r.integer("year")));
            } catch (FieldException e) {
                throw new InputException(r.file(), r.line(), 0, "", e.getMessage());
            }
        }
        return out;
    }
}
