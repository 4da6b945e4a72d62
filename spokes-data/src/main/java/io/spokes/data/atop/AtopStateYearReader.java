package io.spokes.data.atop;

import io.spokes.core.domain.FieldException;
import io.spokes.data.source.DataFiles;
import io.spokes.data.table.Layout;
import io.spokes.data.table.RawRow;
import io.spokes.data.table.RawTable;
import io.spokes.io.InputException;

import java.util.ArrayList;
import java.util.List;

/** Reads ATOP's own state-year file {@code atop5_1sy.csv} (codebook §2.5). */
public final class AtopStateYearReader {
    public static final Layout LAYOUT = Layout.of("atop5_1sy.csv", "ATOP 5.1 state-year (atop5_1sy.csv)", 11923,
            List.of("state", "year", "atopally", "defense", "offense", "neutral", "nonagg", "consul", "number", "transyr"),
            Layout.numbered("atopid", 1, 59), List.of("version"));

    private AtopStateYearReader() {
    }

    public static List<AtopStateYear> read(DataFiles files) {
        List<AtopStateYear> out = new ArrayList<>(LAYOUT.rows());
        for (RawRow r : RawTable.read(files, LAYOUT).rows()) {
            r.requireVersion("version", 5.1, "ATOP 5.1");
            List<Integer> ids = new ArrayList<>();
            for (int i = 1; i <= 59; i++) {
                r.optionalInteger("atopid" + i).ifPresent(ids::add);
            }
            ids.sort(null);
            try {
                out.add(new AtopStateYear(r.integer("state"), r.integer("year"), Obligations.of(r.dummy("defense"),
                        r.dummy("offense"), r.dummy("neutral"), r.dummy("nonagg"), r.dummy("consul")), r.integer("number"),
                        r.dummy("transyr"), ids));
            } catch (FieldException e) {
                throw new InputException(r.file(), r.line(), 0, "", e.getMessage());
            }
        }
        return out;
    }
}
