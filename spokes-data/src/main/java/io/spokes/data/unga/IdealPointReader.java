package io.spokes.data.unga;

import io.spokes.core.domain.FieldException;
import io.spokes.data.source.DataFiles;
import io.spokes.data.table.Layout;
import io.spokes.data.table.RawRow;
import io.spokes.data.table.RawTable;
import io.spokes.io.InputException;

import java.util.ArrayList;
import java.util.List;

/** Reads {@code unga_ideal_points_bsv.csv} (bundled gzipped; {@code NA} = missing). Only the two estimates Spokes uses are kept. */
public final class IdealPointReader {
    public static final Layout LAYOUT = Layout.of("unga_ideal_points_bsv.csv",
            "UN General Assembly ideal points (Bailey, Strezhnev and Voeten), July 2025", 11440,
            "ccode", "iso3c", "countryname", "year", "idealpointfp", "idealpointall", "idealpointlegacy", "nvotesfp", "qofp",
            "q5fp", "q10fp", "q50fp", "q90fp", "q95fp", "q100fp", "nvotesall", "qoall", "q5all", "q10all", "q50all", "q90all",
            "q95all", "q100all", "nvotesLegacy");

    private IdealPointReader() {
    }

    public static List<IdealPoint> read(DataFiles files) {
        List<IdealPoint> out = new ArrayList<>(LAYOUT.rows());
        for (RawRow r : RawTable.read(files, LAYOUT).rows()) {
            try {
                out.add(new IdealPoint(r.integer("ccode"), r.integer("year"), r.number("idealpointall"), r.number("idealpointfp"),
                        r.line()));
            } catch (FieldException e) {
                throw new InputException(r.file(), r.line(), 0, "", e.getMessage());
            }
        }
        return out;
    }
}
