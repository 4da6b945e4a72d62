package io.spokes.core.crisis;

import io.spokes.core.domain.Coordination;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Parameters;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.State;
import io.spokes.core.domain.Treaty;
import io.spokes.core.network.AllianceNetwork;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Solves crises on one scenario: both fixed points of the intervention stage, the selected one,
 * the target's and challenger's decisions in closed form and every measure (docs/model.md §5.9–5.11).
 * The seed feeds only the coalition sampling used above {@code exact_limit} candidates.
 */
public final class CrisisSolver {
    /** The seed every shell uses when none is given (the date of the Camp David summit, 2023-08-18). */
    public static final long DEFAULT_SEED = 20230818L;

    /** Upper and lower fixed points closer than this count as one. */
    static final double SAME_EQUILIBRIUM = 1e-8;

    private final AllianceNetwork network;
    private final Parameters parameters;
    private final long seed;

    public CrisisSolver(Scenario scenario, long seed) {
        this(new AllianceNetwork(scenario), seed);
    }

    public CrisisSolver(AllianceNetwork network, long seed) {
        this.network = network;
        this.parameters = network.scenario().parameters();
        this.seed = seed;
    }

    public AllianceNetwork network() {
        return network;
    }

    public CrisisResult solve(String challenger, String target) {
        return solve(Crisis.of(challenger, target));
    }

    public CrisisResult solve(Crisis crisis) {
        return solve(crisis, List.of(parameters.coordination())).get(0);
    }

    /**
     * The crisis measured under each of several equilibrium selections, from one pair of fixed
     * points: a sweep that keeps both equilibria pays for the iteration once. Each result records
     * the selection it was measured under in its parameters.
     */
    public List<CrisisResult> solve(Crisis crisis, List<Coordination> selections) {
        CrisisGame game = new CrisisGame(network, crisis);
        CoalitionExpectation expectation = expectationFor(game);
        InterventionEquilibrium stage = new InterventionEquilibrium(game, expectation,
                parameters.get(Parameter.TOLERANCE), parameters.getInt(Parameter.MAX_ITERATIONS));
        InterventionEquilibrium.Solution upper = stage.solve(1.0);
        InterventionEquilibrium.Solution lower = stage.solve(0.0);
        boolean unique = maxDifference(upper.q(), lower.q()) < SAME_EQUILIBRIUM;
        String autoRule = selectionRule(game);
        List<CrisisResult> results = new ArrayList<>(selections.size());
        for (Coordination coordination : selections) {
            Coordination selected = switch (coordination) {
                case UPPER -> Coordination.UPPER;
                case LOWER -> Coordination.LOWER;
                case AUTO -> autoRule.startsWith("upper") ? Coordination.UPPER : Coordination.LOWER;
            };
            String rule = coordination == Coordination.AUTO ? autoRule : "set by parameter coordination=" + coordination.code();
            double[] q = (selected == Coordination.UPPER ? upper : lower).q();
            results.add(measure(game, expectation, stage, q, selected, rule, upper, lower, unique, parameters.with(coordination)));
        }
        return results;
    }

    private CoalitionExpectation expectationFor(CrisisGame game) {
        if (game.n <= parameters.getInt(Parameter.EXACT_LIMIT)) {
            return new ExactEnumeration(game);
        }
        State c = network.state(network.indexOf(game.crisis.challenger()));
        State t = network.state(network.indexOf(game.crisis.target()));
        // The stream depends on the seed and the crisis alone, never on the order crises are solved in.
        UniformRandomProvider rng = RandomSource.L64_X128_MIX.create(new long[] {seed, c.cowCode(), t.cowCode()});
        return new CommonRandomSampling(game, parameters.getInt(Parameter.SAMPLES), rng);
    }

    /** Assumption A10: upper iff one treaty of three or more members with an integrated command or consultation body holds T and all its obligated defenders. */
    private String selectionRule(CrisisGame game) {
        List<String> required = new ArrayList<>();
        required.add(game.crisis.target());
        for (int k = 0; k < game.n; k++) {
            if (game.obligated(k)) {
                required.add(game.ids[k]);
            }
        }
        for (Treaty t : network.treaties()) {
            boolean coordinated = t.institutions().integratedCommand() || t.consultationMechanism();
            if (coordinated && t.members().size() >= 3 && required.stream().allMatch(t::hasMember)) {
                return "upper: " + String.join(", ", required) + " are all members of '" + t.id() + "'";
            }
        }
        return "lower: no treaty of three or more members with an integrated command or consultation body holds "
                + String.join(", ", required);
    }

    private CrisisResult measure(CrisisGame game, CoalitionExpectation expectation, InterventionEquilibrium stage,
                                 double[] q, Coordination selected, String rule,
                                 InterventionEquilibrium.Solution upper, InterventionEquilibrium.Solution lower,
                                 boolean unique, Parameters used) {
        CoalitionExpectation.Totals totals = expectation.totals(q);
        double s = game.s;
        double kT = s * totals.ep() / totals.ecTarget();
        double pResist = game.costT.cdf(kT);
        double pChallenge = challengeProbability(game, pResist, totals);
        double pWar = pChallenge * pResist;

        CoalitionExpectation.Marginals m = new CoalitionExpectation.Marginals(game.n);
        expectation.marginals(q, m);
        double[] kStar = stage.thresholds(q, m, true);
        double[] kZero = stage.thresholds(q, m, false);
        List<CrisisResult.Candidate> candidates = new ArrayList<>();
        for (int j = 0; j < game.n; j++) {
            double fStar = game.cost[j].cdf(kStar[j]);
            double entrapment = fStar - game.cost[j].cdf(kZero[j]);
            boolean obligated = game.obligated(j);
            candidates.add(new CrisisResult.Candidate(game.ids[j], game.side[j], game.obligation[j], obligated,
                    game.c[j], game.a[j], game.beta(j, q), kStar[j], q[j], entrapment, entrapment * pWar,
                    obligated ? 1.0 - q[j] : Double.NaN, m.share[j],
                    m.burden[j] * game.cost[j].partialExpectation(kStar[j])));
        }
        CrisisResult.Principal target = new CrisisResult.Principal(game.crisis.target(), game.cT, game.kbarT, kT,
                totals.shareTarget(), totals.ecTarget() * game.costT.partialExpectation(kT));
        CrisisResult.Principal challenger = new CrisisResult.Principal(game.crisis.challenger(), game.cC, game.kbarC,
                Double.NaN, totals.shareChallenger(), Double.NaN);
        CrisisResult.Expectations expectations = new CrisisResult.Expectations(totals.ep(), totals.ecTarget(),
                totals.ecChallenger(), totals.seEp(), totals.seEcTarget(), totals.seEcChallenger());
        String hub = network.hubOf(game.crisis.target()).orElse(null);
        int draws = expectation instanceof CommonRandomSampling crn ? crn.draws() : 0;
        return CrisisResult.builder().crisis(game.crisis).hub(hub).selected(selected).selectionRule(rule)
                .upper(equilibrium(game, upper)).lower(equilibrium(game, lower)).unique(unique).expectations(expectations)
                .pResist(pResist).pChallenge(pChallenge).target(target).challenger(challenger).candidates(candidates)
                .method(expectation.sampled() ? "sampled" : "exact").draws(draws).parameters(used).seed(seed)
                .transforms(network.scenario().transforms()).build();
    }

    /**
     * {@code P_challenge} in closed form (docs/model.md §5.10): C challenges iff
     * {@code theta/kappa_C > P_r Ec_C / (s (1 - P_r Ep))}, and {@code log(theta/kappa_C)} is normal
     * with mean {@code mu_theta - log kbar_C} and variance {@code sigma_theta^2 + sigma_k^2}.
     */
    static double challengeProbability(CrisisGame game, double pResist, CoalitionExpectation.Totals totals) {
        double gainIfChallenging = game.s * (1.0 - pResist * totals.ep());
        double costIfChallenging = pResist * totals.ecChallenger();
        if (costIfChallenging <= 0) {
            return gainIfChallenging > 0 ? 1.0 : 0.0;
        }
        if (gainIfChallenging <= 0) {
            return 0.0;
        }
        double mean = game.muTheta - game.costC.mu();
        double sd = Math.sqrt(game.sigmaTheta * game.sigmaTheta + game.costC.sigma() * game.costC.sigma());
        return LogNormalCost.survival((Math.log(costIfChallenging / gainIfChallenging) - mean) / sd);
    }

    private static CrisisResult.Equilibrium equilibrium(CrisisGame game, InterventionEquilibrium.Solution sol) {
        Map<String, Double> q = new LinkedHashMap<>();
        for (int j = 0; j < game.n; j++) {
            q.put(game.ids[j], sol.q()[j]);
        }
        return new CrisisResult.Equilibrium(q, sol.iterations(), sol.converged(), sol.residual());
    }

    private static double maxDifference(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d;
    }
}
