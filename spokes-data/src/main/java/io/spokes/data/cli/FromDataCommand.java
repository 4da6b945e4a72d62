package io.spokes.data.cli;

import io.spokes.core.domain.CapabilityIndex;
import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Scenario;
import io.spokes.data.atop.AtopMember;
import io.spokes.data.codes.CountryCodes;
import io.spokes.data.cow.GwStatesReader;
import io.spokes.data.cow.StateSystemReader;
import io.spokes.data.scenario.ScenarioFromData;
import io.spokes.data.scenario.StateChanges;
import io.spokes.data.source.Citation;
import io.spokes.data.source.DataFiles;
import io.spokes.data.source.Datasets;
import io.spokes.io.AtomicOutput;
import io.spokes.io.InputException;
import io.spokes.io.scenario.ScenarioReader;
import io.spokes.io.scenario.ScenarioWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code spokes scenario from-data}: a scenario of one year around one state, from ATOP, COW and NMC. */
@Command(name = "from-data", mixinStandardHelpOptions = true,
        description = {"Write a scenario for one year around --focus from ATOP, COW and NMC, each value with its source.",
                "States: those within --depth defense-tie steps of --focus, its strategic rivals, its MID opponents of the "
                        + "last ten years and their defense allies, plus or minus --states (docs/data.md, \"Which states\"). "
                        + "With them: their ATOP alliances in effect with each member's obligations, conditions and "
                        + "institutionalization, NMC 7.0 capabilities, COW capitals, UN ideal points and strategic rivalries. "
                        + "`spokes crisis FILE --challenger X --target Y` runs it."})
public final class FromDataCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--year", required = true, description = "The year, 1816-2018.")
    int year;

    @Option(names = "--focus", required = true, paramLabel = "STATE",
            description = "The state at the centre: ISO alpha-3 (KOR), COW number (732) or cow:ABB (cow:ROK).")
    String focus;

    @Option(names = "--depth", defaultValue = "2", description = "Defense-tie steps from the focus (default ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--states", paramLabel = "+A,-B", defaultValue = "",
            description = "States to add (+) to or drop (-) from the selection, comma-separated, each an ISO alpha-3 code, "
                    + "COW number, cow:ABB or gw:NNN, e.g. --states +THA,+ETH,-BRA or +800,-140. An added state must be a "
                    + "COW member in --year; the focus cannot be dropped.")
    String states;

    @Option(names = "--capability", defaultValue = "milex", paramLabel = "INDEX",
            description = {"Capability index: milex (share of world military expenditure, NMC milex; the default) or cinc",
                    "(COW CINC score). Written as the scenario's capability_index."})
    String capability;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Write the scenario (YAML) to FILE (whole or not at all).")
    Path out;

    @Override
    public Integer call() {
        if (year < 1816 || year > AtopMember.LAST_YEAR) {
            throw new InputException("--year", 0, 0, "", "year " + year + " lies outside 1816-2018, the years ATOP 5.1 and the COW "
                    + "state system both cover");
        }
        CapabilityIndex index = index();
        DataFiles files = data.files();
        var spells = StateSystemReader.read(files);
        CountryCodes codes = new CountryCodes(spells, GwStatesReader.read(files), CountryCodes.isoTable());
        int focusCode;
        try {
            focusCode = codes.resolve(focus, year);
        } catch (FieldException e) {
            throw new InputException("--focus", 0, 0, "", e.getMessage());
        }
        StateChanges changes;
        try {
            changes = StateChanges.parse(states, codes, year);
        } catch (FieldException e) {
            throw new InputException("--states", 0, 0, "", e.getMessage());
        }
        ScenarioFromData builder = ScenarioFromData.read(files, spells, codes);
        Scenario scenario;
        try {
            scenario = builder.build(year, focusCode, depth, index, changes);
        } catch (FieldException e) {
            throw new InputException(e.field().equals("states") ? "--states" : "--focus", 0, 0, "", e.getMessage());
        }
        String text = header(index, builder.notes()) + ScenarioWriter.yaml(scenario);
        // Read the text back before writing: a file Spokes itself cannot run is never written.
        ScenarioReader.read(out.toString(), text, false);
        AtomicOutput.write(out, text.getBytes(StandardCharsets.UTF_8));
        spec.commandLine().getErr().printf("wrote %s: %d states, %d treaties, %d rivalries%n", out, scenario.states().size(),
                scenario.treaties().size(), scenario.rivalries().size());
        return 0;
    }

    /** cinc or milex: resources needs GDP data the bundle does not have, and other is the user's own. */
    private CapabilityIndex index() {
        CapabilityIndex index;
        try {
            index = CapabilityIndex.parse(capability);
        } catch (FieldException e) {
            throw new InputException("--capability", 0, 0, "", "use milex or cinc, got " + FieldException.quote(capability));
        }
        if (index != CapabilityIndex.CINC && index != CapabilityIndex.MILEX) {
            throw new InputException("--capability", 0, 0, "", "use milex or cinc: the bundled data hold nothing for " + index.code()
                    + " (resources needs GDP data)");
        }
        return index;
    }

    private String header(CapabilityIndex index, List<String> notes) {
        StringBuilder b = new StringBuilder();
        b.append("# yaml-language-server: $schema=../docs/scenario.schema.json\n");
        b.append("# Built by `spokes scenario from-data --year ").append(year).append(" --focus ").append(focus)
                .append(" --depth ").append(depth).append(states.isBlank() ? "" : " --states " + states).append(" --capability ").append(index.code()).append("` from the data bundled with Spokes (data/README.md).\n");
        b.append("#\n# Provenance rules:\n");
        b.append("#   * states = COW state system members in ").append(year).append(" within ").append(depth)
                .append(" defense-tie step(s) of the focus, a tie being an ATOP 5.1 defense obligation in either direction\n");
        b.append("#     that year (dyad rules of docs/data.md), the focus's strategic rivals of the year (Thompson, Sakuwa & Suhas\n");
        b.append("#     2021), its MID opponents in the dispute-years ").append(year - ScenarioFromData.MID_YEARS + 1).append('-').append(year)
                .append(" (COW-MID 5.0) and their defense allies of the year,\n");
        b.append("#     then --states (see the notes for why each state beyond the defense ties is in); ids are ISO 3166 alpha-3\n");
        b.append("#     codes, else COW abbreviations.\n");
        if (index == CapabilityIndex.CINC) {
            b.append("#   * capability = COW NMC 7.0 cinc of the year (an earlier year within ").append(ScenarioFromData.CINC_LOOKBACK)
                    .append(" when missing; see notes below).\n");
        } else {
            b.append("#   * capability = share of world military expenditure: the state's COW NMC 7.0 milex over the sum of milex of\n");
            b.append("#     every state reporting it that year; a state with no milex that year takes its share in the latest earlier\n");
            b.append("#     year with one (see notes below); a state reporting 0 is left out.\n");
        }
        b.append("#   * capital = COW capitals (peacesciencer cow_capitals) in the year; ideal_point = UN General Assembly ideal point\n");
        b.append("#     (Bailey, Strezhnev & Voeten), idealpointall of the year, idealpointfp where that is NA (said in the source).\n");
        b.append("#   * nuclear = first nuclear test in or before the year (US 1945, USSR 1949, UK 1952, France 1960, China 1964,\n");
        b.append("#     India 1974, Pakistan 1998, North Korea 2006); undeclared arsenals are not marked.\n");
        b.append("#   * treaties = every ATOP 5.1 alliance in effect in the year with at least two of these states; obligations are each\n");
        b.append("#     member's own row (latest phase in effect) of atop5_1m.csv; signed = alliance begin (atop5_1a.csv);\n");
        b.append("#     integrated_command = ATOP intcom; bases_troops = ATOP base > 0; consultation_mechanism = an organization\n");
        b.append("#     (organ1/organ2 > 0) for military coordination, political consultation or several purposes; milinst =\n");
        b.append("#     atopinst5_1.csv. intelligence_sharing and nuclear_umbrella are not in the data and stay false.\n");
        b.append("#   * conditions = ATOP's defco*/offco* codes of each member (docs/data.md): location -> the COW regions of all the\n");
        b.append("#     treaty's members; adversary -> the protected members' ongoing strategic rivals (ATOP names neither);\n");
        b.append("#     defconpr -> non_provocation; *conum -> min_adversaries 2; *codem -> on_request; *cocon -> conflict_specific.\n");
        b.append("#   * rivalries = Thompson, Sakuwa & Suhas (2021) strategic rivalries active in the year.\n");
        b.append("#   * parameters = the model defaults (docs/model.md); hub and spokes are detected by the engine.\n");
        if (!notes.isEmpty()) {
            b.append("#\n# Notes:\n");
            notes.forEach(n -> b.append("#   * ").append(n).append('\n'));
        }
        b.append("#\n# The works to cite are the scenario's `citations` below; the report lists them.\n");
        b.append('\n');
        return b.toString();
    }
}
