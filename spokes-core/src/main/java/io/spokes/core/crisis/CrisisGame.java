package io.spokes.core.crisis;

import io.spokes.core.domain.Conditions;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Location;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Parameters;
import io.spokes.core.domain.Region;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.State;
import io.spokes.core.network.AllianceNetwork;
import io.spokes.core.network.Tie;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One crisis {@code (C, T, s)} on an alliance network, reduced to what the equilibrium needs
 * (docs/model.md §5.4–5.8, model v2): the obligation that applies to each state in this crisis
 * (change C4), crisis affinities and interests (C6), the candidates on each side with their
 * effective capabilities (C3), who carries a credible nuclear threat (C5), the breach costs
 * {@code beta_j} (C8, C9), and the two principals. Immutable; validated on construction.
 */
public final class CrisisGame {
    /** Marker in {@link #hubCandidate}: no hub pressure. */
    static final int NO_HUB = -1;
    /** Marker in {@link #hubCandidate}: the hub is the protégé itself, so {@code q_H = 1}. */
    static final int HUB_IS_PROTEGE = -2;
    /** Obligations in the A1 order: the applying obligation is the first of these that applies. */
    private static final Obligation[] RANKED = {Obligation.DEFENSE, Obligation.OFFENSE, Obligation.CONSULTATION,
            Obligation.NEUTRALITY, Obligation.NONAGGRESSION};

    final Crisis crisis;
    final AllianceNetwork network;
    final Region region;
    /** "on", or "off: " and why power is not projected over distance in this crisis. */
    final String projection;
    final double s;
    final double gamma;
    final double muTheta;
    final double sigmaTheta;
    final double kbar;
    final double challengeCost;
    final double opportunity;
    /** {@code z}: the nuclear cost a side pays when the other side holds a credible nuclear threat. */
    final double nuclearCost;
    /** {@code zeta z}: what a defending fighter pays facing a nuclear challenger side. */
    final double compellenceCost;
    /** Effective capabilities of the target and challenger. */
    final double cT;
    final double cC;
    final double rawCT;
    final double rawCC;
    final boolean nuclearT;
    final boolean nuclearC;
    /** Every actor's war cost: {@code kappa ~ LogNormal(ln kbar, sigma_k)} (no nuclear adjustment in v2). */
    final LogNormalCost cost;
    final int n;
    final int[] stateIndex;
    final String[] ids;
    final Side[] side;
    /** Effective capability {@code ĉ_j}. */
    final double[] c;
    final double[] rawC;
    /** Crisis affinity {@code a_j} toward the protégé. */
    final double[] a;
    /** Interest {@code u_j} in the protégé apart from commitments. */
    final double[] u;
    /** The applying obligation {@code o*_j} to the protégé. */
    final Obligation[] obligation;
    /** Whether the candidate, joining, makes its side's nuclear threat credible (an umbrella holder of its protégé). */
    final boolean[] umbrella;
    final double[] betaFixed;
    final double[] dependence;
    final int[] hubCandidate;

    public CrisisGame(AllianceNetwork network, Crisis crisis) {
        this.network = network;
        this.crisis = crisis;
        Scenario scenario = network.scenario();
        Parameters p = scenario.parameters();
        int ci = network.indexOf(crisis.challenger());
        int ti = network.indexOf(crisis.target());
        if (ci == ti) {
            throw new FieldException("target", "challenger and target must differ, both are '" + crisis.target() + "'");
        }
        this.region = crisis.regionIn(scenario);
        this.s = p.get(Parameter.S);
        this.gamma = p.get(Parameter.GAMMA);
        this.muTheta = p.get(Parameter.MU_THETA);
        this.sigmaTheta = p.get(Parameter.SIGMA_THETA);
        this.kbar = p.get(Parameter.KBAR);
        this.challengeCost = p.get(Parameter.CHALLENGE_COST);
        this.opportunity = p.get(Parameter.OPPORTUNITY);
        this.nuclearCost = p.get(Parameter.NUCLEAR_COST);
        this.compellenceCost = p.get(Parameter.NUCLEAR_COMPELLENCE) * nuclearCost;
        this.cost = LogNormalCost.withMedian(kbar, p.get(Parameter.SIGMA_K));
        this.nuclearT = network.state(ti).nuclear();
        this.nuclearC = network.state(ci).nuclear();

        // min_adversaries needs the size of the other side before the sides are known: the sides are
        // first formed with every min_adversaries condition taken as met, then formed again with the
        // counts of that first pass (docs/model.md A16). Counting on the general affinities instead
        // would let an obligation that does not apply to this crisis move a state between the sides.
        int preliminaryD = 0;
        int preliminaryS = 0;
        for (int j = 0; j < network.size(); j++) {
            if (j != ci && j != ti) {
                double ajT = crisisAffinity(p, j, ti, applyingObligation(j, ti, ti, ci, false, Integer.MAX_VALUE));
                double ajC = crisisAffinity(p, j, ci, applyingObligation(j, ci, ti, ti, true, Integer.MAX_VALUE));
                if (ajT > 0 && ajT >= ajC) {
                    preliminaryD++;
                } else if (ajC > 0) {
                    preliminaryS++;
                }
            }
        }
        List<Integer> members = new ArrayList<>();
        List<Side> sides = new ArrayList<>();
        List<Obligation> applying = new ArrayList<>();
        List<Double> affinities = new ArrayList<>();
        for (int j = 0; j < network.size(); j++) {
            if (j == ci || j == ti) {
                continue;
            }
            Obligation oT = applyingObligation(j, ti, ti, ci, false, 1 + preliminaryS);
            Obligation oC = applyingObligation(j, ci, ti, ti, true, 1 + preliminaryD);
            double ajT = crisisAffinity(p, j, ti, oT);
            double ajC = crisisAffinity(p, j, ci, oC);
            if (ajT > 0 || ajC > 0) {
                boolean defends = ajT > 0 && ajT >= ajC;
                members.add(j);
                sides.add(defends ? Side.DEFENDER : Side.SUPPORTER);
                applying.add(defends ? oT : oC);
                affinities.add(defends ? ajT : ajC);
            }
        }
        this.n = members.size();
        this.stateIndex = members.stream().mapToInt(Integer::intValue).toArray();
        this.side = sides.toArray(new Side[0]);
        this.obligation = applying.toArray(new Obligation[0]);
        this.ids = new String[n];
        this.rawC = new double[n];
        this.c = new double[n];
        this.a = new double[n];
        this.u = new double[n];
        this.umbrella = new boolean[n];
        this.betaFixed = new double[n];
        this.dependence = new double[n];
        this.hubCandidate = new int[n];

        this.rawCT = network.state(ti).capability();
        this.rawCC = network.state(ci).capability();
        for (int k = 0; k < n; k++) {
            ids[k] = network.state(stateIndex[k]).id();
            rawC[k] = network.state(stateIndex[k]).capability();
            a[k] = affinities.get(k);
        }
        Location theater = crisis.theaterIn(scenario);
        this.projection = projectionNote(p, ci, ti, theater);
        boolean projected = projection.equals("on");
        this.cT = projected ? projected(rawCT, network.state(ti), theater, p) : rawCT;
        this.cC = projected ? projected(rawCC, network.state(ci), theater, p) : rawCC;

        double rho = p.get(Parameter.RHO);
        double lambdaDep = p.get(Parameter.LAMBDA_DEP);
        for (int k = 0; k < n; k++) {
            int j = stateIndex[k];
            State st = network.state(j);
            c[k] = projected ? projected(rawC[k], st, theater, p) : rawC[k];
            int protege = side[k] == Side.DEFENDER ? ti : ci;
            u[k] = network.interest(j, protege);
            Tie tie = network.tieOrNull(j, protege);
            umbrella[k] = st.nuclear() && obligation[k].isMilitary() && tie != null && tie.umbrella();
            double breach = p.lambda(obligation[k]) * (1 + network.iota(j, protege)) * network.pledge(j, protege);
            betaFixed[k] = breach + rho * reputation(j, obligation[k], ti, ci);
            hubCandidate[k] = NO_HUB;
            Optional<String> hub = network.hubOfSpoke(ids[k]);
            if (hub.isPresent()) {
                int h = network.indexOf(hub.get());
                int hk = members.indexOf(h);
                if (h == protege) {
                    hubCandidate[k] = HUB_IS_PROTEGE;
                } else if (hk >= 0 && side[hk] == side[k]) {
                    hubCandidate[k] = hk;
                }
                dependence[k] = lambdaDep * network.dependence(j, h);
            }
        }
    }

    /**
     * {@code o*_jP} (change C4): the highest-ranked obligation j owes its protégé P that applies in
     * this crisis. A supporter (P = C) is bound only by offense: a defense pact promises help when
     * the ally is attacked, not when it attacks.
     */
    private Obligation applyingObligation(int j, int protege, int ti, int adversary, boolean supporter, int opposingStates) {
        Tie tie = network.tieOrNull(j, protege);
        if (tie == null) {
            return Obligation.NONE;
        }
        String theaterState = network.state(ti).id();
        String adversaryId = network.state(adversary).id();
        for (Obligation o : RANKED) {
            if (supporter && o != Obligation.OFFENSE) {
                continue;
            }
            for (Conditions cond : tie.conditionsOf(o)) {
                if (cond.appliesTo(region, theaterState, adversaryId, supporter, opposingStates, crisis.label())) {
                    return o;
                }
            }
        }
        return Obligation.NONE;
    }

    /** The crisis affinity toward P (change C6): the override if the scenario gives one, else the formula with the applying obligation. */
    private double crisisAffinity(Parameters p, int j, int protege, Obligation applying) {
        double override = network.affinityOverride(j, protege);
        if (!Double.isNaN(override)) {
            return override;
        }
        return AllianceNetwork.affinity(p, applying, network.iota(j, protege), network.interest(j, protege));
    }

    /** "on", or why the loss-of-strength gradient is off in this crisis (change C3). */
    private String projectionNote(Parameters p, int ci, int ti, Location theater) {
        if (p.getInt(Parameter.PROJECTION) == 0) {
            return "off: projection = 0";
        }
        List<String> missing = new ArrayList<>();
        List<Integer> participants = new ArrayList<>(List.of(ci, ti));
        for (int j : stateIndex) {
            participants.add(j);
        }
        for (int i : participants) {
            if (network.state(i).capital() == null) {
                missing.add(network.state(i).id());
            }
        }
        if (!missing.isEmpty()) {
            return "off: no capital for " + String.join(", ", missing);
        }
        if (theater == null) {
            return "off: no theater";
        }
        for (int i : participants) {
            State st = network.state(i);
            if (st.capability() > 1) {
                throw new FieldException("projection", "capability of " + FieldException.quote(st.id()) + " is " + st.capability()
                        + ", above 1: the loss-of-strength gradient needs capabilities that are shares of the system (at most 1);"
                        + " give shares, or set projection: 0");
            }
        }
        return "on";
    }

    /** {@code ĉ = c^x}, {@code x = log10(d / miles_per_day + (10 - e))} (Bueno de Mesquita 1981, as EUGene computes it). */
    private static double projected(double capability, State state, Location theater, Parameters p) {
        double miles = state.capital().milesTo(theater);
        double x = Math.log10(miles / p.get(Parameter.MILES_PER_DAY) + (10 - Math.E));
        return Math.pow(capability, x);
    }

    /**
     * {@code R_j = [o* military] (1 - prod_{t' in Prot_j \ {T, C}} (1 - a_jt'))} (change C8): the
     * credibility at stake with j's other protégés; it never falls as a protégé is added.
     */
    private double reputation(int j, Obligation o, int ti, int ci) {
        if (!o.isMilitary()) {
            return 0.0;
        }
        double untouched = 1.0;
        for (int t : network.proteges(j)) {
            if (t != ti && t != ci) {
                untouched *= 1 - network.affinity(j, t);
            }
        }
        return 1 - untouched;
    }

    /** {@code beta_j} at the current intervention probabilities (dependence makes it endogenous, A8). */
    double beta(int k, double[] q) {
        int h = hubCandidate[k];
        double qH = h == HUB_IS_PROTEGE ? 1.0 : h >= 0 ? q[h] : 0.0;
        return betaFixed[k] + dependence[k] * qH;
    }

    /** Contest success function: the defenders' probability of winning. */
    double winProbability(double xD, double xC) {
        if (gamma == 1.0) {
            return xD / (xD + xC);
        }
        double d = Math.pow(xD, gamma);
        return d / (d + Math.pow(xC, gamma));
    }

    /**
     * {@code eta_j}: the nuclear cost candidate k pays fighting, given whether each side holds a
     * credible nuclear threat (change C5).
     */
    double eta(int k, boolean nuD, boolean nuC) {
        if (side[k] == Side.DEFENDER) {
            return nuC ? compellenceCost : 0.0;
        }
        return nuD ? nuclearCost : 0.0;
    }

    /** Whether candidate k, joining, makes the defenders' nuclear threat credible. */
    boolean raisesNuD(int k) {
        return umbrella[k] && side[k] == Side.DEFENDER;
    }

    /** Whether candidate k, joining, makes the challenger side's nuclear threat credible. */
    boolean raisesNuC(int k) {
        return umbrella[k] && side[k] == Side.SUPPORTER;
    }

    public Crisis crisis() {
        return crisis;
    }

    public AllianceNetwork network() {
        return network;
    }

    /** Number of candidates {@code |D| + |S|}. */
    public int candidates() {
        return n;
    }

    public String candidate(int k) {
        return ids[k];
    }

    public Side side(int k) {
        return side[k];
    }

    /** Obligated defender: on the target's side with a defense or offense obligation that applies in this crisis. */
    public boolean obligated(int k) {
        return side[k] == Side.DEFENDER && obligation[k].isMilitary();
    }
}
