package io.spokes.data.cow;

import io.spokes.core.domain.FieldException;
import io.spokes.data.source.DataFiles;
import io.spokes.data.table.Layout;
import io.spokes.data.table.RawRow;
import io.spokes.data.table.RawTable;
import io.spokes.io.InputException;

import java.util.ArrayList;
import java.util.List;

/** Reads the directed dispute-year files of COW-MID 5.0 and GML-MID 2.2.1 (peacesciencer exports). */
public final class DirectedDisputeYearReader {
    public static final Layout COW = Layout.of("cow_mid_v5_0_directed_dispute_years_peacesciencer.csv",
            "COW-MID 5.0 directed dispute-years (peacesciencer cow_mid_dirdisps)", 11390,
            "dispnum", "ccode1", "ccode2", "year", "dispongoing", "disponset", "sidea1", "sidea2", "fatality1", "fatality2",
            "fatalpre1", "fatalpre2", "hiact1", "hiact2", "hostlev1", "hostlev2", "orig1", "orig2");
    public static final Layout GML = Layout.of("gml_mid_v2_2_1_directed_dispute_years_peacesciencer.csv",
            "GML-MID 2.2.1 directed dispute-years (peacesciencer gml_dirdisp)", 10276,
            "dispnum", "ccode1", "ccode2", "year", "midongoing", "midonset", "sidea1", "sidea2", "revstate1", "revstate2",
            "revtype11", "revtype12", "revtype21", "revtype22", "fatality1", "fatality2", "fatalpre1", "fatalpre2", "hiact1",
            "hiact2", "hostlev1", "hostlev2", "orig1", "orig2", "hiact", "hostlev", "mindur", "maxdur", "outcome", "settle",
            "fatality", "fatalpre", "stmon", "endmon", "recip", "numa", "numb", "ongo2010", "version");

    private DirectedDisputeYearReader() {
    }

    public static List<DirectedDisputeYear> cow(DataFiles files) {
        return read(files, COW, "disponset");
    }

    public static List<DirectedDisputeYear> gml(DataFiles files) {
        return read(files, GML, "midonset");
    }

    private static List<DirectedDisputeYear> read(DataFiles files, Layout layout, String onset) {
        boolean gml = layout == GML;
        List<DirectedDisputeYear> out = new ArrayList<>(layout.rows());
        for (RawRow r : RawTable.read(files, layout).rows()) {
            if (gml && !r.text("version").equals("gml-2.2.1")) {
                throw r.error("version", "this row is from '" + r.text("version") + "', but the reader is for gml-2.2.1");
            }
            try {
                out.add(new DirectedDisputeYear(r.integer("dispnum"), r.integer("ccode1"), r.integer("ccode2"), r.integer("year"),
                        r.dummy(onset), r.optionalInteger("sidea1", -9), r.optionalInteger("sidea2", -9),
                        r.optionalInteger("fatality1", -9), r.optionalInteger("fatality2", -9), r.optionalInteger("hiact1", -9),
                        r.optionalInteger("hiact2", -9), r.optionalInteger("hostlev1", -9), r.optionalInteger("hostlev2", -9),
                        r.optionalInteger("orig1", -9), r.optionalInteger("orig2", -9)));
            } catch (FieldException e) {
                throw new InputException(r.file(), r.line(), 0, "", e.getMessage());
            }
        }
        return out;
    }
}
