package io.spokes.data.atop;

import io.spokes.core.domain.FieldException;
import io.spokes.data.source.DataFiles;
import io.spokes.data.table.Layout;
import io.spokes.data.table.RawRow;
import io.spokes.data.table.RawTable;
import io.spokes.io.InputException;

import java.util.ArrayList;
import java.util.List;

/** Reads {@code atop5_1m.csv}, the ATOP 5.1 member-level file (codebook §2.3). */
public final class AtopMemberReader {
    public static final Layout LAYOUT = Layout.of("atop5_1m.csv", "ATOP 5.1 member level (atop5_1m.csv)", 2510,
            "atopid", "cowid", "cow4id", "member", "cowsys", "yrent", "moent", "dayent", "yrexit", "moexit", "dayexit",
            "ineffect", "bilat", "phase", "maxphase", "wartime", "cowwar", "estmode", "pubsecr", "secrart", "proadd", "futmem",
            "speclgth", "length", "renounce", "proren", "renewlgt", "term", "termmode", "termcaus", "defense", "offense",
            "neutral", "nonagg", "consul", "active", "conditio", "defcon", "offcon", "neucon", "concon", "defcoadv", "defcoloc",
            "defcocon", "defconum", "defcodem", "defconpr", "offcoadv", "offcoloc", "offcocon", "offconum", "offcodem",
            "neucoadv", "neucoloc", "neucocon", "neuconum", "neucodem", "neuconpr", "neucoatt", "concoadv", "concoloc",
            "concocon", "concoreq", "olimob", "asymm", "obvary", "notaiden", "dipaid", "terrres", "seppeace", "thirdcom",
            "noothall", "specthrt", "statthr1", "statthr2", "conwtin", "medarb", "milcon", "milaid", "intcom", "subord",
            "organ1", "orgpurp1", "organ2", "orgpurp2", "base", "contrib", "armred", "acqterr", "divgains", "demwith",
            "reflnun", "refothio", "natrefal", "compag", "nomicoop", "conres", "agprois", "conmen", "ecaid", "interv",
            "source", "new5", "rev5", "version");

    private AtopMemberReader() {
    }

    public static List<AtopMember> read(DataFiles files) {
        List<AtopMember> out = new ArrayList<>(LAYOUT.rows());
        for (RawRow r : RawTable.read(files, LAYOUT).rows()) {
            r.requireVersion("version", 5.1, "ATOP 5.1");
            out.add(member(r));
        }
        return out;
    }

    static AtopMember member(RawRow r) {
        AtopDate entry = date(r, "yrent", "moent", "dayent");
        boolean ineffect = r.dummy("ineffect");
        AtopDate exit = r.integer("yrexit") == 0 ? null : date(r, "yrexit", "moexit", "dayexit");
        // Codebook §2.32: INEFFECT = 1 exactly when YREXIT, MOEXIT and DAYEXIT are zero.
        if (ineffect != (exit == null)) {
            throw r.error("ineffect", ineffect ? "is 1 but the member has an exit date; the row contradicts itself"
                    : "is 0 but yrexit is 0 (no exit); the row contradicts itself");
        }
        try {
            return AtopMember.builder().atopId(r.integer("atopid")).member(r.integer("member")).phase(r.integer("phase"))
                    .entry(entry).exit(exit)
                    .obligations(Obligations.of(r.dummy("defense"), r.dummy("offense"), r.dummy("neutral"), r.dummy("nonagg"),
                            r.dummy("consul")))
                    .conditions(new AtopConditions(
                            new AtopConditions.Codes("def", r.dummy("defcoloc"), r.dummy("defcoadv"), r.dummy("defconpr"),
                                    r.dummy("defconum"), r.dummy("defcodem"), r.dummy("defcocon")),
                            new AtopConditions.Codes("off", r.dummy("offcoloc"), r.dummy("offcoadv"), false,
                                    r.dummy("offconum"), r.dummy("offcodem"), r.dummy("offcocon"))))
                    .bilateral(r.dummy("bilat")).asymmetric(r.dummy("asymm")).obligationsVary(r.dummy("obvary"))
                    .cowSystem(r.dummy("cowsys")).integratedCommand(r.optionalInteger("intcom", -9).orElse(0) == 1)
                    .base(code(r, "base")).organ1(code(r, "organ1")).orgPurpose1(code(r, "orgpurp1"))
                    .organ2(code(r, "organ2")).orgPurpose2(code(r, "orgpurp2")).line(r.line()).build();
        } catch (FieldException e) {
            throw new InputException(r.file(), r.line(), 0, "", e.getMessage());
        }
    }

    private static int code(RawRow r, String column) {
        return r.optionalInteger(column, -9).orElse(-1);
    }

    static AtopDate date(RawRow r, String year, String month, String day) {
        int y = r.integer(year);
        int m = r.integer(month);
        int d = r.optionalInteger(day).orElse(0);
        try {
            return new AtopDate(y, m, d);
        } catch (FieldException e) {
            throw r.error(year, e.getMessage());
        }
    }
}
