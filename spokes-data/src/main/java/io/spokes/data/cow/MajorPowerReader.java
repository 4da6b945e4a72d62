package io.spokes.data.cow;

import io.spokes.core.domain.FieldException;
import io.spokes.data.source.DataFiles;
import io.spokes.data.table.Layout;
import io.spokes.data.table.RawRow;
import io.spokes.data.table.RawTable;
import io.spokes.io.InputException;

import java.util.ArrayList;
import java.util.List;

/** Reads COW's original {@code majors2016.csv}. */
public final class MajorPowerReader {
    public static final Layout LAYOUT = Layout.of("majors2016.csv", "COW Major Powers v2016 (majors2016.csv)", 14,
            "stateabb", "ccode", "styear", "stmonth", "stday", "endyear", "endmonth", "endday", "version");

    private MajorPowerReader() {
    }

    public static List<MajorPowerSpell> read(DataFiles files) {
        List<MajorPowerSpell> out = new ArrayList<>();
        for (RawRow r : RawTable.read(files, LAYOUT).rows()) {
            r.requireVersion("version", 2016, "COW Major Powers v2016");
            try {
                out.add(new MajorPowerSpell(r.text("stateabb"), r.integer("ccode"),
                        StateSystemReader.date(r, "styear", "stmonth", "stday"), StateSystemReader.date(r, "endyear", "endmonth", "endday")));
            } catch (FieldException e) {
                throw new InputException(r.file(), r.line(), 0, "", e.getMessage());
            }
        }
        return out;
    }
}
