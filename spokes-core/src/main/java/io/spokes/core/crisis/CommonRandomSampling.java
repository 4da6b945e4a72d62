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
        // How many joiners make each side's nuclear threat credible: j's own membership is taken out by count.
        for (double[] u : uniforms) {
            double xD = game.cT;
            double xC = game.cC;
            int raisersD = 0;
            int raisersC = 0;
            for (int i = 0; i < n; i++) {
                if (u[i] < q[i]) {
                    if (game.side[i] == Side.DEFENDER) {
                        xD += game.c[i];
                    } else {
                        xC += game.c[i];
                    }
                    raisersD += game.raisesNuD(i) ? 1 : 0;
                    raisersC += game.raisesNuC(i) ? 1 : 0;
                }
            }
            for (int j = 0; j < n; j++) {
                boolean joined = u[j] < q[j];
                double cj = game.c[j];
                if (game.side[j] == Side.DEFENDER) {
                    double without = joined ? xD - cj : xD;
                    double with = without + cj;
                    out.gain[j] += game.winProbability(with, xC) - game.winProbability(without, xC);
                    out.share[j] += cj / with;
                } else {
                    double without = joined ? xC - cj : xC;
                    double with = without + cj;
                    out.gain[j] += game.winProbability(xD, without) - game.winProbability(xD, with);
                    out.share[j] += cj / with;
                }
                int othersD = raisersD - (joined && game.raisesNuD(j) ? 1 : 0);
                int othersC = raisersC - (joined && game.raisesNuC(j) ? 1 : 0);
                boolean nuD = game.nuclearT || othersD > 0 || game.raisesNuD(j);
                boolean nuC = game.nuclearC || othersC > 0 || game.raisesNuC(j);
                out.eta[j] += game.eta(j, nuD, nuC);
            }
        }
        double m = uniforms.length;
        for (int j = 0; j < n; j++) {
            out.gain[j] /= m;
            out.share[j] /= m;
            out.eta[j] /= m;
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
