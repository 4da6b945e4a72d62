package io.spokes.core.policy;

import io.spokes.core.domain.AffinityOverride;
import io.spokes.core.domain.Amendment;
import io.spokes.core.domain.FieldException;
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
 * An architecture for a whole hub system (spec section 6, assumption A14). Every architecture
 * starts from the hub-spoke baseline, in which the spokes have no ties among themselves.
 */
public enum Architecture implements ScenarioTransform {
    /** Bilateral hub ties only. */
    HUB_SPOKE("hub-spoke"),
    /** Hub ties plus consultation among all spokes. */
    LATTICE("lattice"),
    /** One multilateral defense treaty with integrated command among hub and spokes. */
    COLLECTIVE("collective"),
    /** No ties and no affinity between the hub and its spokes. */
    NONE("none");

    private final String code;

    Architecture(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Architecture parse(String text) {
        String key = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (Architecture a : values()) {
            if (a.code.equals(key)) {
                return a;
            }
        }
        throw new FieldException("architecture", "unknown architecture '" + text + "'; use hub-spoke, lattice, collective or none");
    }

    @Override
    public String label() {
        return "architecture(" + code + ")";
    }

    @Override
    public Scenario apply(Scenario scenario) {
        HubSystem system = HubSystem.of(scenario);
        List<String> spokes = system.spokes();
        String hub = system.hub();
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
        String source = "Spokes architecture '" + code + "' (spec section 6)";
        switch (this) {
            case HUB_SPOKE -> { }
            case LATTICE -> {
                if (spokes.size() >= 2) {
                    amendments.add(new Amendment.AddTreaty(new Treaty("lattice-" + hub, "Consultation among the spokes of " + hub,
                            members(spokes, Obligation.CONSULTATION), Institutions.NONE, false, null, null, null, start, null, source), label()));
                }
            }
            case COLLECTIVE -> {
                List<String> all = new ArrayList<>();
                all.add(hub);
                all.addAll(spokes);
                // Integrated command is represented by the iota step below, so the treaty's own iota is 0 (counted once).
                amendments.add(new Amendment.AddTreaty(new Treaty("collective-" + hub, "Collective defense of " + hub + " and its spokes",
                        members(all, Obligation.DEFENSE), new Institutions(true, false, false, false), true, null, 0.0, null,
                        start, null, source), label()));
                double step = scenario.parameters().get(Parameter.IOTA_STEP);
                for (String a : all) {
                    for (String b : all) {
                        if (!a.equals(b)) {
                            amendments.add(new Amendment.AdjustTie(a, b, step, null, 1.0, label()));
                        }
                    }
                }
            }
            case NONE -> {
                List<AffinityOverride> affinities = new ArrayList<>(scenario.affinities());
                for (String s : spokes) {
                    amendments.add(new Amendment.RemoveTie(hub, s, label()));
                    amendments.add(new Amendment.RemoveTie(s, hub, label()));
                    affinities.add(new AffinityOverride(hub, s, 0.0, source));
                    affinities.add(new AffinityOverride(s, hub, 0.0, source));
                }
                return scenario.withAffinities(affinities).amended(label(), amendments);
            }
            default -> throw new IllegalStateException(code);
        }
        return scenario.amended(label(), amendments);
    }

    private static List<Membership> members(List<String> states, Obligation o) {
        List<Membership> out = new ArrayList<>();
        states.forEach(s -> out.add(Membership.of(s, o)));
        return out;
    }
}
