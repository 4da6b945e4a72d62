package io.spokes.data.cow;

import io.spokes.core.domain.FieldException;
import io.spokes.data.source.DataFiles;
import io.spokes.data.table.Layout;
import io.spokes.data.table.RawRow;
import io.spokes.data.table.RawTable;
import io.spokes.io.InputException;

import java.util.ArrayList;
import java.util.List;

/** Reads the dispute-level files of COW-MID 5.0 and GML-MID 2.2.1 (peacesciencer exports). */
public final class DisputeReader {
    private static final String[] COLUMNS = {"dispnum", "styear", "stmon", "outcome", "settle", "fatality", "mindur",
            "maxdur", "hiact", "hostlev", "recip"};
    public static final Layout COW = Layout.of("cow_mid_v5_0_disputes_peacesciencer.csv",
            "COW-MID 5.0 disputes (peacesciencer cow_mid_disps)", 2436, COLUMNS);
    public static final Layout GML = Layout.of("gml_mid_v2_2_1_disputes_peacesciencer.csv",
            "GML-MID 2.2.1 disputes (peacesciencer gml_mid_disps)", 2174, COLUMNS);

    private DisputeReader() {
    }

    public static List<Dispute> cow(DataFiles files) {
        return read(files, COW);
    }

    public static List<Dispute> gml(DataFiles files) {
        return read(files, GML);
    }

    private static List<Dispute> read(DataFiles files, Layout layout) {
        List<Dispute> out = new ArrayList<>(layout.rows());
        for (RawRow r : RawTable.read(files, layout).rows()) {
            try {
                out.add(new Dispute(r.integer("dispnum"), r.integer("styear"), r.optionalInteger("stmon", -9),
                        r.optionalInteger("outcome", -9), r.optionalInteger("settle", -9), r.optionalInteger("fatality", -9),
                        r.optionalInteger("mindur", -9), r.optionalInteger("maxdur", -9), r.optionalInteger("hiact", -9),
                        r.optionalInteger("hostlev", -9), r.optionalInteger("recip", -9)));
            } catch (FieldException e) {
                throw new InputException(r.file(), r.line(), 0, "", e.getMessage());
            }
        }
        return out;
    }
}
