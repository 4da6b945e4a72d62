package io.spokes.io.scenario;

import io.spokes.core.domain.AffinityOverride;
import io.spokes.core.domain.Amendment;
import io.spokes.core.domain.CapabilityIndex;
import io.spokes.core.domain.Conditions;
import io.spokes.core.domain.Crisis;
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
import io.spokes.core.policy.ScenarioVariant;
import io.spokes.core.policy.VariantSpec;
import io.spokes.core.policy.VariantTerm;
import io.spokes.io.InputException;
import io.spokes.io.located.InputText;
import io.spokes.io.located.LocatedDocument;
import io.spokes.io.located.LocatedNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads a scenario from YAML or JSON (format: docs/scenario-format.md, schema:
 * docs/scenario.schema.json). Every problem becomes an {@link InputException} naming the file,
 * line, column and field.
 */
public final class ScenarioReader {
    private static final Set<String> TOP = Set.of("name", "title", "year", "description", "citations", "parameters",
            "states", "treaties", "rivalries", "affinities", "hub", "spokes", "crises", "amendments", "capability_index",
            "variants");
    private static final Set<String> STATE = Set.of("id", "cow", "name", "capability", "nuclear", "source", "capital",
            "ideal_point");
    private static final Set<String> POINT = Set.of("lat", "lon");
    private static final Set<String> THEATER = Set.of("lat", "lon", "note");
    private static final Set<String> TREATY = Set.of("id", "name", "atopid", "signed", "ended", "members",
            "integrated_command", "bases_troops", "intelligence_sharing", "nuclear_umbrella", "consultation_mechanism",
            "milinst", "iota", "source");
    private static final Set<String> MEMBER = Set.of("state", "obligations", "conditions", "owes");
    private static final Set<String> CONDITIONS = Set.of("regions", "places", "adversaries", "non_provocation",
            "min_adversaries", "on_request", "conflicts", "conflict_specific", "note");
    private static final Set<String> RIVALRY = Set.of("states", "source");
    private static final Set<String> AFFINITY = Set.of("from", "to", "value", "source");
    private static final Set<String> CRISIS = Set.of("challenger", "target", "label", "region", "theater");
    private static final Set<String> AMENDMENT = Set.of("add_treaty", "remove_tie", "adjust_tie", "bilateralize", "reason");
    private static final Set<String> VARIANT = Set.of("name", "description", "citations", "amendments", "terms");
    private static final Set<String> TIE = Set.of("from", "to", "iota_delta", "obligation", "pledge");

    /**
     * Capabilities in a file are shares (docs/model.md §2, "Scales"): CINC scores and expenditure
     * shares lie in (0, 1]. The lower bound is the domain's ({@code State}); the upper one is the
     * file's, since a policy may grow a capability past 1 (independence, {@code c *= 1 + g}).
     */
    static final double MAX_CAPABILITY = 1.0;

    private ScenarioReader() {
    }

    /** Reads a file; JSON when its name ends in {@code .json}, YAML otherwise. */
    public static Scenario read(Path path) {
        String name = path.toString();
        return read(name, InputText.read(path, "scenario"), name.toLowerCase(Locale.ROOT).endsWith(".json"));
    }

    /** Reads scenario text; {@code file} is the name used in error messages. */
    public static Scenario read(String file, String text, boolean json) {
        LocatedDocument tree = LocatedDocument.parse(file, text, json, "a scenario needs at least name, year and states");
        LocatedNode root = tree.root().object(TOP, "the scenario");
        try {
            return scenario(root);
        } catch (FieldException e) {
            throw tree.error(e.field(), e.getMessage());
        }
    }

    private static Scenario scenario(LocatedNode root) {
        String name = root.require("name", "the scenario").text();
        String title = root.textOr("title", name);
        int year = root.require("year", "the scenario").integer();
        Parameters parameters = root.has("parameters") ? parameters(root.get("parameters")) : Parameters.defaults();
        List<State> states = new ArrayList<>();
        for (LocatedNode n : root.require("states", "the scenario").list("states")) {
            states.add(build(n, () -> state(n)));
        }
        List<Treaty> treaties = new ArrayList<>();
        for (LocatedNode n : root.get("treaties").list("treaties")) {
            treaties.add(build(n, () -> treaty(n)));
        }
        List<Rivalry> rivalries = new ArrayList<>();
        for (LocatedNode n : root.get("rivalries").list("rivalries")) {
            rivalries.add(build(n, () -> rivalry(n)));
        }
        List<AffinityOverride> affinities = new ArrayList<>();
        for (LocatedNode n : root.get("affinities").list("affinities")) {
            n.object(AFFINITY, "an affinity override");
            affinities.add(build(n, () -> new AffinityOverride(n.require("from", "an affinity").text(),
                    n.require("to", "an affinity").text(), n.require("value", "an affinity").number(), n.textOr("source", ""))));
        }
        String hub = root.has("hub") ? root.get("hub").text() : null;
        List<String> spokes = new ArrayList<>();
        for (LocatedNode n : root.get("spokes").set("spokes")) {
            spokes.add(n.text());
        }
        List<Crisis> crises = new ArrayList<>();
        for (LocatedNode n : root.get("crises").list("crises")) {
            crises.add(crisis(n));
        }
        List<Amendment> amendments = new ArrayList<>();
        for (LocatedNode n : root.get("amendments").list("amendments")) {
            amendments.add(build(n, () -> amendment(n, "scenario file")));
        }
        List<String> citations = citations(root);
        List<ScenarioVariant> variants = new ArrayList<>();
        for (LocatedNode n : root.get("variants").list("variants")) {
            variants.add(variant(n));
        }
        String description = root.has("description") ? root.get("description").text() : "";
        CapabilityIndex index = root.has("capability_index")
                ? build(root, () -> CapabilityIndex.parse(root.get("capability_index").text())) : CapabilityIndex.CINC;
        return Scenario.builder().name(name).title(title).year(year).states(states).treaties(treaties).rivalries(rivalries)
                .affinities(affinities).hub(hub).spokes(spokes).parameters(parameters).crises(crises).amendments(amendments)
                .description(description).citations(citations).capabilityIndex(index).variants(variants).build();
    }

    private static List<String> citations(LocatedNode parent) {
        List<String> citations = new ArrayList<>();
        for (LocatedNode n : parent.get("citations").list("citations")) {
            String c = n.text();
            if (c.isBlank()) {
                throw n.error("a citation is empty; remove it or write the reference");
            }
            citations.add(c);
        }
        return citations;
    }

    /** A named variant; its amendments' reason defaults to its name, its terms are read by {@link VariantSpec}. */
    private static ScenarioVariant variant(LocatedNode n) {
        n.object(VARIANT, "a variant");
        String name = n.require("name", "a variant").text();
        List<Amendment> amendments = new ArrayList<>();
        for (LocatedNode a : n.get("amendments").list("amendments")) {
            amendments.add(build(a, () -> amendment(a, name)));
        }
        List<VariantTerm> terms = new ArrayList<>();
        for (LocatedNode t : n.get("terms").list("terms")) {
            String text = t.text();
            try {
                VariantSpec spec = VariantSpec.parse(text);
                if (spec.isBaseline()) {
                    throw t.error("baseline is the scenario as given and changes nothing; leave it out of a variant's terms");
                }
                terms.addAll(spec.terms());
            } catch (FieldException e) {
                throw t.error(e.getMessage());
            }
        }
        String description = n.has("description") ? n.get("description").text() : "";
        List<String> citations = citations(n);
        return build(n, () -> new ScenarioVariant(name, description, citations, amendments, terms));
    }

    /** Builds a record, turning its validation error into one located at the record's field. */
    private static <T> T build(LocatedNode at, Supplier<T> builder) {
        try {
            return builder.get();
        } catch (FieldException e) {
            throw at.error(e.field(), e.getMessage());
        }
    }

    private static Parameters parameters(LocatedNode node) {
        Parameters p = Parameters.defaults();
        for (String symbol : node.object(allParameterNames(), "parameters").fieldNames()) {
            LocatedNode v = node.get(symbol);
            try {
                p = p.with(symbol, Parameters.COORDINATION.equals(symbol) ? v.text() : Double.toString(v.number()));
            } catch (FieldException e) {
                throw v.error(e.getMessage());
            }
        }
        return p;
    }

    private static Set<String> allParameterNames() {
        Set<String> names = new java.util.HashSet<>();
        for (io.spokes.core.domain.Parameter p : io.spokes.core.domain.Parameter.values()) {
            names.add(p.symbol());
        }
        names.add(Parameters.COORDINATION);
        return names;
    }

    private static State state(LocatedNode n) {
        n.object(STATE, "a state");
        LocatedNode capability = n.require("capability", "a state");
        if (capability.number() > MAX_CAPABILITY) {
            throw capability.error("capability is a share of the system's capabilities (such as a CINC score) and must lie in "
                    + "(0, 1], got " + capability.number());
        }
        Location capital = n.has("capital") ? location(n.get("capital"), POINT, "a capital") : null;
        // No ideal point is NaN (unknown); a written one must be finite, which number() checks.
        double idealPoint = n.has("ideal_point") ? n.get("ideal_point").number() : Double.NaN;
        return new State(n.require("id", "a state").text(), n.require("cow", "a state").integer(),
                n.require("name", "a state").text(), capability.number(), n.boolOr("nuclear", false), n.textOr("source", ""),
                capital, idealPoint);
    }

    /** A point {lat, lon} in decimal degrees; {@code allowed} may add keys read elsewhere (a theater's note). */
    private static Location location(LocatedNode n, Set<String> allowed, String what) {
        n.object(allowed, what);
        double lat = n.require("lat", what).number();
        double lon = n.require("lon", what).number();
        return build(n, () -> new Location(lat, lon));
    }

    private static Crisis crisis(LocatedNode n) {
        n.object(CRISIS, "a crisis");
        Region region = n.has("region") ? build(n, () -> Region.parse(n.get("region").text())) : null;
        LocatedNode t = n.get("theater");
        Location theater = n.has("theater") ? location(t, THEATER, "a theater") : null;
        String note = n.has("theater") ? t.textOr("note", "") : "";
        return build(n, () -> new Crisis(n.require("challenger", "a crisis").text(), n.require("target", "a crisis").text(),
                n.textOr("label", null), region, theater, note));
    }

    private static Treaty treaty(LocatedNode n) {
        n.object(TREATY, "a treaty");
        List<Membership> members = new ArrayList<>();
        List<LocatedNode> memberNodes = n.require("members", "a treaty").list("members");
        Set<String> memberIds = new LinkedHashSet<>();
        for (LocatedNode m : memberNodes) {
            if (m.isObject() && m.has("state")) {
                memberIds.add(m.get("state").text());
            }
        }
        for (LocatedNode m : memberNodes) {
            m.object(MEMBER, "a treaty member");
            EnumSet<Obligation> obligations = EnumSet.noneOf(Obligation.class);
            for (LocatedNode o : m.require("obligations", "a treaty member").set("obligations")) {
                Obligation parsed;
                try {
                    parsed = Obligation.parse(o.text());
                } catch (FieldException e) {
                    throw o.error(e.getMessage());
                }
                if (!obligations.add(parsed)) { // an alias of an earlier item ("neutral", "neutrality")
                    throw o.error("obligation '" + parsed.code() + "' is listed twice in obligations; list each once");
                }
            }
            Map<Obligation, Conditions> conditions = m.has("conditions") ? conditions(m.get("conditions"), obligations)
                    : Map.of();
            String state = m.require("state", "a treaty member").text();
            Map<Obligation, Set<String>> owes = m.has("owes") ? owes(m.get("owes"), obligations, state, memberIds) : Map.of();
            members.add(build(m, () -> new Membership(state, obligations, conditions, owes)));
        }
        Institutions inst = new Institutions(n.boolOr("integrated_command", false), n.boolOr("bases_troops", false),
                n.boolOr("intelligence_sharing", false), n.boolOr("nuclear_umbrella", false));
        return Treaty.builder().id(n.require("id", "a treaty").text()).name(n.require("name", "a treaty").text())
                .members(members).institutions(inst)
                .consultationMechanism(n.boolOr("consultation_mechanism", false))
                .milinst(n.has("milinst") ? n.get("milinst").integer() : null)
                .iotaOverride(n.has("iota") ? n.get("iota").number() : null)
                .atopId(n.has("atopid") ? n.get("atopid").integer() : null)
                .signed(n.require("signed", "a treaty").date())
                .ended(n.has("ended") ? n.get("ended").date() : null)
                .source(n.textOr("source", null))
                .build();
    }

    /** {@code conditions:} keyed by obligation; each must be owed and must set at least one condition. */
    private static Map<Obligation, Conditions> conditions(LocatedNode n, Set<Obligation> owed) {
        if (!n.isObject()) {
            n.object(Set.of(), "conditions"); // the "must be a mapping" error, with null explained
        }
        Map<Obligation, Conditions> out = new EnumMap<>(Obligation.class);
        for (String key : n.fieldNames()) {
            LocatedNode c = n.get(key);
            Obligation o;
            try {
                o = Obligation.parse(key);
            } catch (FieldException e) {
                throw c.error("conditions are keyed by obligation: " + e.getMessage());
            }
            if (!owed.contains(o)) {
                throw c.error("conditions on '" + o.code() + "', which the member does not owe; owed: "
                        + String.join(", ", owed.stream().map(Obligation::code).toList()));
            }
            if (out.containsKey(o)) { // an alias of an earlier key ("neutral", "neutrality")
                throw c.error("conditions on '" + o.code() + "' are given twice; give them once");
            }
            Conditions parsed = conditionsOf(c);
            if (!parsed.any()) {
                throw c.error("conditions on '" + o.code() + "' set no condition; add one (regions, places, adversaries, "
                        + "non_provocation, min_adversaries, on_request, conflicts or conflict_specific) or leave the obligation out "
                        + "of conditions");
            }
            out.put(o, parsed);
        }
        return out;
    }

    /**
     * {@code owes:} keyed by obligation, each a list of the other members it is owed to (a one-sided or
     * multilateral pledge); every error points at the key or the addressee it is about.
     */
    private static Map<Obligation, Set<String>> owes(LocatedNode n, Set<Obligation> owed, String state, Set<String> memberIds) {
        if (!n.isObject()) {
            n.object(Set.of(), "owes"); // the "must be a mapping" error, with null explained
        }
        Map<Obligation, Set<String>> out = new EnumMap<>(Obligation.class);
        for (String key : n.fieldNames()) {
            LocatedNode list = n.get(key);
            Obligation o;
            try {
                o = Obligation.parse(key);
            } catch (FieldException e) {
                throw list.error("owes is keyed by obligation: " + e.getMessage());
            }
            if (o == Obligation.NONE || !owed.contains(o)) {
                throw list.error("owes '" + o.code() + "' to named members, but the member does not owe it; owed: "
                        + String.join(", ", owed.stream().map(Obligation::code).toList()));
            }
            if (out.containsKey(o)) { // an alias of an earlier key ("neutral", "neutrality")
                throw list.error("the addressees of '" + o.code() + "' are given twice; give them once");
            }
            Set<String> to = new LinkedHashSet<>();
            for (LocatedNode id : list.set("owes." + o.code())) {
                if (id.text().equals(state)) {
                    throw id.error(state + " cannot owe '" + o.code() + "' to itself; name other members of the treaty");
                }
                if (!memberIds.contains(id.text())) {
                    throw id.error(FieldException.quote(id.text()) + " is not a member of this treaty; " + state + " can owe '" + o.code()
                            + "' only to its members: " + String.join(", ", memberIds));
                }
                to.add(id.text());
            }
            out.put(o, to);
        }
        return out;
    }

    private static Conditions conditionsOf(LocatedNode c) {
        c.object(CONDITIONS, "the conditions of an obligation");
        Set<Region> regions = EnumSet.noneOf(Region.class);
        for (LocatedNode r : c.get("regions").set("regions")) {
            Region parsed;
            try {
                parsed = Region.parse(r.text());
            } catch (FieldException e) {
                throw r.error(e.getMessage());
            }
            if (!regions.add(parsed)) {
                throw r.error("region '" + parsed.code() + "' is listed twice in regions; list each once");
            }
        }
        Set<String> places = stateIds(c.get("places"), "places");
        Set<String> adversaries = stateIds(c.get("adversaries"), "adversaries");
        Set<String> conflicts = new LinkedHashSet<>();
        for (LocatedNode l : c.get("conflicts").set("conflicts")) {
            if (l.text().isBlank()) {
                throw l.error("a conflict label is empty; write the crisis label the obligation is limited to");
            }
            conflicts.add(l.text());
        }
        int minAdversaries = c.has("min_adversaries") ? c.get("min_adversaries").integer(0, 1000, "min_adversaries") : 0;
        return build(c, () -> new Conditions(regions, places, adversaries, c.boolOr("non_provocation", false), minAdversaries,
                c.boolOr("on_request", false), conflicts, c.boolOr("conflict_specific", false), c.textOr("note", "")));
    }

    /**
     * State ids of a condition. They are checked for form only: an adversary or place may lie outside
     * the scenario (a treaty's named adversary need not be modelled); such an id never matches a crisis.
     */
    private static Set<String> stateIds(LocatedNode list, String what) {
        Set<String> out = new LinkedHashSet<>();
        for (LocatedNode id : list.set(what)) {
            if (!id.text().matches("[A-Z]{3}")) {
                throw id.error(what + " are state ids (ISO 3166-1 alpha-3, three capital letters), got "
                        + FieldException.quote(id.text()));
            }
            out.add(id.text());
        }
        return out;
    }

    private static Rivalry rivalry(LocatedNode n) {
        n.object(RIVALRY, "a rivalry");
        List<LocatedNode> pair = n.require("states", "a rivalry").list("states");
        if (pair.size() != 2) {
            throw n.error("states", "a rivalry names exactly two states, got " + pair.size());
        }
        return new Rivalry(pair.get(0).text(), pair.get(1).text(), n.textOr("source", null));
    }

    private static Amendment amendment(LocatedNode n, String defaultReason) {
        n.object(AMENDMENT, "an amendment");
        String reason = n.textOr("reason", defaultReason);
        int kinds = (n.has("add_treaty") ? 1 : 0) + (n.has("remove_tie") ? 1 : 0) + (n.has("adjust_tie") ? 1 : 0)
                + (n.has("bilateralize") ? 1 : 0);
        if (kinds != 1) {
            throw n.error("an amendment has exactly one of add_treaty, remove_tie, adjust_tie or bilateralize");
        }
        if (n.has("bilateralize")) {
            return build(n, () -> new Amendment.Bilateralize(n.get("bilateralize").text(), reason));
        }
        if (n.has("add_treaty")) {
            LocatedNode t = n.get("add_treaty");
            return new Amendment.AddTreaty(build(t, () -> treaty(t)), reason);
        }
        LocatedNode t = n.has("remove_tie") ? n.get("remove_tie") : n.get("adjust_tie");
        t.object(TIE, "a tie amendment");
        String from = t.require("from", "a tie amendment").text();
        String to = t.require("to", "a tie amendment").text();
        if (n.has("remove_tie")) {
            return build(t, () -> new Amendment.RemoveTie(from, to, reason));
        }
        Obligation o;
        try {
            o = t.has("obligation") ? Obligation.parse(t.get("obligation").text()) : null;
        } catch (FieldException e) {
            throw t.error("obligation", e.getMessage());
        }
        double delta = t.has("iota_delta") ? t.get("iota_delta").number() : 0.0;
        double pledge = t.has("pledge") ? t.get("pledge").number() : 1.0;
        return build(t, () -> new Amendment.AdjustTie(from, to, delta, o, pledge, reason));
    }
}
