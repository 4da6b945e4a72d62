package io.spokes.data.cow;

import io.spokes.core.domain.FieldException;
import io.spokes.data.source.DataFiles;
import io.spokes.data.table.Layout;
import io.spokes.data.table.RawRow;
import io.spokes.data.table.RawTable;
import io.spokes.io.InputException;

import java.util.ArrayList;
import java.util.List;

/** Reads {@code tss_rivalries_peacesciencer.csv}. */
public final class RivalryReader {
    public static final Layout LAYOUT = Layout.of("tss_rivalries_peacesciencer.csv",
            "strategic rivalries (peacesciencer tss_rivalries)", 264, "tssr_id", "rivalry", "ccode1", "ccode2", "start", "end",
            "positional", "spatial", "ideological", "interventionary", "principal", "aprin");

    private RivalryReader() {
    }

    public static List<StrategicRivalry> read(DataFiles files) {
        List<StrategicRivalry> out = new ArrayList<>(LAYOUT.rows());
        for (RawRow r : RawTable.read(files, LAYOUT).rows()) {
            try {
                out.add(new StrategicRivalry(r.integer("tssr_id"), r.text("rivalry"), r.integer("ccode1"), r.integer("ccode2"),
                        r.integer("start"), r.integer("end"), flag(r, "positional"), flag(r, "spatial"), flag(r, "ideological"),
                        flag(r, "interventionary"), flag(r, "principal"), flag(r, "aprin")));
            } catch (FieldException e) {
                throw new InputException(r.file(), r.line(), 0, "", e.getMessage());
            }
        }
        return out;
    }

    private static boolean flag(RawRow r, String column) {
        return r.optionalInteger(column).orElse(0) == 1;
    }
}
