package io.spokes.web.history;

import io.spokes.data.atop.AtopMemberReader;
import io.spokes.data.codes.CountryCodes;
import io.spokes.data.cow.Capabilities;
import io.spokes.data.cow.Capability;
import io.spokes.data.cow.CapabilityReader;
import io.spokes.data.cow.GwStatesReader;
import io.spokes.data.cow.MajorPowerReader;
import io.spokes.data.cow.NmcVersion;
import io.spokes.data.cow.StateSystem;
import io.spokes.data.cow.StateSystemReader;
import io.spokes.data.cow.SystemSpell;
import io.spokes.data.dyad.AllianceTies;
import io.spokes.data.network.AllianceGraph;
import io.spokes.data.network.MajorPowers;
import io.spokes.data.network.NetworkMeasures;
import io.spokes.data.network.NetworkYear;
import io.spokes.data.network.Region;
import io.spokes.data.network.TieKind;
import io.spokes.data.source.DataFiles;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;

/**
 * The real alliance networks of 1816–2018 from the data layer: ATOP 5.1 defense ties among COW
 * system members, per region and year, with their measures, built as {@code spokes data network}
 * builds them. The data files are read once; each region's series is measured once.
 */
public final class AllianceHistory {
    public static final int FIRST_YEAR = 1816;
    public static final int LAST_YEAR = 2018;

    /** One year's network: its graph of COW codes and its measures. */
    public record Year(Region region, int year, Graph<Integer, DefaultEdge> graph, NetworkYear measures) {
    }

    private final StateSystem system;
    private final AllianceTies ties;
    private final MajorPowers majors;
    private final CountryCodes codes;
    private final Capabilities capabilities;
    private final Map<Region, List<NetworkYear>> series = new ConcurrentHashMap<>();

    private AllianceHistory(StateSystem system, AllianceTies ties, MajorPowers majors, CountryCodes codes, Capabilities capabilities) {
        this.system = system;
        this.ties = ties;
        this.majors = majors;
        this.codes = codes;
        this.capabilities = capabilities;
    }

    /** Reads the bundled data files (ATOP members, COW state system, major powers, NMC 7.0). */
    public static AllianceHistory load() {
        DataFiles files = DataFiles.bundled();
        List<SystemSpell> spells = StateSystemReader.read(files);
        return new AllianceHistory(new StateSystem(spells, LAST_YEAR), AllianceTies.build(AtopMemberReader.read(files)),
                new MajorPowers(MajorPowerReader.read(files)), new CountryCodes(spells, GwStatesReader.read(files), CountryCodes.isoTable()),
                new Capabilities(CapabilityReader.read(files, NmcVersion.V7_0), NmcVersion.V7_0));
    }

    /** The defense network of a region in a year, with the region's states and the year's major powers admitted. */
    public Year year(Region region, int year) {
        IntPredicate admitted = c -> region.contains(c) || majors.majorIn(c, year);
        Graph<Integer, DefaultEdge> g = AllianceGraph.of(ties, system, year, region::contains, admitted, TieKind.DEFENSE);
        int focusStates = (int) system.membersIn(year).stream().filter(region::contains).count();
        return new Year(region, year, g, NetworkMeasures.measure(region.code(), year, focusStates, g));
    }

    /** Every year's measures for a region, 1816–2018. */
    public List<NetworkYear> series(Region region) {
        return series.computeIfAbsent(region, r -> {
            List<NetworkYear> out = new ArrayList<>();
            for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                out.add(year(r, y).measures());
            }
            return List.copyOf(out);
        });
    }

    /** A state's three-letter id in a year (ISO, else COW abbreviation). */
    public String id(int ccode, int year) {
        return codes.id(ccode, year);
    }

    public String name(int ccode) {
        return codes.cowName(ccode).orElse("COW " + ccode);
    }

    /** The state's CINC score in the year, if NMC 7.0 has one. */
    public OptionalDouble capability(int ccode, int year) {
        Optional<Capability> c = capabilities.get(ccode, year);
        return c.isPresent() ? c.get().cinc() : OptionalDouble.empty();
    }

    public boolean major(int ccode, int year) {
        return majors.majorIn(ccode, year);
    }
}
