package io.spokes.data.scenario;

import io.spokes.core.domain.CapabilityIndex;
import io.spokes.core.domain.Conditions;
import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Institutions;
import io.spokes.core.domain.Location;
import io.spokes.core.domain.Membership;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Parameters;
import io.spokes.core.domain.Region;
import io.spokes.core.domain.Rivalry;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.State;
import io.spokes.core.domain.Treaty;
import io.spokes.data.atop.AtopAlliance;
import io.spokes.data.atop.AtopConditions;
import io.spokes.data.atop.AtopInstitution;
import io.spokes.data.atop.AtopAllianceReader;
import io.spokes.data.atop.AtopInstitutionReader;
import io.spokes.data.atop.AtopMember;
import io.spokes.data.atop.AtopMemberReader;
import io.spokes.data.atop.Obligations;
import io.spokes.data.codes.CountryCodes;
import io.spokes.data.cow.Capabilities;
import io.spokes.data.cow.Capability;
import io.spokes.data.cow.CapabilityReader;
import io.spokes.data.cow.CapitalReader;
import io.spokes.data.cow.DirectedDisputeYear;
import io.spokes.data.cow.DirectedDisputeYearReader;
import io.spokes.data.cow.NmcVersion;
import io.spokes.data.cow.RivalryReader;
import io.spokes.data.cow.SystemSpell;
import io.spokes.data.cow.Capital;
import io.spokes.data.cow.Capitals;
import io.spokes.data.cow.StateSystem;
import io.spokes.data.cow.StrategicRivalry;
import io.spokes.data.dyad.AllianceTies;
import io.spokes.data.source.DataFiles;
import io.spokes.data.unga.IdealPoint;
import io.spokes.data.unga.IdealPointReader;
import io.spokes.data.unga.IdealPoints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds a scenario for one year from the data: the states within {@code depth} defense-tie steps
 * of the focus (ties in either direction), the focus's strategic rivals of the year, its MID
 * opponents of the ten years up to the year and their defense allies of the year, plus or minus the
 * user's {@link StateChanges} (COW system members only; {@link StateSelection}), every ATOP alliance in effect
 * that year with at least two of them as members (each member's own obligations, from the latest
 * phase in effect, with the conditions ATOP codes on defense and offense), their institutionalization,
 * their COW NMC 7.0 capabilities (CINC or share of world military expenditure), COW capitals, UN
 * General Assembly ideal points and the strategic rivalries among them. Each value carries its
 * source; {@link #notes()} lists what was left out or borrowed from another year.
 */
public final class ScenarioFromData {
    /** MID opponents count from the dispute-years {@code year - MID_YEARS + 1} to {@code year}. */
    public static final int MID_YEARS = 10;

    /** A state without CINC in the year borrows the latest earlier value no older than this. */
    public static final int CINC_LOOKBACK = 5;

    private final StateSystem system;
    private final AllianceTies ties;
    private final List<AtopMember> members;
    private final Map<Integer, AtopAlliance> alliances = new HashMap<>();
    private final Map<Long, AtopInstitution> institutions = new HashMap<>();
    private final Capabilities nmc;
    private final List<StrategicRivalry> rivalries;
    private final CountryCodes codes;
    private final Capitals capitals;
    private final IdealPoints idealPoints;
    private final List<DirectedDisputeYear> disputes;
    private final List<String> notes = new ArrayList<>();

    public ScenarioFromData(StateSystem system, AllianceTies ties, List<AtopMember> members, List<AtopAlliance> alliances,
                            List<AtopInstitution> institutions, Capabilities nmc, List<StrategicRivalry> rivalries, CountryCodes codes,
                            Capitals capitals, IdealPoints idealPoints, List<DirectedDisputeYear> disputes) {
        this.system = system;
        this.ties = ties;
        this.members = members;
        alliances.forEach(a -> this.alliances.put(a.atopId(), a));
        institutions.forEach(i -> this.institutions.put((long) i.atopId() * 10 + i.phase(), i));
        this.nmc = nmc;
        this.rivalries = rivalries;
        this.codes = codes;
        this.capitals = capitals;
        this.idealPoints = idealPoints;
        this.disputes = disputes;
    }

    /** A builder over the files of {@code files} (the bundled data, or a --data-dir folder). */
    public static ScenarioFromData read(DataFiles files, List<SystemSpell> spells, CountryCodes codes) {
        List<AtopMember> members = AtopMemberReader.read(files);
        return new ScenarioFromData(new StateSystem(spells, AtopMember.LAST_YEAR), AllianceTies.build(members), members,
                AtopAllianceReader.alliances(files), AtopInstitutionReader.read(files),
                new Capabilities(CapabilityReader.read(files, NmcVersion.V7_0), NmcVersion.V7_0), RivalryReader.read(files), codes,
                new Capitals(CapitalReader.read(files)), new IdealPoints(IdealPointReader.read(files)),
                DirectedDisputeYearReader.cow(files));
    }

    /** What the last {@link #build} left out or borrowed, one line each, for the file's comments. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** A scenario on the share of world military expenditure, the index the bundled scenarios use (docs/model.md). */
    public Scenario build(int year, int focus, int depth) {
        return build(year, focus, depth, CapabilityIndex.MILEX);
    }

    /**
     * @param index {@link CapabilityIndex#CINC} or {@link CapabilityIndex#MILEX}; the data hold nothing for the others
     */
    public Scenario build(int year, int focus, int depth, CapabilityIndex index) {
        return build(year, focus, depth, index, StateChanges.NONE);
    }

    /**
     * @param changes states to add to or drop from the selection ({@code --states})
     */
    public Scenario build(int year, int focus, int depth, CapabilityIndex index, StateChanges changes) {
        notes.clear();
        if (index != CapabilityIndex.CINC && index != CapabilityIndex.MILEX) {
            throw new FieldException("capability", "from data, capability must be cinc or milex; the bundle has no data for "
                    + index.code() + " (docs/model.md)");
        }
        if (year < 1816 || year > AtopMember.LAST_YEAR) {
            throw new FieldException("year", "year " + year + " lies outside 1816-2018, the years ATOP 5.1 and COW both cover");
        }
        if (depth < 1) {
            throw new FieldException("depth", "depth must be at least 1 (defense-tie steps from the focus), got " + depth);
        }
        if (!system.memberIn(focus, year)) {
            throw new FieldException("focus", "state " + codes.id(focus, year) + " (COW " + focus + ") is not a member of the COW "
                    + "state system in " + year);
        }
        StateSelection selection = new StateSelection(year, focus, defenseAdjacency(year), rivalries, disputes, MID_YEARS,
                c -> system.memberIn(c, year), c -> codes.id(c, year));
        Set<Integer> reach = selection.select(depth, changes);
        notes.addAll(selection.notes());
        if (reach.size() < 2) {
            throw new FieldException("focus", codes.id(focus, year) + " has no defense tie, strategic rival or MID opponent in " + year
                    + " (ATOP 5.1, Thompson, Sakuwa & Suhas 2021, COW-MID 5.0); a scenario needs at least two states; add some with --states");
        }
        Map<Integer, String> ids = new LinkedHashMap<>();
        List<State> states = new ArrayList<>();
        List<String> noCapital = new ArrayList<>();
        List<String> noIdealPoint = new ArrayList<>();
        for (int c : reach) {
            Optional<State> s = state(c, year, ids, index);
            s.ifPresent(st -> states.add(located(st, year, noCapital, noIdealPoint)));
        }
        if (!noCapital.isEmpty()) {
            notes.add("no COW capital in " + year + " for " + String.join(", ", noCapital) + ": power is not projected in their crises");
        }
        if (!noIdealPoint.isEmpty()) {
            notes.add("no UN General Assembly ideal point in " + year + " for " + String.join(", ", noIdealPoint)
                    + (year < 1946 ? " (the votes begin in 1946)" : ""));
        }
        List<Treaty> treaties = treaties(year, ids);
        List<Rivalry> rivals = new ArrayList<>();
        for (StrategicRivalry r : rivalries) {
            if (r.activeIn(year) && ids.containsKey(r.ccode1()) && ids.containsKey(r.ccode2())) {
                rivals.add(new Rivalry(ids.get(r.ccode1()), ids.get(r.ccode2()), "Thompson, Sakuwa & Suhas 2021 strategic rivalries "
                        + "via peacesciencer tss_rivalries, tssr_id " + r.id() + " '" + r.name() + "', " + r.start() + "-" + r.end()));
            }
        }
        String focusId = ids.getOrDefault(focus, codes.id(focus, year));
        String name = "from-data-" + focusId + "-" + year;
        String title = "States within " + depth + " defense-tie step" + (depth == 1 ? "" : "s") + " of "
                + system.spellIn(focus, year).map(s -> s.name()).orElse(focusId) + ", " + year;
        String description = "Built from data by spokes scenario from-data: the COW system members within " + depth
                + " defense-tie step" + (depth == 1 ? "" : "s") + " of " + focusId + " in " + year + " (ATOP 5.1), its strategic "
                + "rivals, its MID opponents of " + (year - MID_YEARS + 1) + "-" + year + " (COW-MID 5.0) and their defense allies"
                + (changes.add().isEmpty() && changes.drop().isEmpty() ? "" : ", with the states added and dropped by --states") + ", the ATOP "
                + "alliances in effect among them with each member's own obligations, the conditions ATOP codes on them, and "
                + "the alliance's institutionalization, COW NMC 7.0 capabilities (" + index.description() + "), COW capitals, "
                + "UN General Assembly ideal points and the strategic rivalries among them. No hub, spokes or crises are set; "
                + "add them to solve crises.";
        return Scenario.builder().name(name).title(title).year(year).states(states).treaties(treaties).rivalries(rivals)
                .parameters(Parameters.defaults()).description(description).citations(citations()).capabilityIndex(index).build();
    }

    /** The works behind every number of a built scenario, each once, article of record first. */
    static List<String> citations() {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (io.spokes.data.source.Dataset d : List.of(io.spokes.data.source.Datasets.ATOP, io.spokes.data.source.Datasets.NMC_7,
                io.spokes.data.source.Datasets.STATE_SYSTEM, io.spokes.data.source.Datasets.RIVALRIES,
                io.spokes.data.source.Datasets.CAPITALS, io.spokes.data.source.Datasets.IDEAL_POINTS, io.spokes.data.source.Datasets.COW_MID)) {
            d.citations().forEach(c -> out.add(c.text()));
        }
        return List.copyOf(out);
    }

    /** The year's defense ties between COW system members, in either direction. */
    private Map<Integer, Set<Integer>> defenseAdjacency(int year) {
        Map<Integer, Set<Integer>> adjacent = new HashMap<>();
        for (int pair : ties.pairsIn(year)) {
            int a = pair / 1000;
            int b = pair % 1000;
            if ((ties.directed(a, b, year) & Obligations.DEFENSE) != 0 && system.memberIn(a, year) && system.memberIn(b, year)) {
                adjacent.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
                adjacent.computeIfAbsent(b, k -> new TreeSet<>()).add(a);
            }
        }
        return adjacent;
    }

    private Optional<State> state(int ccode, int year, Map<Integer, String> ids, CapabilityIndex index) {
        String id = codes.id(ccode, year);
        if (ids.containsValue(id)) {
            id = codes.cowAbbreviation(ccode).orElse(id);
        }
        String name = system.spellIn(ccode, year).map(s -> s.name()).orElse(id);
        Optional<double[]> capability = index == CapabilityIndex.MILEX ? milexShare(id, ccode, year) : cinc(id, ccode, year);
        if (capability.isEmpty()) {
            return Optional.empty();
        }
        ids.put(ccode, id);
        String nuclear = NuclearTests.source(ccode, year);
        return Optional.of(new State(id, ccode, name, capability.get()[0], NuclearTests.nuclearIn(ccode, year),
                capabilitySource(index, ccode, (int) capability.get()[1], year) + (nuclear.isEmpty() ? "" : "; nuclear: " + nuclear)));
    }

    /** The CINC of the year, else of the latest earlier year within {@link #CINC_LOOKBACK}: {value, year}. */
    private Optional<double[]> cinc(String id, int ccode, int year) {
        for (int y = year; y >= Math.max(1816, year - CINC_LOOKBACK); y--) {
            Optional<Capability> cap = nmc.get(ccode, y);
            if (cap.isPresent() && cap.get().cinc().isPresent() && cap.get().cinc().getAsDouble() > 0) {
                if (y != year) {
                    notes.add(id + ": no positive CINC in " + year + "; used " + y + " (the latest earlier year)");
                }
                return Optional.of(new double[] {cap.get().cinc().getAsDouble(), y});
            }
        }
        notes.add(id + " (COW " + ccode + "): left out, no positive CINC in " + (year - CINC_LOOKBACK) + "-" + year);
        return Optional.empty();
    }

    /**
     * The state's share of world military expenditure: its NMC milex over the sum of milex of every
     * state reporting it that year. When the state reports none that year, its share in the latest
     * earlier year that has one (North Korea's last is 2001). A reported 0 (no armed forces) cannot be
     * a capability, so such a state is left out. {value, year}.
     */
    private Optional<double[]> milexShare(String id, int ccode, int year) {
        for (int y = year; y >= Math.max(1816, nmc.firstYear()); y--) {
            Optional<Capability> cap = nmc.get(ccode, y);
            if (cap.isEmpty() || cap.get().milex().isEmpty()) {
                continue;
            }
            double milex = cap.get().milex().getAsDouble();
            if (!(milex > 0)) {
                notes.add(id + " (COW " + ccode + "): left out, NMC milex is 0 in " + y + (y == year ? "" : ", the latest year up to " + year
                        + " with a milex") + " (no military expenditure; a capability must be positive; --capability cinc or a "
                        + "hand-coded capability can bring it in)");
                return Optional.empty();
            }
            if (y != year) {
                notes.add(id + ": no NMC milex in " + year + "; used its share of " + y + " (the latest earlier year with one)");
            }
            return Optional.of(new double[] {milex / nmc.milexTotal(y), y});
        }
        notes.add(id + " (COW " + ccode + "): left out, no NMC milex in or before " + year);
        return Optional.empty();
    }

    private String capabilitySource(CapabilityIndex index, int ccode, int used, int year) {
        if (index == CapabilityIndex.CINC) {
            return "COW NMC 7.0 cinc " + used + " (nmc_v7_0_peacesciencer.csv, ccode " + ccode + ")";
        }
        long milex = Math.round(nmc.get(ccode, used).orElseThrow().milex().getAsDouble());
        return "capability = share of world military expenditure, COW NMC 7.0 milex " + used + ": " + milex + " / "
                + Math.round(nmc.milexTotal(used)) + " (sum over the " + nmc.milexReporting(used) + " states reporting milex in " + used
                + "; nmc_v7_0_peacesciencer.csv, ccode " + ccode + ")" + (used == year ? "" : "; no milex in " + year + ", so the share of " + used);
    }

    /** The state with its capital and ideal point of the year, each cited in its source; what is missing is collected. */
    private State located(State s, int year, List<String> noCapital, List<String> noIdealPoint) {
        StringBuilder source = new StringBuilder(s.source());
        Optional<Capital> capital = capitals.in(s.cowCode(), year);
        Location at = null;
        if (capital.isPresent()) {
            Capital c = capital.get();
            at = new Location(c.lat(), c.lon());
            source.append("; capital: ").append(c.capital()).append(", COW capitals (cow_capitals_peacesciencer.csv line ")
                    .append(c.line()).append(", ").append(c.start()).append(" to ").append(c.end()).append(')');
        } else {
            noCapital.add(s.id());
        }
        double ideal = Double.NaN;
        Optional<IdealPoint> point = idealPoints.get(s.cowCode(), year);
        if (point.isPresent() && point.get().value().isPresent()) {
            ideal = point.get().value().getAsDouble();
            source.append("; ideal point: BSV ").append(point.get().provenance()).append(" (unga_ideal_points_bsv.csv line ")
                    .append(point.get().line()).append(')');
        } else {
            noIdealPoint.add(s.id());
        }
        return new State(s.id(), s.cowCode(), s.name(), s.capability(), s.nuclear(), source.toString(), at, ideal);
    }

    private List<Treaty> treaties(int year, Map<Integer, String> ids) {
        // atopid -> member -> the latest phase's row of that member in effect in the year
        Map<Integer, Map<Integer, AtopMember>> inForce = new TreeMap<>();
        // every member in effect, also those outside the scenario: a location or adversary condition covers the whole treaty
        Map<Integer, Set<Integer>> allMembers = new HashMap<>();
        for (AtopMember m : members) {
            if (m.inEffectIn(year)) {
                allMembers.computeIfAbsent(m.atopId(), k -> new TreeSet<>()).add(m.member());
                if (ids.containsKey(m.member())) {
                    inForce.computeIfAbsent(m.atopId(), k -> new LinkedHashMap<>())
                            .merge(m.member(), m, (old, now) -> now.phase() > old.phase() ? now : old);
                }
            }
        }
        Map<Integer, Set<Integer>> rivals = rivalsIn(year);
        List<Treaty> out = new ArrayList<>();
        for (Map.Entry<Integer, Map<Integer, AtopMember>> e : inForce.entrySet()) {
            if (e.getValue().size() < 2) {
                continue;
            }
            TreatyConditions conditions = new TreatyConditions(year, allMembers.get(e.getKey()), rivals, c -> ids.getOrDefault(c, codes.id(c, year)));
            out.add(treaty(e.getKey(), new ArrayList<>(e.getValue().values()), year, ids, conditions));
        }
        return out;
    }

    /** Ongoing strategic rivals of every state in the year, both ways. */
    private Map<Integer, Set<Integer>> rivalsIn(int year) {
        Map<Integer, Set<Integer>> out = new HashMap<>();
        for (StrategicRivalry r : rivalries) {
            if (r.activeIn(year)) {
                out.computeIfAbsent(r.ccode1(), k -> new TreeSet<>()).add(r.ccode2());
                out.computeIfAbsent(r.ccode2(), k -> new TreeSet<>()).add(r.ccode1());
            }
        }
        return out;
    }

    private Treaty treaty(int atopId, List<AtopMember> rows, int year, Map<Integer, String> ids, TreatyConditions conditions) {
        List<Membership> memberships = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        boolean intcom = false;
        boolean bases = false;
        boolean consultationBody = false;
        int phase = 0;
        for (AtopMember m : rows) {
            Set<Obligation> owed = obligations(m.obligations());
            Map<Obligation, Conditions> when = new EnumMap<>(Obligation.class);
            conditionOf(owed, Obligation.DEFENSE, m.conditions().defense(), m, conditions).ifPresent(c -> when.put(Obligation.DEFENSE, c));
            conditionOf(owed, Obligation.OFFENSE, m.conditions().offense(), m, conditions).ifPresent(c -> when.put(Obligation.OFFENSE, c));
            memberships.add(new Membership(ids.get(m.member()), owed, when));
            lines.append(lines.length() == 0 ? "" : ", ").append(m.line()).append(" (").append(ids.get(m.member())).append(')');
            intcom |= m.integratedCommand();
            bases |= m.base() > 0;
            consultationBody |= m.organ1() > 0 && coordinating(m.orgPurpose1()) || m.organ2() > 0 && coordinating(m.orgPurpose2());
            phase = Math.max(phase, m.phase());
        }
        AtopAlliance alliance = alliances.get(atopId);
        LocalDate signed = alliance == null ? rows.get(0).entry().earliest() : alliance.begin().earliest();
        LocalDate ended = alliance == null || alliance.end() == null || alliance.end().year() < year ? null : alliance.end().latest();
        AtopInstitution inst = institutions.get((long) atopId * 10 + phase);
        Integer milinst = inst != null && inst.milinst().isPresent() ? inst.milinst().getAsInt() : null;
        String members = String.join("-", memberships.stream().map(Membership::state).toList());
        String source = "ATOP 5.1 atopid " + atopId + " phase " + phase + "; atop5_1m.csv lines " + lines
                + "; begin " + signed + (alliance == null ? "" : " (atop5_1a.csv line " + alliance.line() + ")")
                + "; intcom=" + (intcom ? 1 : 0) + ", base>0=" + bases + ", coordinating organization=" + consultationBody
                + "; milinst " + (milinst == null ? "missing" : milinst) + " (atopinst5_1.csv)";
        return Treaty.builder().id("ATOP-" + atopId).name("ATOP alliance " + atopId + " (" + members + ")").members(memberships)
                .institutions(new Institutions(intcom, bases, false, false)).consultationMechanism(consultationBody)
                .milinst(milinst).atopId(atopId).signed(signed).ended(ended).source(source).build();
    }

    /** The conditions of an owed obligation that ATOP codes as conditional; a condition that maps to nothing is noted. */
    private Optional<Conditions> conditionOf(Set<Obligation> owed, Obligation o, AtopConditions.Codes atop, AtopMember m,
                                             TreatyConditions treaty) {
        if (!owed.contains(o) || !atop.any()) {
            return Optional.empty();
        }
        Conditions c = treaty.of(m, atop);
        if (atop.adversary() && c.adversaries().isEmpty()) {
            notes.add("ATOP " + m.atopId() + " " + treaty.id(m.member()) + " " + o.code() + ": " + atop.prefix()
                    + "coadv=1 but the protected members have no ongoing strategic rival in " + treaty.year() + "; no adversary condition");
        }
        return c.any() ? Optional.of(c) : Optional.empty();
    }

    /** Organizations for military coordination (1), political consultation (3) or several purposes (4). */
    private static boolean coordinating(int purpose) {
        return purpose == 1 || purpose == 3 || purpose == 4;
    }

    private static Set<Obligation> obligations(Obligations o) {
        EnumSet<Obligation> out = EnumSet.noneOf(Obligation.class);
        if (o.defense()) {
            out.add(Obligation.DEFENSE);
        }
        if (o.offense()) {
            out.add(Obligation.OFFENSE);
        }
        if (o.neutrality()) {
            out.add(Obligation.NEUTRALITY);
        }
        if (o.nonaggression()) {
            out.add(Obligation.NONAGGRESSION);
        }
        if (o.consultation()) {
            out.add(Obligation.CONSULTATION);
        }
        if (out.isEmpty()) {
            out.add(Obligation.NONE);
        }
        return out;
    }

}
