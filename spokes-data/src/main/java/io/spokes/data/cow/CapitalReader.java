package io.spokes.data.cow;

import io.spokes.core.domain.FieldException;
import io.spokes.data.source.DataFiles;
import io.spokes.data.table.Layout;
import io.spokes.data.table.RawRow;
import io.spokes.data.table.RawTable;
import io.spokes.io.InputException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code cow_capitals_peacesciencer.csv} (peacesciencer {@code cow_capitals}; no missing values). */
public final class CapitalReader {
    public static final Layout LAYOUT = Layout.of("cow_capitals_peacesciencer.csv", "COW capitals (peacesciencer cow_capitals)", 242,
            "ccode", "statenme", "capital", "stdate", "enddate", "lat", "lng");

    private CapitalReader() {
    }

    public static List<Capital> read(DataFiles files) {
        List<Capital> out = new ArrayList<>(LAYOUT.rows());
        for (RawRow r : RawTable.read(files, LAYOUT).rows()) {
            double lat = r.number("lat").orElseThrow(() -> r.error("lat", "is empty; every capital has a latitude"));
            double lon = r.number("lng").orElseThrow(() -> r.error("lng", "is empty; every capital has a longitude"));
            try {
                out.add(new Capital(r.integer("ccode"), r.text("statenme"), r.text("capital"), r.date("stdate"), r.date("enddate"),
                        lat, lon, r.line()));
            } catch (FieldException e) {
                throw new InputException(r.file(), r.line(), 0, "", e.getMessage());
            }
        }
        return out;
    }
}
