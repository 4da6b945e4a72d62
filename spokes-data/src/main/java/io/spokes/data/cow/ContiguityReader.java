package io.spokes.data.cow;

import io.spokes.core.domain.FieldException;
import io.spokes.data.source.DataFiles;
import io.spokes.data.table.Layout;
import io.spokes.data.table.RawRow;
import io.spokes.data.table.RawTable;
import io.spokes.io.InputException;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code cow_contdir_v3_2_directed_peacesciencer.csv}; the day in its dates is meaningless and dropped. */
public final class ContiguityReader {
    public static final Layout LAYOUT = Layout.of("cow_contdir_v3_2_directed_peacesciencer.csv",
            "COW Direct Contiguity 3.2 (peacesciencer cow_contdir)", 1874, "ccode1", "ccode2", "conttype", "stdate", "enddate");

    private ContiguityReader() {
    }

    public static List<Contiguity> read(DataFiles files) {
        List<Contiguity> out = new ArrayList<>(LAYOUT.rows());
        for (RawRow r : RawTable.read(files, LAYOUT).rows()) {
            try {
                out.add(new Contiguity(r.integer("ccode1"), r.integer("ccode2"), r.integer("conttype"),
                        month(r, "stdate"), month(r, "enddate")));
            } catch (FieldException e) {
                throw new InputException(r.file(), r.line(), 0, "", e.getMessage());
            }
        }
        return out;
    }

    private static YearMonth month(RawRow r, String column) {
        String t = r.text(column);
        try {
            return YearMonth.parse(t.length() >= 7 ? t.substring(0, 7) : t);
        } catch (DateTimeParseException e) {
            throw r.error(column, "expected a date YYYY-MM-DD, found '" + t + "'");
        }
    }
}
