package io.spokes.core.policy;

import io.spokes.core.domain.AffinityOverride;
import io.spokes.core.domain.Amendment;
import io.spokes.core.domain.Institutions;
import io.spokes.core.domain.Membership;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.Treaty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An architecture for a whole hub system (docs/model.md §5.13, assumption A14), and the catalogue of
 * them. Every architecture starts from the hub-spoke baseline, in which the spokes have no ties
 * among themselves; each constant then adds its own ties in {@link #build}, so the compiler
 * guarantees every architecture has one.
 */
public enum Architecture implements ScenarioTransform, VariantTerm {
    /** Bilateral hub ties only. */
    HUB_SPOKE("hub-spoke") {
        @Override
        public String description(String hub) {
            return "bilateral ties between " + hub + " and each spoke only; ties among the spokes removed";
        }

        @Override
        Scenario build(Scenario scenario, HubSystem system, List<Amendment> amendments, LocalDate start, String source) {
            return scenario.amended(label(), amendments);
        }
    },
    /** Hub ties plus consultation among all spokes. */
    LATTICE("lattice") {
        @Override
        public String description(String hub) {
            return "the hub's ties plus consultation among all the spokes";
        }

        @Override
        Scenario build(Scenario scenario, HubSystem system, List<Amendment> amendments, LocalDate start, String source) {
            List<String> spokes = system.spokes();
            String hub = system.hub();
            if (spokes.size() >= 2) {
                amendments.add(new Amendment.AddTreaty(Treaty.builder().id("lattice-" + hub).name("Consultation among the spokes of " + hub)
                        .members(members(spokes, Obligation.CONSULTATION)).institutions(Institutions.NONE)
                        .signed(start).source(source).build(), label()));
            }
            return scenario.amended(label(), amendments);
        }
    },
    /** One multilateral defense treaty with integrated command among hub and spokes. */
    COLLECTIVE("collective") {
        @Override
        public String description(String hub) {
            return "one multilateral defense treaty with an integrated command among the hub and its spokes "
                    + "(institutionalization raised on every pair)";
        }

        @Override
        Scenario build(Scenario scenario, HubSystem system, List<Amendment> amendments, LocalDate start, String source) {
            String hub = system.hub();
            List<String> all = new ArrayList<>();
            all.add(hub);
            all.addAll(system.spokes());
            // Integrated command is represented by the iota step below, so the treaty's own iota is 0 (counted once).
            amendments.add(new Amendment.AddTreaty(Treaty.builder().id("collective-" + hub).name("Collective defense of " + hub + " and its spokes")
                    .members(members(all, Obligation.DEFENSE)).institutions(new Institutions(true, false, false, false))
                    .consultationMechanism(true).iotaOverride(0.0).signed(start).source(source).build(), label()));
            double step = scenario.parameters().get(Parameter.IOTA_STEP);
            for (String a : all) {
                for (String b : all) {
                    if (!a.equals(b)) {
                        amendments.add(new Amendment.AdjustTie(a, b, step, null, 1.0, label()));
                    }
                }
            }
            return scenario.amended(label(), amendments);
        }
    },
    /** No ties and no affinity between the hub and its spokes. */
    NONE("none") {
        @Override
        public String description(String hub) {
            return "no ties and no affinity between the hub and its spokes";
        }

        @Override
        Scenario build(Scenario scenario, HubSystem system, List<Amendment> amendments, LocalDate start, String source) {
            String hub = system.hub();
            List<AffinityOverride> affinities = new ArrayList<>(scenario.affinities());
            for (String s : system.spokes()) {
                amendments.add(new Amendment.RemoveTie(hub, s, label()));
                amendments.add(new Amendment.RemoveTie(s, hub, label()));
                affinities.add(new AffinityOverride(hub, s, 0.0, source));
                affinities.add(new AffinityOverride(s, hub, 0.0, source));
            }
            return scenario.withAffinities(affinities).amended(label(), amendments);
        }
    };

    private final String code;

    Architecture(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** One line saying what the architecture changes, naming the hub as given (e.g. {@code the hub (USA)}). */
    public abstract String description(String hub);

    @Override
    public String description() {
        return description("the hub");
    }

    @Override
    public boolean needsSpoke() {
        return false;
    }

    /** The architecture itself: it applies to the principal hub system, whoever the spoke. */
    @Override
    public ScenarioTransform transform(String spoke) {
        return this;
    }

    /** Every architecture's code, in catalogue order. */
    public static List<String> codes() {
        return List.of(values()).stream().map(Architecture::code).toList();
    }

    /** One architecture by its code (trimmed, any case). */
    public static Architecture parse(String text) {
        String key = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (Architecture a : values()) {
            if (a.code.equals(key)) {
                return a;
            }
        }
        throw VariantSpec.Kind.ARCHITECTURE.unknown(text);
    }

    @Override
    public String label() {
        return "architecture(" + code + ")";
    }

    @Override
    public Scenario apply(Scenario scenario) {
        HubSystem system = HubSystem.of(scenario);
        List<String> spokes = system.spokes();
        List<Amendment> amendments = new ArrayList<>();
        // Bilateral hub ties only: a treaty binding two or more spokes loses its multilateral machinery...
        for (Treaty t : scenario.treatiesInForce()) {
            if (t.members().stream().filter(m -> spokes.contains(m.state())).count() >= 2) {
                amendments.add(new Amendment.Bilateralize(t.id(), label()));
            }
        }
        // ...and the spokes' ties among themselves.
        for (String a : spokes) {
            for (String b : spokes) {
                if (!a.equals(b)) {
                    amendments.add(new Amendment.RemoveTie(a, b, label()));
                }
            }
        }
        LocalDate start = LocalDate.of(scenario.year(), 1, 1);
        String source = "Spokes architecture '" + code + "' (docs/model.md, section 5.13)";
        return build(scenario, system, amendments, start, source);
    }

    /** This architecture's ties on top of the hub-spoke baseline {@code amendments}, recorded under {@link #label()}. */
    abstract Scenario build(Scenario scenario, HubSystem system, List<Amendment> amendments, LocalDate start, String source);

    private static List<Membership> members(List<String> states, Obligation o) {
        List<Membership> out = new ArrayList<>();
        states.forEach(s -> out.add(Membership.of(s, o)));
        return out;
    }
}
