package io.spokes.core.crisis;

import org.apache.commons.rng.UniformRandomProvider;

import java.util.Arrays;

/**
 * Sampled expectations with common random numbers (assumption A13): one uniform per candidate per
 * draw, generated once and reused at every iteration, candidate {@code i} joining draw {@code d}
 * iff {@code U[d][i] < q_i}. Reusing the draws keeps the iteration map deterministic and smooth
 * enough in {@code q} to converge.
 */
final class CommonRandomSampling implements CoalitionExpectation {
    private final CrisisGame game;
    private final double[][] uniforms;

    CommonRandomSampling(CrisisGame game, int draws, UniformRandomProvider rng) {
        this.game = game;
        this.uniforms = new double[draws][game.n];
        for (double[] row : uniforms) {
            for (int i = 0; i < game.n; i++) {
                row[i] = rng.nextDouble();
            }
        }
    }

    int draws() {
        return uniforms.length;
    }

    @Override
    public boolean sampled() {
        return true;
    }

    @Override
    public void marginals(double[] q, Marginals out) {
        int n = game.n;
        Arrays.fill(out.gain, 0);
        Arrays.fill(out.share, 0);
        Arrays.fill(out.eta, 0);
        // Per-candidate constants out of the draw loop: it runs draws x n times per iteration.
        boolean[] defender = new boolean[n];
        boolean[] raisesD = new boolean[n];
        boolean[] raisesC = new boolean[n];
        double[] c = game.c;
        double[] cD = new double[n];
        double[] cS = new double[n];
        boolean anyRaiser = false;
        for (int i = 0; i < n; i++) {
            defender[i] = game.side[i] == Side.DEFENDER;
            cD[i] = defender[i] ? c[i] : 0.0;
            cS[i] = defender[i] ? 0.0 : c[i];
            raisesD[i] = game.raisesNuD(i);
            raisesC[i] = game.raisesNuC(i);
            anyRaiser |= raisesD[i] || raisesC[i];
        }
        for (double[] u : uniforms) {
            double xD = game.cT;
            double xC = game.cC;
            int raisersD = 0;
            int raisersC = 0;
            // Joining is a coin flip at q near 1/2, so the sums avoid branching on it (a mispredicted
            // branch per candidate and draw cost v2 three times v1's time at 34 candidates).
            for (int i = 0; i < n; i++) {
                double joins = u[i] < q[i] ? 1.0 : 0.0;
                xD += joins * cD[i];
                xC += joins * cS[i];
            }
            if (anyRaiser) {
                for (int i = 0; i < n; i++) {
                    if (u[i] < q[i]) {
                        raisersD += raisesD[i] ? 1 : 0;
                        raisersC += raisesC[i] ? 1 : 0;
                    }
                }
            }
            double pBoth = game.winProbability(xD, xC);
            for (int j = 0; j < n; j++) {
                boolean joined = u[j] < q[j];
                double cj = c[j];
                if (defender[j]) {
                    double without = joined ? xD - cj : xD;
                    double with = without + cj;
                    // the coalition as drawn is one of the two; only the other needs computing
                    double pWith = joined ? pBoth : game.winProbability(with, xC);
                    double pWithout = joined ? game.winProbability(without, xC) : pBoth;
                    out.gain[j] += pWith - pWithout;
                    out.share[j] += cj / with;
                } else {
                    double without = joined ? xC - cj : xC;
                    double with = without + cj;
                    double pWith = joined ? pBoth : game.winProbability(xD, with);
                    double pWithout = joined ? game.winProbability(xD, without) : pBoth;
                    out.gain[j] += pWithout - pWith;
                    out.share[j] += cj / with;
                }
                if (anyRaiser) {
                    // How many joiners make each side's nuclear threat credible: j's own membership is taken out by count.
                    int othersD = raisersD - (joined && raisesD[j] ? 1 : 0);
                    int othersC = raisersC - (joined && raisesC[j] ? 1 : 0);
                    boolean nuD = game.nuclearT || othersD > 0 || raisesD[j];
                    boolean nuC = game.nuclearC || othersC > 0 || raisesC[j];
                    out.eta[j] += game.eta(j, nuD, nuC);
                }
            }
        }
        double m = uniforms.length;
        for (int j = 0; j < n; j++) {
            out.gain[j] /= m;
            out.share[j] /= m;
            // without umbrella holders each side's threat is fixed by its principal alone
            out.eta[j] = anyRaiser ? out.eta[j] / m : game.eta(j, game.nuclearT, game.nuclearC);
        }
    }

    @Override
    public Totals totals(double[] q) {
        double[] sum = new double[5];
        double[][] draws = new double[uniforms.length][];
        for (int r = 0; r < uniforms.length; r++) {
            double[] u = uniforms[r];
            double xD = game.cT;
            double xC = game.cC;
            boolean nuD = game.nuclearT;
            boolean nuC = game.nuclearC;
            for (int i = 0; i < game.n; i++) {
                if (u[i] < q[i]) {
                    if (game.side[i] == Side.DEFENDER) {
                        xD += game.c[i];
                    } else {
                        xC += game.c[i];
                    }
                    nuD |= game.raisesNuD(i);
                    nuC |= game.raisesNuC(i);
                }
            }
            double[] v = {game.winProbability(xD, xC), nuD ? 1 : 0, nuC ? 1 : 0};
            draws[r] = v;
            sum[0] += v[0];
            sum[1] += v[1];
            sum[2] += v[2];
            sum[3] += game.cT / xD;
            sum[4] += game.cC / xC;
        }
        double m = uniforms.length;
        return new Totals(sum[0] / m, sum[1] / m, sum[2] / m, sum[3] / m, sum[4] / m, draws);
    }
}
