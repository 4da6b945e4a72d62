package io.spokes.core.crisis;

import io.spokes.core.domain.Coordination;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Parameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every measure of one crisis (docs/model.md §5.11) with the inputs that produced it.
 *
 * @param crisis        challenger and target
 * @param hub           the target's hub, or null when the target has none
 * @param selected      the equilibrium used for the measures (upper or lower)
 * @param selectionRule why that equilibrium was selected
 * @param upper         the fixed point reached from {@code q = 1}
 * @param lower         the fixed point reached from {@code q = 0}
 * @param unique        whether upper and lower coincide (max |dq| below 1e-8)
 * @param expectations  {@code Ep}, {@code Ec_T}, {@code Ec_C} under the selected equilibrium
 * @param pResist       {@code P_resist}
 * @param pChallenge    {@code P_challenge}
 * @param target        the target's threshold, burden and cost
 * @param challenger    the challenger's burden
 * @param candidates    every candidate's outcome, in scenario order
 * @param method        "exact" (coalitions enumerated) or "sampled"
 * @param draws         number of coalition draws when sampled, else 0
 * @param parameters    every parameter used
 * @param seed          the seed of the sampling stream
 * @param transforms    the policies and architectures applied to the scenario
 */
public record CrisisResult(Crisis crisis, String hub, Coordination selected, String selectionRule,
                           Equilibrium upper, Equilibrium lower, boolean unique, Expectations expectations,
                           double pResist, double pChallenge, Principal target, Principal challenger,
                           List<Candidate> candidates, String method, int draws, Parameters parameters,
                           long seed, List<String> transforms) {

    public CrisisResult {
        candidates = List.copyOf(candidates == null ? List.of() : candidates);
        transforms = List.copyOf(transforms == null ? List.of() : transforms);
    }

    /** A result built component by component (unset components are null, false or 0). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every component of this result, to change a few and build a new one. */
    public Builder toBuilder() {
        return new Builder().crisis(crisis).hub(hub).selected(selected).selectionRule(selectionRule).upper(upper).lower(lower)
                .unique(unique).expectations(expectations).pResist(pResist).pChallenge(pChallenge).target(target)
                .challenger(challenger).candidates(candidates).method(method).draws(draws).parameters(parameters).seed(seed)
                .transforms(transforms);
    }

    /** {@code deterrence = 1 - P_challenge}. */
    public double deterrence() {
        return 1.0 - pChallenge;
    }

    /** {@code P_war = P_challenge * P_resist}. */
    public double pWar() {
        return pChallenge * pResist;
    }

    /** The hub's abandonment risk toward the target, when the hub is its obligated defender. */
    public Optional<Double> hubAbandonment() {
        return candidate(hub).flatMap(Candidate::abandonment);
    }

    public Optional<Candidate> candidate(String state) {
        return candidates.stream().filter(c -> c.state().equals(state)).findFirst();
    }

    /** Abandonment risk {@code 1 - q_j} of each obligated defender. */
    public Map<String, Double> abandonment() {
        Map<String, Double> m = new LinkedHashMap<>();
        candidates.forEach(c -> c.abandonment().ifPresent(v -> m.put(c.state(), v)));
        return m;
    }

    /** Entrapment {@code F(k*) - F(k0)} of each candidate, given war. */
    public Map<String, Double> entrapment() {
        Map<String, Double> m = new LinkedHashMap<>();
        candidates.forEach(c -> m.put(c.state(), c.entrapment()));
        return m;
    }

    /** Intervention probability {@code q_j} under the selected equilibrium. */
    public Map<String, Double> intervention() {
        Map<String, Double> m = new LinkedHashMap<>();
        candidates.forEach(c -> m.put(c.state(), c.q()));
        return m;
    }

    /** A fixed point of the intervention stage. */
    public record Equilibrium(Map<String, Double> q, int iterations, boolean converged, double residual) {
        public Equilibrium {
            q = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(q));
        }
    }

    /** Coalition expectations under the selected equilibrium, with standard errors when sampled. */
    public record Expectations(double ep, double ecTarget, double ecChallenger,
                               double seEp, double seEcTarget, double seEcChallenger) {
    }

    /**
     * Target or challenger.
     *
     * @param threshold       the target's resistance threshold {@code s Ep / Ec_T}; NaN for the challenger
     * @param burdenShare     {@code E[c/X_own]} given war
     * @param expectedWarCost {@code E[(c/X_own)^phi] E[kappa 1{kappa <= k}]}; NaN for the challenger (A12)
     */
    public record Principal(String state, double capability, double kbar, double threshold,
                            double burdenShare, double expectedWarCost) {
    }

    /**
     * One candidate's outcome.
     *
     * @param affinity                {@code a_jT} (defender) or {@code a_jC} (supporter)
     * @param beta                    {@code beta_j} at the selected equilibrium
     * @param threshold               {@code k_j*}
     * @param q                       {@code F_j(k_j*)} under the selected equilibrium
     * @param entrapment              {@code F_j(k_j*) - F_j(k_j0)}, given war
     * @param entrapmentUnconditional entrapment times {@code P_war}
     * @param abandonmentRisk         {@code 1 - q_j} for an obligated defender, else NaN
     */
    public record Candidate(String state, Side side, Obligation obligation, boolean obligated, double capability,
                            double affinity, double beta, double threshold, double q, double entrapment,
                            double entrapmentUnconditional, double abandonmentRisk, double burdenShare,
                            double expectedWarCost) {
        public Optional<Double> abandonment() {
            return obligated ? Optional.of(abandonmentRisk) : Optional.empty();
        }
    }

    /**
     * Sets the components by name. {@link #build()} calls the canonical constructor, so a built
     * CrisisResult is validated exactly like one constructed directly.
     */
    public static final class Builder {
        private Crisis crisis;
        private String hub;
        private Coordination selected;
        private String selectionRule;
        private Equilibrium upper;
        private Equilibrium lower;
        private boolean unique;
        private Expectations expectations;
        private double pResist;
        private double pChallenge;
        private Principal target;
        private Principal challenger;
        private List<Candidate> candidates;
        private String method;
        private int draws;
        private Parameters parameters;
        private long seed;
        private List<String> transforms;

        private Builder() {
        }

        public Builder crisis(Crisis crisis) {
            this.crisis = crisis;
            return this;
        }

        public Builder hub(String hub) {
            this.hub = hub;
            return this;
        }

        public Builder selected(Coordination selected) {
            this.selected = selected;
            return this;
        }

        public Builder selectionRule(String selectionRule) {
            this.selectionRule = selectionRule;
            return this;
        }

        public Builder upper(Equilibrium upper) {
            this.upper = upper;
            return this;
        }

        public Builder lower(Equilibrium lower) {
            this.lower = lower;
            return this;
        }

        public Builder unique(boolean unique) {
            this.unique = unique;
            return this;
        }

        public Builder expectations(Expectations expectations) {
            this.expectations = expectations;
            return this;
        }

        public Builder pResist(double pResist) {
            this.pResist = pResist;
            return this;
        }

        public Builder pChallenge(double pChallenge) {
            this.pChallenge = pChallenge;
            return this;
        }

        public Builder target(Principal target) {
            this.target = target;
            return this;
        }

        public Builder challenger(Principal challenger) {
            this.challenger = challenger;
            return this;
        }

        public Builder candidates(List<Candidate> candidates) {
            this.candidates = candidates;
            return this;
        }

        public Builder method(String method) {
            this.method = method;
            return this;
        }

        public Builder draws(int draws) {
            this.draws = draws;
            return this;
        }

        public Builder parameters(Parameters parameters) {
            this.parameters = parameters;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder transforms(List<String> transforms) {
            this.transforms = transforms;
            return this;
        }

        public CrisisResult build() {
            return new CrisisResult(crisis, hub, selected, selectionRule, upper, lower, unique, expectations, pResist, pChallenge,
                    target, challenger, candidates, method, draws, parameters, seed, transforms);
        }
    }
}
