package io.spokes.data.atop;

import io.spokes.core.domain.FieldException;
import io.spokes.data.source.DataFiles;
import io.spokes.data.table.Layout;
import io.spokes.data.table.RawRow;
import io.spokes.data.table.RawTable;
import io.spokes.io.InputException;

import java.util.ArrayList;
import java.util.List;

/** Reads {@code atopinst5_1.csv} (alliance-phase institutionalization). */
public final class AtopInstitutionReader {
    public static final Layout LAYOUT = Layout.of("atopinst5_1.csv", "ATOP 5.1 institutionalization (atopinst5_1.csv)", 849,
            "atopid", "atopidphase", "milinst", "formal", "version");

    private AtopInstitutionReader() {
    }

    public static List<AtopInstitution> read(DataFiles files) {
        List<AtopInstitution> out = new ArrayList<>(LAYOUT.rows());
        for (RawRow r : RawTable.read(files, LAYOUT).rows()) {
            r.requireVersion("version", 5.1, "ATOP 5.1");
            int atopId = r.integer("atopid");
            double idPhase = r.number("atopidphase").orElseThrow(() -> r.error("atopidphase", "is empty; expected atopid or atopid.phase"));
            // Multi-phase ids are stored with float artefacts (3180.1001 = phase 1): the phase is the first decimal.
            int phase = (int) Math.round((idPhase - atopId) * 10);
            if (phase < 0 || phase > 9 || Math.abs(idPhase - atopId - phase / 10.0) > 0.01) {
                throw r.error("atopidphase", "expected " + atopId + " or " + atopId + ".<phase>, found " + r.text("atopidphase"));
            }
            try {
                out.add(new AtopInstitution(atopId, phase, r.optionalInteger("milinst", -9), r.optionalInteger("formal", -9)));
            } catch (FieldException e) {
                throw new InputException(r.file(), r.line(), 0, "", e.getMessage());
            }
        }
        return out;
    }
}
