package io.spokes.data.cli;

import io.spokes.core.domain.FieldException;
import io.spokes.data.atop.AtopMemberReader;
import io.spokes.data.codes.CountryCodes;
import io.spokes.data.cow.GwStatesReader;
import io.spokes.data.cow.MajorPowerReader;
import io.spokes.data.cow.StateSystem;
import io.spokes.data.cow.StateSystemReader;
import io.spokes.data.dyad.AllianceTies;
import io.spokes.data.dyad.NumberText;
import io.spokes.data.dyad.YearRange;
import io.spokes.data.network.AllianceGraph;
import io.spokes.data.network.MajorPowers;
import io.spokes.data.network.NetworkMeasures;
import io.spokes.data.network.NetworkYear;
import io.spokes.data.network.Region;
import io.spokes.data.network.TieKind;
import io.spokes.data.plot.CentralizationChart;
import io.spokes.data.source.DataFiles;
import io.spokes.io.AtomicOutput;
import io.spokes.io.InputException;
import io.spokes.io.csv.CsvWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/** {@code spokes data network}: hub-and-spoke structure of alliance networks per year. */
@Command(name = "network", mixinStandardHelpOptions = true,
        description = {"Measure the alliance network of each year: hubs, spokes, centralization and lattice density.",
                "For each year: hubs and spokes, Freeman degree centralization, lattice density among the hub's",
                "spokes, transitivity, closed triads and components."})
public final class NetworkCommand implements Callable<Integer> {
    static final List<String> COLUMNS = List.of("focus", "year", "focus_states", "allied_states", "ties", "hubs", "hub_degree",
            "spokes", "centralization", "lattice_density", "density", "transitivity", "closed_triad_share", "components",
            "largest_component");

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--years", required = true, paramLabel = "FIRST-LAST", description = "Years, e.g. 1950-2018 (1816-2018).")
    String years;

    @Option(names = "--region", paramLabel = "LIST", defaultValue = "all",
            description = "Regions, comma-separated: asia, europe, americas, africa, middle-east, all (default).")
    String region;

    @Option(names = "--states", paramLabel = "LIST",
            description = "Instead of regions, a set of states (ISO alpha-3, COW numbers or cow:ABB), e.g. USA,KOR,JPN,AUS,PHL.")
    String states;

    @Option(names = "--ties", defaultValue = "defense", description = "defense (default) or any ATOP alliance.")
    String ties;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Write the table to FILE (whole or not at all).")
    Path out;

    @Option(names = "--plot", paramLabel = "FILE.svg", description = "Also draw centralization and lattice density per region as SVG.")
    Path plot;

    @Override
    public Integer call() {
        YearRange range = Choices.years("--years", years);
        Choices.within("--years", range, 1816, 2018, "the years ATOP 5.1 and the COW state system both cover");
        TieKind kind;
        try {
            kind = TieKind.parse(ties);
        } catch (FieldException e) {
            throw new InputException("--ties", 0, 0, "", e.getMessage());
        }
        DataFiles files = data.files();
        var spells = StateSystemReader.read(files);
        StateSystem system = new StateSystem(spells, 2018);
        AllianceTies allianceTies = AllianceTies.build(AtopMemberReader.read(files));
        MajorPowers majors = new MajorPowers(MajorPowerReader.read(files));
        List<NetworkYear> rows = new ArrayList<>();
        if (states != null) {
            CountryCodes codes = new CountryCodes(spells, GwStatesReader.read(files), CountryCodes.isoTable());
            Set<Integer> chosen = new HashSet<>();
            for (String s : states.split(",")) {
                try {
                    chosen.add(codes.resolve(s, range.last()));
                } catch (FieldException e) {
                    throw new InputException("--states", 0, 0, "", e.getMessage());
                }
            }
            for (int y = range.first(); y <= range.last(); y++) {
                rows.add(measure("states", y, chosen::contains, chosen::contains, system, allianceTies, kind));
            }
        } else {
            for (String r : region.split(",")) {
                Region reg;
                try {
                    reg = Region.parse(r);
                } catch (FieldException e) {
                    throw new InputException("--region", 0, 0, "", e.getMessage());
                }
                for (int y = range.first(); y <= range.last(); y++) {
                    final int year = y;
                    rows.add(measure(reg.code(), y, reg::contains, c -> reg.contains(c) || majors.majorIn(c, year), system,
                            allianceTies, kind));
                }
            }
        }
        // Draw before writing anything, so that a failure leaves neither file behind.
        byte[] svg = plot == null ? null : CentralizationChart.svg(rows,
                "Alliance networks (" + kind.name().toLowerCase(java.util.Locale.ROOT) + " ties), " + range);
        AtomicOutput.write(out, w -> write(w, rows));
        if (svg != null) {
            AtomicOutput.write(plot, svg);
        }
        spec.commandLine().getErr().printf("wrote %,d network-years to %s%s%n", rows.size(), out, plot == null ? "" : " and " + plot);
        return 0;
    }

    private static NetworkYear measure(String name, int year, IntPredicate focus, IntPredicate admitted, StateSystem system,
                                       AllianceTies ties, TieKind kind) {
        int focusStates = (int) system.membersIn(year).stream().filter(focus::test).count();
        return NetworkMeasures.measure(name, year, focusStates, AllianceGraph.of(ties, system, year, focus, admitted, kind));
    }

    static void write(Writer w, List<NetworkYear> rows) throws IOException {
        try (CsvWriter csv = CsvWriter.to(w)) {
            csv.row(COLUMNS);
            for (NetworkYear r : rows) {
                csv.text(r.focus()).integer(r.year()).integer(r.focusStates()).integer(r.alliedStates()).integer(r.ties())
                        .text(joined(r.hubs())).integer(r.hubDegree()).text(joined(r.spokes())).numeral(ratio(r.centralization()))
                        .numeral(ratio(r.latticeDensity())).numeral(ratio(r.density())).numeral(ratio(r.transitivity()))
                        .numeral(ratio(r.closedTriadShare())).integer(r.components()).integer(r.largestComponent()).endRow();
            }
        }
    }

    /** COW codes separated by ';' so that the CSV keeps one value per cell. */
    private static String joined(List<Integer> codes) {
        return codes.isEmpty() ? NumberText.MISSING : codes.stream().map(String::valueOf).collect(Collectors.joining(";"));
    }

    private static String ratio(double v) {
        return Double.isNaN(v) ? NumberText.MISSING : Double.toString(v);
    }
}
