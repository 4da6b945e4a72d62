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
 * Solves crises on one scenario (model v2, docs/model.md §5.9–5.11): both fixed points of the
 * intervention stage, the mixture of the two that actors expect (change C10), the target's and
 * challenger's decisions and every measure, with both fixed points' headline measures.
 * The seed feeds only the coalition sampling used above {@code exact_limit} candidates when {@code large_method = 1}.
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
        PrincipalDecisions decisions = new PrincipalDecisions(game);
        FixedPoint up = FixedPoint.of(game, expectation, stage, upper.q());
        FixedPoint low = FixedPoint.of(game, expectation, stage, lower.q());
        CrisisResult.Headline upperHeadline = headline(game, decisions, up);
        CrisisResult.Headline lowerHeadline = headline(game, decisions, low);
        Weight auto = null;
        List<CrisisResult> results = new ArrayList<>(selections.size());
        for (Coordination coordination : selections) {
            Weight weight;
            switch (coordination) {
                case UPPER -> weight = new Weight(1.0, "set by parameter coordination=upper (w = 1)");
                case LOWER -> weight = new Weight(0.0, "set by parameter coordination=lower (w = 0)");
                default -> {
                    auto = auto == null ? autoWeight(game) : auto;
                    weight = auto;
                }
            }
            Coordination selected = weight.w() == 1.0 ? Coordination.UPPER : weight.w() == 0.0 ? Coordination.LOWER : Coordination.AUTO;
            CrisisResult.Builder b = CrisisResult.builder().crisis(game.crisis).hub(network.hubOf(game.crisis.target()).orElse(null))
                    .selected(selected).selectionRule(weight.rule()).coordinationWeight(weight.w())
                    .upper(equilibrium(game, upper)).lower(equilibrium(game, lower)).unique(unique)
                    .upperHeadline(upperHeadline).lowerHeadline(lowerHeadline)
                    .region(game.region).projection(game.projection)
                    .method(expectation.sampled() ? "sampled" : expectation instanceof StrengthConvolution ? "convolution" : "exact")
                    .draws(expectation instanceof CommonRandomSampling crn ? crn.draws() : 0)
                    .parameters(parameters.with(coordination)).seed(seed).transforms(network.scenario().transforms());
            measure(b, game, decisions, up, low, weight.w());
            results.add(b.build());
        }
        return results;
    }

    private CoalitionExpectation expectationFor(CrisisGame game) {
        if (game.n <= parameters.getInt(Parameter.EXACT_LIMIT)) {
            return new ExactEnumeration(game);
        }
        if (parameters.getInt(Parameter.LARGE_METHOD) == 0) {
            return new StrengthConvolution(game, parameters.get(Parameter.GRID_ERROR));
        }
        State c = network.state(network.indexOf(game.crisis.challenger()));
        State t = network.state(network.indexOf(game.crisis.target()));
        // The stream depends on the seed and the crisis alone, never on the order crises are solved in.
        UniformRandomProvider rng = RandomSource.L64_X128_MIX.create(new long[] {seed, c.cowCode(), t.cowCode()});
        return new CommonRandomSampling(game, parameters.getInt(Parameter.SAMPLES), rng);
    }

    /** The coordination weight {@code w} and why it has its value. */
    private record Weight(double w, String rule) {
    }

    /**
     * Change C10: {@code w = max_tau min(1, iota_tau + 0.5 [consultation mechanism or integrated command])}
     * over the treaties in force (bilateralized ones excluded) that hold T and every obligated defender of T; 0 if none does.
     * {@code iota_tau} is the mean institutionalization of the ties among the treaty's members as the network has them,
     * amendments included (assumption A20): the collective architecture puts its institutions on those ties, not on its
     * treaty, and a treaty's own coding would make a multilateral pact coordinate less than the bilateral one it replaces.
     */
    private Weight autoWeight(CrisisGame game) {
        List<String> required = new ArrayList<>();
        required.add(game.crisis.target());
        for (int k = 0; k < game.n; k++) {
            if (game.obligated(k)) {
                required.add(game.ids[k]);
            }
        }
        Treaty best = null;
        double w = 0;
        for (Treaty t : network.treaties()) {
            if (required.stream().allMatch(t::hasMember)) {
                boolean coordinated = t.institutions().integratedCommand() || t.consultationMechanism();
                double v = Math.min(1.0, membersIota(t) + (coordinated ? 0.5 : 0.0));
                if (best == null || v > w) {
                    best = t;
                    w = v;
                }
            }
        }
        if (best == null) {
            return new Weight(0.0, "auto: w = 0, no treaty in force holds " + String.join(", ", required));
        }
        boolean coordinated = best.institutions().integratedCommand() || best.consultationMechanism();
        return new Weight(w, "auto: w = " + fmt(w) + " = min(1, mean iota " + fmt(membersIota(best)) + " of its members' ties"
                + (coordinated ? " + 0.5 for its integrated command or consultation body" : "") + ") of '" + best.id()
                + "', which holds " + String.join(", ", required));
    }

    /**
     * Mean {@code iota_jt} over the ordered pairs of members the treaty ties (0 for a pair whose tie an
     * amendment removed): every ordered pair, or for a treaty with addressed obligations only the pairs
     * it binds, so a one-sided pledge is not diluted by the pairs it never tied.
     */
    private double membersIota(Treaty t) {
        // addressed() scans the members, so it is asked once, not per pair (treaties such as the TAC
        // have hundreds of members in data-sized worlds)
        boolean addressed = t.addressed();
        int m = t.members().size();
        int[] index = new int[m];
        for (int i = 0; i < m; i++) {
            index[i] = network.indexOf(t.members().get(i).state());
        }
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < m; k++) {
                if (i != k && (!addressed || t.members().get(i).owesSomething(t.members().get(k).state()))) {
                    sum += network.iota(index[i], index[k]);
                    pairs++;
                }
            }
        }
        return pairs == 0 ? 0.0 : sum / pairs;
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.4g", v);
    }

    /** What the measures need from one fixed point. */
    private record FixedPoint(double[] q, CoalitionExpectation.Marginals marginals, double[] kStar, double[] kZero,
                              double[] beta, CoalitionExpectation.Totals totals) {
        static FixedPoint of(CrisisGame game, CoalitionExpectation expectation, InterventionEquilibrium stage, double[] q) {
            CoalitionExpectation.Marginals m = new CoalitionExpectation.Marginals(game.n);
            expectation.marginals(q, m);
            double[] beta = new double[game.n];
            for (int j = 0; j < game.n; j++) {
                beta[j] = game.beta(j, q);
            }
            return new FixedPoint(q, m, stage.thresholds(q, m, true), stage.thresholds(q, m, false), beta, expectation.totals(q));
        }
    }

    /** The headline measures when one fixed point is played for sure. */
    private CrisisResult.Headline headline(CrisisGame game, PrincipalDecisions decisions, FixedPoint f) {
        CoalitionExpectation.Totals t = f.totals();
        double pResist = decisions.pResist(t.ep(), t.nuChallengers());
        double pChallenge = decisions.pChallenge(pResist, t.ep(), t.nuDefenders());
        String hub = network.hubOf(game.crisis.target()).orElse(null);
        double hubAbandonment = Double.NaN;
        for (int k = 0; k < game.n; k++) {
            if (game.ids[k].equals(hub) && game.obligated(k)) {
                hubAbandonment = 1 - f.q()[k];
            }
        }
        return new CrisisResult.Headline(1 - pChallenge, pChallenge * pResist, hubAbandonment);
    }

    /** Every measure of the mixture {@code w E^U + (1 - w) E^L} (change C10). */
    private static void measure(CrisisResult.Builder b, CrisisGame game, PrincipalDecisions decisions,
                                FixedPoint up, FixedPoint low, double w) {
        CoalitionExpectation.Totals tu = up.totals();
        CoalitionExpectation.Totals tl = low.totals();
        double ep = mix(w, tu.ep(), tl.ep());
        double nuD = mix(w, tu.nuDefenders(), tl.nuDefenders());
        double nuC = mix(w, tu.nuChallengers(), tl.nuChallengers());
        double kT = decisions.resistThreshold(ep, nuC);
        double pResist = decisions.pResist(ep, nuC);
        double pChallenge = decisions.pChallenge(pResist, ep, nuD);
        double pWar = pChallenge * pResist;

        List<CrisisResult.Candidate> candidates = new ArrayList<>();
        for (int j = 0; j < game.n; j++) {
            double q = mix(w, up.q()[j], low.q()[j]);
            double induced = mix(w, induced(game, up, j), induced(game, low, j));
            boolean obligated = game.obligated(j);
            // Change C11: honouring a defensive commitment to the attacked target is entanglement; all else is entrapment.
            double entanglement = obligated ? induced : 0.0;
            double entrapment = obligated ? 0.0 : induced;
            double cost = mix(w, game.cost.partialExpectation(up.kStar()[j]) + up.q()[j] * up.marginals().eta[j],
                    game.cost.partialExpectation(low.kStar()[j]) + low.q()[j] * low.marginals().eta[j]);
            candidates.add(new CrisisResult.Candidate(game.ids[j], game.side[j], game.obligation[j], obligated,
                    game.rawC[j], game.c[j], game.a[j], game.u[j], mix(w, up.beta()[j], low.beta()[j]),
                    mix(w, up.kStar()[j], low.kStar()[j]), q, entanglement, entanglement * pWar, entrapment, entrapment * pWar,
                    obligated ? 1.0 - q : Double.NaN, mix(w, up.marginals().share[j], low.marginals().share[j]), cost));
        }
        CrisisResult.Principal target = new CrisisResult.Principal(game.crisis.target(), game.rawCT, game.cT, kT,
                mix(w, tu.shareTarget(), tl.shareTarget()),
                game.cost.partialExpectation(kT) + pResist * game.compellenceCost * nuC);
        CrisisResult.Principal challenger = new CrisisResult.Principal(game.crisis.challenger(), game.rawCC, game.cC,
                Double.NaN, mix(w, tu.shareChallenger(), tl.shareChallenger()), Double.NaN);
        double[] se = {0, 0, 0};
        double seDeterrence = 0;
        if (tu.draws() != null) {
            double[][] cov = covarianceOfMeans(w, tu.draws(), tl.draws());
            for (int i = 0; i < 3; i++) {
                se[i] = Math.sqrt(cov[i][i]);
            }
            seDeterrence = decisions.seDeterrence(ep, nuD, nuC, cov);
        }
        b.expectations(new CrisisResult.Expectations(ep, nuD, nuC, se[0], se[1], se[2], seDeterrence))
                .pResist(pResist).pChallenge(pChallenge).target(target).challenger(challenger).candidates(candidates);
    }

    /** {@code F(k*) - F(k0)}: the probability of fighting that commitments add to interests (change C11). */
    private static double induced(CrisisGame game, FixedPoint f, int j) {
        return game.cost.cdf(f.kStar()[j]) - game.cost.cdf(f.kZero()[j]);
    }

    private static double mix(double w, double upper, double lower) {
        if (w == 1.0) {
            return upper;
        }
        if (w == 0.0) {
            return lower;
        }
        // written so that equal values mix to themselves exactly (a probability of 1 stays 1)
        return lower + w * (upper - lower);
    }

    /**
     * The covariance matrix of the means of {@code (p, ν_D, ν_C)} over the draws, each draw's value
     * the mixture of its two fixed points' values (the same uniforms feed both): sample covariance / R.
     */
    private static double[][] covarianceOfMeans(double w, double[][] upper, double[][] lower) {
        int r = upper.length;
        double[][] v = new double[r][3];
        double[] mean = new double[3];
        for (int d = 0; d < r; d++) {
            for (int i = 0; i < 3; i++) {
                v[d][i] = mix(w, upper[d][i], lower[d][i]);
                mean[i] += v[d][i] / r;
            }
        }
        double[][] cov = new double[3][3];
        for (double[] x : v) {
            for (int i = 0; i < 3; i++) {
                for (int k = 0; k < 3; k++) {
                    cov[i][k] += (x[i] - mean[i]) * (x[k] - mean[k]);
                }
            }
        }
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                cov[i][k] /= (double) (r - 1) * r;
            }
        }
        return cov;
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
