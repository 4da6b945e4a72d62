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

/** Reads {@code gw_states_peacesciencer.csv} (Gleditsch and Ward 1999, as updated in peacesciencer). */
public final class GwStatesReader {
    public static final Layout LAYOUT = Layout.of("gw_states_peacesciencer.csv", "Gleditsch-Ward states (peacesciencer gw_states)",
            216, "gwcode", "stateabb", "statename", "startdate", "enddate");

    private GwStatesReader() {
    }

    public static List<GwSpell> read(DataFiles files) {
        List<GwSpell> out = new ArrayList<>(LAYOUT.rows());
        for (RawRow r : RawTable.read(files, LAYOUT).rows()) {
            try {
                out.add(new GwSpell(r.integer("gwcode"), r.text("stateabb"), r.text("statename"), r.date("startdate"),
                        r.date("enddate")));
            } catch (FieldException e) {
                throw new InputException(r.file(), r.line(), 0, "", e.getMessage());
            }
        }
        return out;
    }
}
