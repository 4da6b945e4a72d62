package io.spokes.core.crisis;

import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Parameters;
import io.spokes.core.network.AllianceNetwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One crisis {@code (C, T, s)} on an alliance network, reduced to what the equilibrium needs
 * (docs/model.md §5.4–5.8): the candidates on each side with capability {@code c_j}, affinity to their
 * protégé, cost distribution and breach cost {@code beta_j}, and the two principals.
 * Immutable; validated on construction.
 */
public final class CrisisGame {
    /** Marker in {@link #hubCandidate}: no hub pressure. */
    static final int NO_HUB = -1;
    /** Marker in {@link #hubCandidate}: the hub is the protégé itself, so {@code q_H = 1}. */
    static final int HUB_IS_PROTEGE = -2;

    final Crisis crisis;
    final AllianceNetwork network;
    final double s;
    final double gamma;
    final double phi;
    final double muTheta;
    final double sigmaTheta;
    final double cT;
    final double cC;
    final LogNormalCost costT;
    final LogNormalCost costC;
    final double kbarT;
    final double kbarC;
    final int n;
    final int[] stateIndex;
    final String[] ids;
    final Side[] side;
    final double[] c;
    final double[] a;
    final Obligation[] obligation;
    final double[] betaFixed;
    final double[] dependence;
    final int[] hubCandidate;
    final double[] kbar;
    final LogNormalCost[] cost;

    public CrisisGame(AllianceNetwork network, Crisis crisis) {
        this.network = network;
        this.crisis = crisis;
        Parameters p = network.scenario().parameters();
        int ci = network.indexOf(crisis.challenger());
        int ti = network.indexOf(crisis.target());
        if (ci == ti) {
            throw new FieldException("target", "challenger and target must differ, both are '" + crisis.target() + "'");
        }
        this.s = p.get(Parameter.S);
        this.gamma = p.get(Parameter.GAMMA);
        this.phi = 0.5 /* v1 constant until the v2 engine lands */;
        this.muTheta = p.get(Parameter.MU_THETA);
        this.sigmaTheta = p.get(Parameter.SIGMA_THETA);
        this.cT = network.state(ti).capability();
        this.cC = network.state(ci).capability();

        List<Integer> members = new ArrayList<>();
        List<Side> sides = new ArrayList<>();
        for (int j = 0; j < network.size(); j++) {
            if (j == ci || j == ti) {
                continue;
            }
            double ajT = network.affinity(j, ti);
            double ajC = network.affinity(j, ci);
            if (ajT > 0 || ajC > 0) {
                members.add(j);
                sides.add(ajT >= ajC ? Side.DEFENDER : Side.SUPPORTER);
            }
        }
        this.n = members.size();
        this.stateIndex = members.stream().mapToInt(Integer::intValue).toArray();
        this.side = sides.toArray(new Side[0]);
        this.ids = new String[n];
        this.c = new double[n];
        this.a = new double[n];
        this.obligation = new Obligation[n];
        this.betaFixed = new double[n];
        this.dependence = new double[n];
        this.hubCandidate = new int[n];
        this.kbar = new double[n];
        this.cost = new LogNormalCost[n];

        boolean nuclearD = network.state(ti).nuclear();
        boolean nuclearS = network.state(ci).nuclear();
        for (int k = 0; k < n; k++) {
            boolean nuclear = network.state(stateIndex[k]).nuclear();
            if (side[k] == Side.DEFENDER) {
                nuclearD |= nuclear;
            } else {
                nuclearS |= nuclear;
            }
        }
        double kbar0 = p.get(Parameter.KBAR);
        double factor = 1.5 /* v1 constant until the v2 engine lands */;
        double sigmaK = p.get(Parameter.SIGMA_K);
        double kbarDefenders = kbar0 * (nuclearS && !nuclearD ? factor : 1.0);
        double kbarSupporters = kbar0 * (nuclearD && !nuclearS ? factor : 1.0);
        this.kbarT = kbarDefenders;
        this.kbarC = kbarSupporters;
        this.costT = LogNormalCost.withMedian(kbarT, sigmaK);
        this.costC = LogNormalCost.withMedian(kbarC, sigmaK);

        for (int k = 0; k < n; k++) {
            int j = stateIndex[k];
            boolean defends = side[k] == Side.DEFENDER;
            int protege = defends ? ti : ci;
            ids[k] = network.state(j).id();
            c[k] = network.state(j).capability();
            a[k] = network.affinity(j, protege);
            obligation[k] = network.obligation(j, protege);
            kbar[k] = defends ? kbarDefenders : kbarSupporters;
            cost[k] = LogNormalCost.withMedian(kbar[k], sigmaK);
            double lambda = defends ? p.lambda(obligation[k]) : supporterLambda(p, obligation[k]);
            double breach = lambda * (1 + network.iota(j, protege)) * network.pledge(j, protege);
            betaFixed[k] = breach + p.get(Parameter.RHO) * reputation(j, obligation[k], ti, ci);
            hubCandidate[k] = NO_HUB;
            Optional<String> hub = network.hubOfSpoke(ids[k]);
            if (hub.isPresent()) {
                int h = network.indexOf(hub.get());
                int hk = indexOfCandidate(members, h);
                if (h == protege) {
                    hubCandidate[k] = HUB_IS_PROTEGE;
                } else if (hk >= 0 && side[hk] == side[k]) {
                    hubCandidate[k] = hk;
                }
                dependence[k] = p.get(Parameter.LAMBDA_DEP) * dependence(j, h);
            }
        }
    }

    /** A supporter's breach cost (docs/model.md §5.8): offense only for an offense pledge; any other obligation counts as consultation; none costs nothing (A6). */
    private static double supporterLambda(Parameters p, Obligation o) {
        return switch (o) {
            case OFFENSE -> p.lambda(Obligation.OFFENSE);
            case NONE -> 0.0;
            default -> p.lambda(Obligation.CONSULTATION);
        };
    }

    /** {@code R_j}: mean affinity to j's other protégés, when j is obligated to the one at stake. */
    private double reputation(int j, Obligation o, int ti, int ci) {
        if (!o.isMilitary()) {
            return 0.0;
        }
        Set<Integer> proteges = network.proteges(j);
        double sum = 0;
        int count = 0;
        for (int t : proteges) {
            if (t != ti && t != ci) {
                sum += network.affinity(j, t);
                count++;
            }
        }
        return count == 0 ? 0.0 : sum / count;
    }

    /** {@code Dep_j = c_H a_Hj / (c_j + sum_{m != j} c_m a_mj)}. */
    private double dependence(int j, int h) {
        double denominator = network.state(j).capability();
        for (int m = 0; m < network.size(); m++) {
            if (m != j) {
                denominator += network.state(m).capability() * network.affinity(m, j);
            }
        }
        return network.state(h).capability() * network.affinity(h, j) / denominator;
    }

    private static int indexOfCandidate(List<Integer> members, int stateIdx) {
        return members.indexOf(stateIdx);
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

    /** A fighter's softened burden {@code share^phi}. */
    double burden(double share) {
        if (phi == 0.5) {
            return Math.sqrt(share);
        }
        if (phi == 1.0) {
            return share;
        }
        return Math.pow(share, phi);
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

    /** Obligated defender: on the target's side with a defense or offense obligation to it. */
    public boolean obligated(int k) {
        return side[k] == Side.DEFENDER && obligation[k].isMilitary();
    }
}
