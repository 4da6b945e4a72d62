package io.spokes.core;

import io.spokes.core.domain.AffinityOverride;
import io.spokes.core.domain.Institutions;
import io.spokes.core.domain.Membership;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Parameters;
import io.spokes.core.domain.Rivalry;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.State;
import io.spokes.core.domain.Treaty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builders for scenarios written in code, shared by the tests. */
public final class Fixtures {
    /** The scenario year used unless a test sets another. */
    public static final int YEAR = 2000;
    public static final LocalDate SIGNED = LocalDate.of(1990, 6, 1);

    private Fixtures() {
    }

    public static State state(String id, int cow, double capability) {
        return new State(id, cow, "State " + id, capability, false, "test fixture");
    }

    public static State nuclear(String id, int cow, double capability) {
        return new State(id, cow, "State " + id, capability, true, "test fixture");
    }

    public static Institutions flags(boolean integratedCommand, boolean basesTroops, boolean intelligenceSharing, boolean nuclearUmbrella) {
        return new Institutions(integratedCommand, basesTroops, intelligenceSharing, nuclearUmbrella);
    }

    /** A treaty signed in 1990, still in force, without milinst or iota override. */
    public static Treaty treaty(String id, Institutions institutions, boolean consultationMechanism, Membership... members) {
        return Treaty.builder().id(id).name("Treaty " + id).members(List.of(members)).institutions(institutions)
                .consultationMechanism(consultationMechanism).signed(SIGNED).source("test fixture").build();
    }

    /** A bilateral treaty in which {@code a} owes {@code oa} and {@code b} owes {@code ob}. */
    public static Treaty bilateral(String id, String a, Obligation oa, String b, Obligation ob, Institutions institutions) {
        return treaty(id, institutions, false, Membership.of(a, oa), Membership.of(b, ob));
    }

    public static Treaty withIota(String id, double iota, Membership... members) {
        return Treaty.builder().id(id).name("Treaty " + id).members(List.of(members)).institutions(Institutions.NONE)
                .iotaOverride(iota).signed(SIGNED).source("test fixture").build();
    }

    public static Rivalry rivalry(String a, String b) {
        return new Rivalry(a, b, "test fixture");
    }

    public static Builder scenario(State... states) {
        return new Builder(Arrays.asList(states));
    }

    /**
     * A nuclear hub with two spokes and a nuclear challenger that rivals both: spoke SPA owes the hub
     * defense and hosts its bases, SPB is protected but owes nothing.
     */
    public static Scenario hubWithTwoSpokes() {
        return scenario(nuclear("HUB", 2, 4), state("SPA", 732, 1), state("SPB", 740, 0.8), nuclear("CHA", 710, 2))
                .treaty(bilateral("HA", "HUB", Obligation.DEFENSE, "SPA", Obligation.DEFENSE, flags(false, true, false, false)),
                        bilateral("HB", "HUB", Obligation.DEFENSE, "SPB", Obligation.NONE, Institutions.NONE))
                .rivalry("CHA", "SPA").rivalry("CHA", "SPB")
                .build();
    }

    /** A mutable builder for {@link Scenario}. */
    public static final class Builder {
        private final List<State> states;
        private final List<Treaty> treaties = new ArrayList<>();
        private final List<Rivalry> rivalries = new ArrayList<>();
        private final List<AffinityOverride> affinities = new ArrayList<>();
        private String hub;
        private List<String> spokes = List.of();
        private Parameters parameters = Parameters.defaults();
        private int year = YEAR;
        private String name = "test";

        Builder(List<State> states) {
            this.states = new ArrayList<>(states);
        }

        public Builder treaty(Treaty... t) {
            treaties.addAll(Arrays.asList(t));
            return this;
        }

        public Builder rivalry(String a, String b) {
            rivalries.add(Fixtures.rivalry(a, b));
            return this;
        }

        public Builder affinity(String from, String to, double value) {
            affinities.add(new AffinityOverride(from, to, value, "test fixture"));
            return this;
        }

        public Builder hub(String hub, String... spokes) {
            this.hub = hub;
            this.spokes = List.of(spokes);
            return this;
        }

        public Builder set(Parameter p, double value) {
            parameters = parameters.with(p, value);
            return this;
        }

        public Builder parameters(Parameters p) {
            parameters = p;
            return this;
        }

        public Builder year(int y) {
            year = y;
            return this;
        }

        public Builder name(String n) {
            name = n;
            return this;
        }

        public Scenario build() {
            return Scenario.builder().name(name).year(year).states(states).treaties(treaties).rivalries(rivalries)
                    .affinities(affinities).hub(hub).spokes(spokes).parameters(parameters).build();
        }
    }
}
