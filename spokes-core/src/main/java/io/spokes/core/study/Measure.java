package io.spokes.core.study;

import io.spokes.core.crisis.CrisisResult;
import io.spokes.core.crisis.CrisisResult.Candidate;
import io.spokes.core.crisis.CrisisResult.Principal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The catalogue of measures: what each number of a crisis result is called, what it is about, when
 * it applies and how it is read from a {@link CrisisResult}. Every front end (tidy tables, the
 * sweep, the report, the lab) takes names and headline columns from here.
 *
 * <p>The order of the constants is the order of the tidy table: crisis-level measures first, then
 * for each state (target, challenger, then every candidate) its per-state measures in this order.
 * Adding a measure is one constant here (with how to read it) plus a line in its test; the tables
 * follow.
 */
public enum Measure {
    DETERRENCE("deterrence", "deterrence", Scope.CRISIS, true, "always",
            "1 - P(challenge): probability the challenger does not challenge", Reading.crisis(CrisisResult::deterrence)),
    P_CHALLENGE("p_challenge", "P(challenge)", Scope.CRISIS, true, "always",
            "probability the challenger makes its demand", Reading.crisis(CrisisResult::pChallenge)),
    P_RESIST("p_resist", "P(resist)", Scope.CRISIS, true, "always",
            "probability the target resists rather than concedes", Reading.crisis(CrisisResult::pResist)),
    P_WAR("p_war", "P(war)", Scope.CRISIS, true, "always",
            "P(challenge) x P(resist)", Reading.crisis(CrisisResult::pWar)),
    P_CHALLENGE_YEAR("p_challenge_year", "challenges/year", Scope.CRISIS, false, "always",
            "opportunity x P(challenge): probability of a challenge in a year, a crisis opportunity arising with probability opportunity",
            Reading.crisis(CrisisResult::pChallengeYear)),
    P_WAR_YEAR("p_war_year", "wars/year", Scope.CRISIS, false, "always",
            "opportunity x P(war): probability of a war in a year", Reading.crisis(CrisisResult::pWarYear)),
    EXPECTED_P("expected_p", "E[p]", Scope.CRISIS, false, "always",
            "the target coalition's expected probability of winning a war, Ep", Reading.crisis(r -> r.expectations().ep())),
    HUB_ABANDONMENT("hub_abandonment", "hub abandonment", Scope.HUB, true,
            "when the target's hub is an obligated defender of the target",
            "probability the hub, obligated to defend the target, stays out of the war", Reading.hub(CrisisResult::hubAbandonment)),
    EQUILIBRIA_UNIQUE("equilibria_unique", "unique?", Scope.CRISIS, false, "always",
            "1 when the equilibria reached from q = 1 and q = 0 coincide, else 0", Reading.crisis(r -> r.unique() ? 1 : 0)),
    COORDINATION_WEIGHT("coordination_weight", "w", Scope.CRISIS, false, "always",
            "w: the probability actors put on the upper equilibrium; every other measure is the mixture w upper + (1 - w) lower",
            Reading.crisis(CrisisResult::coordinationWeight)),
    DETERRENCE_UPPER("deterrence_upper", "deterrence (upper)", Scope.CRISIS, false, "always",
            "deterrence if the upper equilibrium (reached from q = 1) is played for sure, w = 1",
            Reading.crisis(r -> r.upperHeadline().deterrence())),
    DETERRENCE_LOWER("deterrence_lower", "deterrence (lower)", Scope.CRISIS, false, "always",
            "deterrence if the lower equilibrium (reached from q = 0) is played for sure, w = 0",
            Reading.crisis(r -> r.lowerHeadline().deterrence())),
    INTERVENTION("intervention", "q", Scope.STATE, false, "for every candidate",
            "intervention probability q in the selected equilibrium", Reading.candidates(c -> Optional.of(c.q()))),
    ABANDONMENT("abandonment", "abandonment", Scope.STATE, false, "for candidates obligated to defend the target",
            "1 - q for an obligated defender", Reading.candidates(Candidate::abandonment)),
    ENTANGLEMENT("entanglement", "entanglement | war", Scope.STATE, false, "for every candidate (0 unless a defense or offense obligation to the target applies)",
            "F(k*) - F(k0) of a defender honouring a defensive commitment to the attacked target: fighting its commitments add to its interests, given a war",
            Reading.candidates(c -> Optional.of(c.entanglement()))),
    ENTANGLEMENT_UNCONDITIONAL("entanglement_unconditional", "entanglement", Scope.STATE, false,
            "for every candidate (0 unless a defense or offense obligation to the target applies)",
            "entanglement given war times P(war)", Reading.candidates(c -> Optional.of(c.entanglementUnconditional()))),
    ENTRAPMENT("entrapment", "entrapment | war", Scope.STATE, false, "for every candidate (0 for one a defense or offense obligation to the target binds)",
            "F(k*) - F(k0) in Kim's (2011) sense: fighting beyond its interests in a war its ally started, or without a military obligation that applies, given a war",
            Reading.candidates(c -> Optional.of(c.entrapment()))),
    ENTRAPMENT_UNCONDITIONAL("entrapment_unconditional", "entrapment", Scope.STATE, false,
            "for every candidate (0 for one a defense or offense obligation to the target binds)",
            "entrapment given war times P(war)", Reading.candidates(c -> Optional.of(c.entrapmentUnconditional()))),
    BURDEN_SHARE("burden_share", "burden share", Scope.STATE, false, "for the target, the challenger and every candidate",
            "E[c_j / X_own | j fights], on capabilities projected to the theater",
            Reading.candidates(c -> Optional.of(c.burdenShare())).target(Principal::burdenShare).challenger(Principal::burdenShare)),
    EXPECTED_WAR_COST("expected_war_cost", "expected war cost", Scope.STATE, false,
            "for the target and every candidate (not the challenger, assumption A12)",
            "E[kappa_j 1{kappa_j <= k_j*}] plus the expected nuclear cost of fighting",
            Reading.candidates(c -> Optional.of(c.expectedWarCost())).target(Principal::expectedWarCost)),
    ANNUAL_COST("annual_cost", "annual cost", Scope.VARIANT, false, "always (0 for variants without a cost)",
            "cost of the variant's policies in capability units (of the scenario's capability index) per year; not netted against the measures", Reading.none());

    /** What a measure's values are about, which sets the tidy table's state column. */
    public enum Scope {
        /** One value for the crisis; the state column is empty. */
        CRISIS("crisis"),
        /** One value about the target's hub; the state column names the hub. */
        HUB("hub"),
        /** One value per state it applies to; the state column names the state. */
        STATE("state"),
        /** One value per variant of the scenario, not read from the crisis result. */
        VARIANT("variant");

        private final String code;

        Scope(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final String code;
    private final String label;
    private final Scope scope;
    private final boolean headline;
    private final String appliesWhen;
    private final String description;
    private final Reading reading;

    Measure(String code, String label, Scope scope, boolean headline, String appliesWhen, String description, Reading reading) {
        this.code = code;
        this.label = label;
        this.scope = scope;
        this.headline = headline;
        this.appliesWhen = appliesWhen;
        this.description = description;
        this.reading = reading;
    }

    /** The name in tables and files, e.g. {@code p_war}. */
    public String code() {
        return code;
    }

    /** A short column heading, e.g. {@code P(war)}. */
    public String label() {
        return label;
    }

    public Scope scope() {
        return scope;
    }

    /** Whether the measure is one of the crisis-level headline measures shown first everywhere. */
    public boolean headline() {
        return headline;
    }

    /** When the measure has a value, in words. */
    public String appliesWhen() {
        return appliesWhen;
    }

    public String description() {
        return description;
    }

    /** The value of a crisis- or hub-level measure; empty when it does not apply (or for other scopes). */
    public Optional<Double> of(CrisisResult r) {
        return reading.crisis == null ? Optional.empty() : reading.crisis.apply(r);
    }

    /** The value of a crisis- or hub-level measure, NaN when it does not apply. */
    public double valueOrNaN(CrisisResult r) {
        return of(r).orElse(Double.NaN);
    }

    /** The value of a per-state measure for one state of the crisis; empty when it does not apply. */
    public Optional<Double> of(CrisisResult r, String state) {
        if (scope != Scope.STATE) {
            return Optional.empty();
        }
        if (state.equals(r.target().state())) {
            return reading.target == null ? Optional.empty() : Optional.of(reading.target.applyAsDouble(r.target()));
        }
        if (state.equals(r.challenger().state())) {
            return reading.challenger == null ? Optional.empty() : Optional.of(reading.challenger.applyAsDouble(r.challenger()));
        }
        return reading.candidate == null ? Optional.empty() : r.candidate(state).flatMap(reading.candidate);
    }

    /** Every measure, in table order. */
    public static List<Measure> all() {
        return List.of(values());
    }

    /** The headline measures, in report order. */
    public static List<Measure> headlines() {
        List<Measure> out = new ArrayList<>();
        for (Measure m : values()) {
            if (m.headline) {
                out.add(m);
            }
        }
        return out;
    }

    /** Every measure's name, in table order. */
    public static List<String> codes() {
        return all().stream().map(Measure::code).toList();
    }

    /** The measure with this name (exact, as in tables and files). */
    public static Optional<Measure> byCode(String code) {
        for (Measure m : values()) {
            if (m.code.equals(code)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return code;
    }

    /** How a measure is read: from the crisis, or per state from the target, the challenger or a candidate. */
    private static final class Reading {
        private final Function<CrisisResult, Optional<Double>> crisis;
        private final Function<Candidate, Optional<Double>> candidate;
        private final ToDoubleFunction<Principal> target;
        private final ToDoubleFunction<Principal> challenger;

        private Reading(Function<CrisisResult, Optional<Double>> crisis, Function<Candidate, Optional<Double>> candidate,
                        ToDoubleFunction<Principal> target, ToDoubleFunction<Principal> challenger) {
            this.crisis = crisis;
            this.candidate = candidate;
            this.target = target;
            this.challenger = challenger;
        }

        static Reading crisis(ToDoubleFunction<CrisisResult> f) {
            return new Reading(r -> Optional.of(f.applyAsDouble(r)), null, null, null);
        }

        static Reading hub(Function<CrisisResult, Optional<Double>> f) {
            return new Reading(f, null, null, null);
        }

        static Reading candidates(Function<Candidate, Optional<Double>> f) {
            return new Reading(null, f, null, null);
        }

        static Reading none() {
            return new Reading(null, null, null, null);
        }

        Reading target(ToDoubleFunction<Principal> f) {
            return new Reading(crisis, candidate, f, challenger);
        }

        Reading challenger(ToDoubleFunction<Principal> f) {
            return new Reading(crisis, candidate, target, f);
        }
    }
}
