package io.spokes.data.atop;

import io.spokes.core.domain.FieldException;
import io.spokes.data.source.DataFiles;
import io.spokes.data.table.Layout;
import io.spokes.data.table.RawRow;
import io.spokes.data.table.RawTable;
import io.spokes.io.InputException;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the ATOP 5.1 alliance-level file ({@code atop5_1a.csv}) and the alliance-phase file
 * ({@code atop5_1aph.csv}); the two share their columns except {@code atopidphase}/{@code phase}
 * and the number of {@code mem} columns (59 and 57).
 */
public final class AtopAllianceReader {
    private static final List<String> HEAD = List.of("atopid", "cowid", "cow4id", "begyr", "begmo", "begday", "endyr",
            "endmo", "endday", "ineffect", "bilat", "maxphase");
    private static final List<String> PHASE_HEAD = List.of("atopid", "atopidphase", "cowid", "cow4id", "begyr", "begmo",
            "begday", "endyr", "endmo", "endday", "ineffect", "bilat", "phase", "maxphase");
    private static final List<String> BODY = List.of("wartime", "estmode", "pubsecr", "secrart", "proadd", "futmem",
            "speclgth", "length", "renounce", "proren", "renewlgt", "term", "defense", "offense", "neutral", "nonagg", "consul",
            "active", "conditio", "defcon", "offcon", "neucon", "concon", "asymm", "notaiden", "dipaid", "terrres", "seppeace",
            "thirdcom", "noothall", "specthrt", "statthr1", "statthr2", "conwtin", "medarb", "milcon", "milaid", "intcom",
            "subord", "organ1", "orgpurp1", "organ2", "orgpurp2", "base", "contrib", "armred", "acqterr", "divgains",
            "demwith", "reflnun", "refothio", "natrefal", "compag", "nomicoop", "conres", "agprois", "conmen", "ecaid", "interv");
    private static final List<String> TAIL = List.of("source", "new5", "rev5", "version");

    public static final Layout ALLIANCES = Layout.of("atop5_1a.csv", "ATOP 5.1 alliance level (atop5_1a.csv)", 789,
            HEAD, BODY, Layout.numbered("mem", 1, 59), TAIL);
    public static final Layout PHASES = Layout.of("atop5_1aph.csv", "ATOP 5.1 alliance-phase level (atop5_1aph.csv)", 849,
            PHASE_HEAD, BODY, Layout.numbered("mem", 1, 57), TAIL);

    private AtopAllianceReader() {
    }

    /** One entry per alliance, phase 0. */
    public static List<AtopAlliance> alliances(DataFiles files) {
        return read(files, ALLIANCES, 59, false);
    }

    /** One entry per alliance phase. */
    public static List<AtopAlliance> phases(DataFiles files) {
        return read(files, PHASES, 57, true);
    }

    private static List<AtopAlliance> read(DataFiles files, Layout layout, int memColumns, boolean phased) {
        List<AtopAlliance> out = new ArrayList<>(layout.rows());
        for (RawRow r : RawTable.read(files, layout).rows()) {
            r.requireVersion("version", 5.1, "ATOP 5.1");
            AtopDate begin = AtopMemberReader.date(r, "begyr", "begmo", "begday");
            AtopDate end = r.integer("endyr") == 0 ? null : AtopMemberReader.date(r, "endyr", "endmo", "endday");
            List<Integer> members = new ArrayList<>();
            for (int i = 1; i <= memColumns; i++) {
                r.optionalInteger("mem" + i).ifPresent(members::add);
            }
            try {
                out.add(new AtopAlliance(r.integer("atopid"), phased ? r.integer("phase") : 0, begin, end,
                        Obligations.of(r.dummy("defense"), r.dummy("offense"), r.dummy("neutral"), r.dummy("nonagg"),
                                r.dummy("consul")), r.dummy("bilat"), r.integer("maxphase"), members, r.line()));
            } catch (FieldException e) {
                throw new InputException(r.file(), r.line(), 0, "", e.getMessage());
            }
        }
        return out;
    }
}
