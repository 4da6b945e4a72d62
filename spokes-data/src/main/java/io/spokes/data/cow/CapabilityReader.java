package io.spokes.data.cow;

import io.spokes.core.domain.FieldException;
import io.spokes.data.source.DataFiles;
import io.spokes.data.table.RawRow;
import io.spokes.data.table.RawTable;
import io.spokes.io.InputException;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Reads COW NMC 6.0 (original file) or 7.0 (peacesciencer export); -9 and empty cells become missing. */
public final class CapabilityReader {
    private CapabilityReader() {
    }

    public static List<Capability> read(DataFiles files, NmcVersion version) {
        List<Capability> out = new ArrayList<>(version.layout().rows());
        for (RawRow r : RawTable.read(files, version.layout()).rows()) {
            if (version == NmcVersion.V6_0) {
                // NMC 6.0 marks its release by the year it was published.
                r.requireVersion("version", 2021, "COW NMC 6.0 (version column 2021)");
            }
            try {
                out.add(new Capability(r.integer("ccode"), r.integer("year"), value(r, "milex"), value(r, "milper"),
                        value(r, "irst"), value(r, "pec"), value(r, "tpop"), value(r, "upop"), value(r, "cinc")));
            } catch (FieldException e) {
                throw new InputException(r.file(), r.line(), 0, "", e.getMessage());
            }
        }
        return out;
    }

    private static OptionalDouble value(RawRow r, String column) {
        return r.number(column, -9);
    }
}
