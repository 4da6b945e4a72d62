package io.spokes.core.domain;

import io.spokes.core.policy.ScenarioVariant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An alliance system in one year: states, treaties, rivalries, optional affinity overrides, the
 * named hub and spokes, the model parameters, the crises of interest and the amendments made by
 * policies or architectures ({@code transforms} names them in the order applied), and the prose
 * that goes with it: a description and the works it cites (kept so that a scenario written back,
 * or reported, still says where its numbers come from), and the index the capabilities are measured on
 * (CINC when a file does not say), and the variants the scenario defines (named sets of amendments,
 * policies and architectures; {@link ScenarioVariant}), whose states are checked here.
 */
public record Scenario(String name, String title, int year, List<State> states, List<Treaty> treaties,
                       List<Rivalry> rivalries, List<AffinityOverride> affinities, String hub, List<String> spokes,
                       Parameters parameters, List<Crisis> crises, List<Amendment> amendments, List<String> transforms,
                       String description, List<String> citations, CapabilityIndex capabilityIndex,
                       List<ScenarioVariant> variants) {

    /** A scenario built component by component; unset lists are empty, unset parameters the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every component of this scenario, to change a few and build a new one. */
    public Builder toBuilder() {
        return new Builder().name(name).title(title).year(year).states(states).treaties(treaties).rivalries(rivalries)
                .affinities(affinities).hub(hub).spokes(spokes).parameters(parameters).crises(crises).amendments(amendments)
                .transforms(transforms).description(description).citations(citations).capabilityIndex(capabilityIndex)
                .variants(variants);
    }

    public Scenario {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new FieldException("name", "scenario name must be letters, digits, '.', '_' or '-' (it names the output folder), got " + FieldException.quote(name));
        }
        title = title == null || title.isBlank() ? name : title;
        if (year < 1816 || year > 2100) {
            throw new FieldException("year", "year must lie between 1816 and 2100, got " + year);
        }
        states = List.copyOf(states == null ? List.of() : states);
        treaties = List.copyOf(treaties == null ? List.of() : treaties);
        rivalries = List.copyOf(rivalries == null ? List.of() : rivalries);
        affinities = List.copyOf(affinities == null ? List.of() : affinities);
        spokes = List.copyOf(spokes == null ? List.of() : spokes);
        parameters = parameters == null ? Parameters.defaults() : parameters;
        crises = List.copyOf(crises == null ? List.of() : crises);
        amendments = List.copyOf(amendments == null ? List.of() : amendments);
        transforms = List.copyOf(transforms == null ? List.of() : transforms);
        description = description == null ? "" : description.strip();
        citations = List.copyOf(citations == null ? List.of() : citations);
        capabilityIndex = capabilityIndex == null ? CapabilityIndex.CINC : capabilityIndex;
        for (int i = 0; i < citations.size(); i++) {
            if (citations.get(i) == null || citations.get(i).isBlank()) {
                throw new FieldException("citations[" + i + "]", "a citation is empty; remove it or write the reference");
            }
        }
        variants = List.copyOf(variants == null ? List.of() : variants);
        validateReferences(states, treaties, rivalries, affinities, hub, spokes, crises, amendments);
        validateVariants(states, treaties, amendments, variants);
    }

    /** Unique names; the states each variant names exist; its amendments read as the scenario's own would. */
    private static void validateVariants(List<State> states, List<Treaty> treaties, List<Amendment> amendments,
                                         List<ScenarioVariant> variants) {
        Set<String> ids = new HashSet<>(states.stream().map(State::id).toList());
        Set<String> names = new HashSet<>();
        for (int i = 0; i < variants.size(); i++) {
            ScenarioVariant v = variants.get(i);
            String where = "variants[" + i + "]";
            if (!names.add(v.name())) {
                throw new FieldException(where + ".name", "variant " + FieldException.quote(v.name()) + " is defined twice");
            }
            Set<String> treatyIds = new HashSet<>(treaties.stream().map(Treaty::id).toList());
            for (Amendment a : amendments) {
                a.addedTreaty().ifPresent(t -> treatyIds.add(t.id()));
            }
            validateAmendments(ids, treatyIds, v.amendments(), where + ".amendments");
            for (int k = 0; k < v.terms().size(); k++) {
                for (String state : v.terms().get(k).states()) {
                    requireKnown(ids, state, where + ".terms[" + k + "]", "variant " + FieldException.quote(v.name()));
                }
            }
        }
    }

    private static void validateReferences(List<State> states, List<Treaty> treaties, List<Rivalry> rivalries,
                                           List<AffinityOverride> affinities, String hub, List<String> spokes,
                                           List<Crisis> crises, List<Amendment> amendments) {
        if (states.size() < 2) {
            throw new FieldException("states", "a scenario needs at least two states");
        }
        Set<String> ids = new HashSet<>();
        Set<Integer> cow = new HashSet<>();
        for (int i = 0; i < states.size(); i++) {
            State s = states.get(i);
            if (!ids.add(s.id())) {
                throw new FieldException("states[" + i + "].id", "state " + FieldException.quote(s.id()) + " is listed twice");
            }
            if (!cow.add(s.cowCode())) {
                throw new FieldException("states[" + i + "].cow", "COW code " + s.cowCode() + " of " + FieldException.quote(s.id()) + " is used by another state");
            }
        }
        Set<String> treatyIds = new HashSet<>();
        for (int i = 0; i < treaties.size(); i++) {
            Treaty t = treaties.get(i);
            if (!treatyIds.add(t.id())) {
                throw new FieldException("treaties[" + i + "].id", "treaty id " + FieldException.quote(t.id()) + " is used twice");
            }
            for (int k = 0; k < t.members().size(); k++) {
                requireKnown(ids, t.members().get(k).state(), "treaties[" + i + "].members[" + k + "].state", "treaty " + FieldException.quote(t.id()));
            }
        }
        for (int i = 0; i < rivalries.size(); i++) {
            requireKnown(ids, rivalries.get(i).first(), "rivalries[" + i + "].states[0]", "rivalry");
            requireKnown(ids, rivalries.get(i).second(), "rivalries[" + i + "].states[1]", "rivalry");
        }
        for (int i = 0; i < affinities.size(); i++) {
            requireKnown(ids, affinities.get(i).from(), "affinities[" + i + "].from", "affinity override");
            requireKnown(ids, affinities.get(i).to(), "affinities[" + i + "].to", "affinity override");
        }
        if (hub != null) {
            requireKnown(ids, hub, "hub", "hub");
        }
        for (int i = 0; i < spokes.size(); i++) {
            requireKnown(ids, spokes.get(i), "spokes[" + i + "]", "spoke list");
            if (spokes.get(i).equals(hub)) {
                throw new FieldException("spokes[" + i + "]", "the hub " + FieldException.quote(hub) + " cannot also be its own spoke");
            }
        }
        if (!spokes.isEmpty() && hub == null) {
            throw new FieldException("hub", "spokes are named, so the hub must be named too");
        }
        for (int i = 0; i < crises.size(); i++) {
            requireKnown(ids, crises.get(i).challenger(), "crises[" + i + "].challenger", "crisis");
            requireKnown(ids, crises.get(i).target(), "crises[" + i + "].target", "crisis");
        }
        validateAmendments(ids, treatyIds, amendments, "amendments");
    }

    /** The states and treaties each amendment names exist ({@code treatyIds} gains the treaties they add). */
    private static void validateAmendments(Set<String> ids, Set<String> treatyIds, List<Amendment> amendments, String field) {
        for (int i = 0; i < amendments.size(); i++) {
            String where = field + "[" + i + "]";
            amendments.get(i).accept(new Amendment.Visitor<Void>() {
                @Override
                public Void addTreaty(Amendment.AddTreaty add) {
                    treatyIds.add(add.treaty().id());
                    for (Membership m : add.treaty().members()) {
                        requireKnown(ids, m.state(), where + ".treaty", "added treaty " + FieldException.quote(add.treaty().id()));
                    }
                    return null;
                }

                @Override
                public Void removeTie(Amendment.RemoveTie r) {
                    requireKnown(ids, r.from(), where + ".from", "amendment");
                    requireKnown(ids, r.to(), where + ".to", "amendment");
                    return null;
                }

                @Override
                public Void adjustTie(Amendment.AdjustTie adj) {
                    requireKnown(ids, adj.from(), where + ".from", "amendment");
                    requireKnown(ids, adj.to(), where + ".to", "amendment");
                    return null;
                }

                @Override
                public Void bilateralize(Amendment.Bilateralize b) {
                    if (!treatyIds.contains(b.treaty())) {
                        throw new FieldException(where + ".bilateralize", "amendment names unknown treaty " + FieldException.quote(b.treaty()));
                    }
                    return null;
                }
            });
        }
    }

    private static void requireKnown(Set<String> ids, String id, String field, String what) {
        if (!ids.contains(id)) {
            throw new FieldException(field, what + " names unknown state " + FieldException.quote(id));
        }
    }

    public Optional<State> state(String id) {
        return states.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The state with this id, or an error naming the known ids. */
    public State requireState(String id) {
        return state(id).orElseThrow(() -> new FieldException("state", "unknown state " + FieldException.quote(id) + " in scenario " + FieldException.quote(name)
                + "; known: " + String.join(", ", stateIds())));
    }

    public List<String> stateIds() {
        return states.stream().map(State::id).toList();
    }

    /** Treaties in force during the scenario year, followed by those that amendments add. */
    public List<Treaty> treatiesInForce() {
        List<Treaty> out = new ArrayList<>();
        for (Treaty t : treaties) {
            if (t.inForceIn(year)) {
                out.add(t);
            }
        }
        for (Amendment a : amendments) {
            a.addedTreaty().ifPresent(out::add);
        }
        return out;
    }

    public Scenario withStates(List<State> newStates) {
        return toBuilder().states(newStates).build();
    }

    public Scenario withState(State replacement) {
        List<State> list = new ArrayList<>(states.size());
        for (State s : states) {
            list.add(s.id().equals(replacement.id()) ? replacement : s);
        }
        return withStates(list);
    }

    public Scenario withParameters(Parameters p) {
        return toBuilder().parameters(p).build();
    }

    public Scenario withAffinities(List<AffinityOverride> newAffinities) {
        return toBuilder().affinities(newAffinities).build();
    }

    /** Appends amendments and records the transform that made them. */
    public Scenario amended(String transform, List<Amendment> added) {
        List<Amendment> a = new ArrayList<>(amendments);
        a.addAll(added);
        List<String> t = new ArrayList<>(transforms);
        t.add(transform);
        return toBuilder().amendments(a).transforms(t).build();
    }

    /** Records a transform that changed states or affinities rather than ties. */
    public Scenario recordTransform(String transform) {
        return amended(transform, List.of());
    }

    /**
     * Sets a scenario's components by name. {@link #build()} calls the canonical constructor, so
     * a built scenario is validated exactly like one constructed directly.
     */
    public static final class Builder {
        private String name;
        private String title;
        private int year;
        private List<State> states;
        private List<Treaty> treaties;
        private List<Rivalry> rivalries;
        private List<AffinityOverride> affinities;
        private String hub;
        private List<String> spokes;
        private Parameters parameters;
        private List<Crisis> crises;
        private List<Amendment> amendments;
        private List<String> transforms;
        private String description;
        private List<String> citations;
        private CapabilityIndex capabilityIndex;
        private List<ScenarioVariant> variants;

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder year(int year) {
            this.year = year;
            return this;
        }

        public Builder states(List<State> states) {
            this.states = states;
            return this;
        }

        public Builder treaties(List<Treaty> treaties) {
            this.treaties = treaties;
            return this;
        }

        public Builder rivalries(List<Rivalry> rivalries) {
            this.rivalries = rivalries;
            return this;
        }

        public Builder affinities(List<AffinityOverride> affinities) {
            this.affinities = affinities;
            return this;
        }

        public Builder hub(String hub) {
            this.hub = hub;
            return this;
        }

        public Builder spokes(List<String> spokes) {
            this.spokes = spokes;
            return this;
        }

        public Builder parameters(Parameters parameters) {
            this.parameters = parameters;
            return this;
        }

        public Builder crises(List<Crisis> crises) {
            this.crises = crises;
            return this;
        }

        public Builder amendments(List<Amendment> amendments) {
            this.amendments = amendments;
            return this;
        }

        public Builder transforms(List<String> transforms) {
            this.transforms = transforms;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder capabilityIndex(CapabilityIndex capabilityIndex) {
            this.capabilityIndex = capabilityIndex;
            return this;
        }

        public Builder citations(List<String> citations) {
            this.citations = citations;
            return this;
        }

        public Builder variants(List<ScenarioVariant> variants) {
            this.variants = variants;
            return this;
        }

        public Scenario build() {
            return new Scenario(name, title, year, states, treaties, rivalries, affinities, hub, spokes, parameters, crises,
                    amendments, transforms, description, citations, capabilityIndex, variants);
        }
    }

    /** Capabilities by state id, in scenario order. */
    public Map<String, Double> capabilities() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (State s : states) {
            m.put(s.id(), s.capability());
        }
        return m;
    }

    /** Index of each state id in {@link #states()}. */
    public Map<String, Integer> indexById() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < states.size(); i++) {
            m.put(states.get(i).id(), i);
        }
        return m;
    }

    /** The variant this scenario defines under {@code name}, or an error listing the ones it defines. */
    public ScenarioVariant variant(String name) {
        return variants.stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow(() -> new FieldException("variants",
                "unknown variant " + FieldException.quote(name) + "; " + (variants.isEmpty() ? "the scenario defines no variants"
                        : "the scenario defines " + String.join(", ", variants.stream().map(ScenarioVariant::name).toList()))));
    }

    /**
     * The crisis of interest between two states: the scenario's own (with its label) when it lists
     * that pair, else a new one. Unknown states name the field {@code challenger} or {@code target}.
     */
    public Crisis crisis(String challenger, String target) {
        for (String[] role : new String[][] {{"challenger", challenger}, {"target", target}}) {
            if (role[1] == null || state(role[1]).isEmpty()) {
                throw new FieldException(role[0], "unknown state " + FieldException.quote(role[1]) + "; the scenario has " + String.join(", ", stateIds()));
            }
        }
        if (challenger.equals(target)) {
            throw new FieldException("target", "challenger and target must be different states");
        }
        return crises.stream().filter(c -> c.challenger().equals(challenger) && c.target().equals(target))
                .findFirst().orElse(Crisis.of(challenger, target));
    }
}
