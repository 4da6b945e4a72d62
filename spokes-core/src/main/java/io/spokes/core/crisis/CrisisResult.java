package io.spokes.core.crisis;

import io.spokes.core.domain.Coordination;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Parameters;
import io.spokes.core.domain.Region;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every measure of one crisis (docs/model.md §5.11, model v2) with the inputs that produced it.
 * The measures are those of the mixture {@code w E^U + (1 - w) E^L} of the two fixed points
 * (change C10); both fixed points' headline measures are kept beside them.
 *
 * @param crisis             challenger and target
 * @param hub                the target's hub, or null when the target has none
 * @param selected           UPPER when {@code w = 1}, LOWER when {@code w = 0}, AUTO when the measures mix both
 * @param selectionRule      why {@code w} has its value
 * @param coordinationWeight {@code w}, the probability actors put on the upper fixed point
 * @param upper              the fixed point reached from {@code q = 1}
 * @param lower              the fixed point reached from {@code q = 0}
 * @param unique             whether upper and lower coincide (max |dq| below 1e-8)
 * @param expectations       {@code Ep}, {@code Eν_D}, {@code Eν_C} of the mixture, with standard errors when sampled
 * @param pResist            {@code P_resist}
 * @param pChallenge         {@code P_challenge} per crisis opportunity
 * @param upperHeadline      the headline measures when the upper fixed point is played for sure ({@code w = 1})
 * @param lowerHeadline      the headline measures when the lower fixed point is played for sure ({@code w = 0})
 * @param region             the crisis region, for obligations limited to a location
 * @param projection         "on", or "off: " and why power is not projected over distance
 * @param target             the target's threshold, burden and cost
 * @param challenger         the challenger's burden
 * @param candidates         every candidate's outcome, in scenario order
 * @param method             "exact" (coalitions enumerated), "convolution" (strength distributions on a grid, error bounded by grid_error) or "sampled"
 * @param draws              number of coalition draws when sampled, else 0
 * @param parameters         every parameter used
 * @param seed               the seed of the sampling stream
 * @param transforms         the policies and architectures applied to the scenario
 */
public record CrisisResult(Crisis crisis, String hub, Coordination selected, String selectionRule, double coordinationWeight,
                           Equilibrium upper, Equilibrium lower, boolean unique, Expectations expectations,
                           double pResist, double pChallenge, Headline upperHeadline, Headline lowerHeadline,
                           Region region, String projection, Principal target, Principal challenger,
                           List<Candidate> candidates, String method, int draws, Parameters parameters,
                           long seed, List<String> transforms) {

    /** Headline measures of the two fixed points further apart than this are reported as different. */
    public static final double DIFFERENT = 1e-8;

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
        return new Builder().crisis(crisis).hub(hub).selected(selected).selectionRule(selectionRule)
                .coordinationWeight(coordinationWeight).upper(upper).lower(lower).unique(unique).expectations(expectations)
                .pResist(pResist).pChallenge(pChallenge).upperHeadline(upperHeadline).lowerHeadline(lowerHeadline)
                .region(region).projection(projection).target(target).challenger(challenger).candidates(candidates)
                .method(method).draws(draws).parameters(parameters).seed(seed).transforms(transforms);
    }

    /** {@code deterrence = 1 - P_challenge}. */
    public double deterrence() {
        return 1.0 - pChallenge;
    }

    /** {@code P_war = P_challenge * P_resist}. */
    public double pWar() {
        return pChallenge * pResist;
    }

    /** {@code omega P_challenge}: challenges per year, a crisis opportunity arising with probability omega (change C7). */
    public double pChallengeYear() {
        return opportunity() * pChallenge;
    }

    /** {@code omega P_war}: wars per year. */
    public double pWarYear() {
        return opportunity() * pWar();
    }

    private double opportunity() {
        return parameters == null ? Parameter.OPPORTUNITY.defaultValue() : parameters.get(Parameter.OPPORTUNITY);
    }

    /** Whether the two fixed points' headline measures differ by more than {@link #DIFFERENT}. */
    public boolean equilibriaDiffer() {
        return upperHeadline != null && lowerHeadline != null && upperHeadline.differsFrom(lowerHeadline);
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

    /** Entrapment (Kim 2011) of each candidate, given war. */
    public Map<String, Double> entrapment() {
        Map<String, Double> m = new LinkedHashMap<>();
        candidates.forEach(c -> m.put(c.state(), c.entrapment()));
        return m;
    }

    /** Entanglement (honouring a defensive commitment to the attacked target) of each candidate, given war. */
    public Map<String, Double> entanglement() {
        Map<String, Double> m = new LinkedHashMap<>();
        candidates.forEach(c -> m.put(c.state(), c.entanglement()));
        return m;
    }

    /** Intervention probability {@code q_j} of the mixture. */
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

    /**
     * The headline measures when one fixed point is played for sure.
     *
     * @param hubAbandonment the hub's abandonment risk, NaN when the hub is no obligated defender of the target
     */
    public record Headline(double deterrence, double pWar, double hubAbandonment) {
        /** Whether any measure differs from the other's by more than {@link CrisisResult#DIFFERENT} (NaN equals NaN). */
        public boolean differsFrom(Headline other) {
            return apart(deterrence, other.deterrence) || apart(pWar, other.pWar) || apart(hubAbandonment, other.hubAbandonment);
        }

        private static boolean apart(double x, double y) {
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return Double.isNaN(x) != Double.isNaN(y);
            }
            return Math.abs(x - y) > DIFFERENT;
        }
    }

    /**
     * Coalition expectations of the mixture, with standard errors when sampled (0 when exact).
     *
     * @param ep            {@code E[p]}, the defenders' expected probability of winning
     * @param nuDefenders   {@code E[ν_D]}, the probability the defenders' side holds a credible nuclear threat
     * @param nuChallengers {@code E[ν_C]}, the same for the challenger's side
     * @param seDeterrence  standard error of deterrence by the delta method through the three means
     */
    public record Expectations(double ep, double nuDefenders, double nuChallengers,
                               double seEp, double seNuDefenders, double seNuChallengers, double seDeterrence) {
    }

    /**
     * Target or challenger.
     *
     * @param effectiveCapability {@code ĉ}, the capability projected to the theater
     * @param threshold           the target's resistance threshold {@code s Ep - zeta z Eν_C}; NaN for the challenger
     * @param burdenShare         {@code E[ĉ/X_own]} given war
     * @param expectedWarCost     {@code E[kappa 1{kappa <= k*}] + P_resist zeta z Eν_C}; NaN for the challenger (A12)
     */
    public record Principal(String state, double capability, double effectiveCapability, double threshold,
                            double burdenShare, double expectedWarCost) {
        /** The expected war cost (the name of docs/model.md). */
        public double expectedCost() {
            return expectedWarCost;
        }
    }

    /**
     * One candidate's outcome (each a mixture of the two fixed points' values).
     *
     * @param obligation                 {@code o*}, the obligation that applies in this crisis (none if none does)
     * @param capability                 {@code c_j} on the scenario's capability index
     * @param effectiveCapability        {@code ĉ_j}, projected to the theater
     * @param affinity                   crisis affinity {@code a_j} toward the protégé (T for a defender, C for a supporter)
     * @param interest                   {@code u_j}, the interest in the protégé apart from commitments
     * @param beta                       {@code beta_j}
     * @param threshold                  {@code k_j*}
     * @param q                          {@code F_j(k_j*)}
     * @param entanglement               {@code F(k*) - F(k0)} of a defender whose defense or offense obligation to T applies, else 0; given war
     * @param entanglementUnconditional  entanglement times {@code P_war}
     * @param entrapment                 {@code F(k*) - F(k0)} of every other candidate, else 0; given war
     * @param entrapmentUnconditional    entrapment times {@code P_war}
     * @param abandonmentRisk            {@code 1 - q_j} for an obligated defender, else NaN
     * @param expectedWarCost            {@code E[kappa 1{kappa <= k*}] + q E[eta]}
     */
    public record Candidate(String state, Side side, Obligation obligation, boolean obligated, double capability,
                            double effectiveCapability, double affinity, double interest, double beta, double threshold,
                            double q, double entanglement, double entanglementUnconditional, double entrapment,
                            double entrapmentUnconditional, double abandonmentRisk, double burdenShare,
                            double expectedWarCost) {
        public Optional<Double> abandonment() {
            return obligated ? Optional.of(abandonmentRisk) : Optional.empty();
        }

        /** The expected war cost (the name of docs/model.md). */
        public double expectedCost() {
            return expectedWarCost;
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
        private double coordinationWeight;
        private Equilibrium upper;
        private Equilibrium lower;
        private boolean unique;
        private Expectations expectations;
        private double pResist;
        private double pChallenge;
        private Headline upperHeadline;
        private Headline lowerHeadline;
        private Region region;
        private String projection;
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

        public Builder coordinationWeight(double coordinationWeight) {
            this.coordinationWeight = coordinationWeight;
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

        public Builder upperHeadline(Headline upperHeadline) {
            this.upperHeadline = upperHeadline;
            return this;
        }

        public Builder lowerHeadline(Headline lowerHeadline) {
            this.lowerHeadline = lowerHeadline;
            return this;
        }

        public Builder region(Region region) {
            this.region = region;
            return this;
        }

        public Builder projection(String projection) {
            this.projection = projection;
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
            return new CrisisResult(crisis, hub, selected, selectionRule, coordinationWeight, upper, lower, unique, expectations,
                    pResist, pChallenge, upperHeadline, lowerHeadline, region, projection, target, challenger, candidates,
                    method, draws, parameters, seed, transforms);
        }
    }
}
