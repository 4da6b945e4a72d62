package io.spokes.core.crisis;

import org.apache.commons.rng.UniformRandomProvider;

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
        java.util.Arrays.fill(out.gain, 0);
        java.util.Arrays.fill(out.burden, 0);
        java.util.Arrays.fill(out.share, 0);
        for (double[] u : uniforms) {
            double xD = game.cT;
            double xC = game.cC;
            for (int i = 0; i < n; i++) {
                if (u[i] < q[i]) {
                    if (game.side[i] == Side.DEFENDER) {
                        xD += game.c[i];
                    } else {
                        xC += game.c[i];
                    }
                }
            }
            for (int j = 0; j < n; j++) {
                boolean joined = u[j] < q[j];
                double cj = game.c[j];
                if (game.side[j] == Side.DEFENDER) {
                    double without = joined ? xD - cj : xD;
                    double with = without + cj;
                    out.gain[j] += game.winProbability(with, xC) - game.winProbability(without, xC);
                    out.burden[j] += game.burden(cj / with);
                    out.share[j] += cj / with;
                } else {
                    double without = joined ? xC - cj : xC;
                    double with = without + cj;
                    out.gain[j] += game.winProbability(xD, without) - game.winProbability(xD, with);
                    out.burden[j] += game.burden(cj / with);
                    out.share[j] += cj / with;
                }
            }
        }
        double m = uniforms.length;
        for (int j = 0; j < n; j++) {
            out.gain[j] /= m;
            out.burden[j] /= m;
            out.share[j] /= m;
        }
    }

    @Override
    public Totals totals(double[] q) {
        double[] sum = new double[5];
        double[] sq = new double[3];
        for (double[] u : uniforms) {
            double xD = game.cT;
            double xC = game.cC;
            for (int i = 0; i < game.n; i++) {
                if (u[i] < q[i]) {
                    if (game.side[i] == Side.DEFENDER) {
                        xD += game.c[i];
                    } else {
                        xC += game.c[i];
                    }
                }
            }
            double[] v = {game.winProbability(xD, xC), game.burden(game.cT / xD), game.burden(game.cC / xC),
                    game.cT / xD, game.cC / xC};
            for (int k = 0; k < 5; k++) {
                sum[k] += v[k];
            }
            for (int k = 0; k < 3; k++) {
                sq[k] += v[k] * v[k];
            }
        }
        double m = uniforms.length;
        double[] mean = new double[5];
        double[] se = new double[3];
        for (int k = 0; k < 5; k++) {
            mean[k] = sum[k] / m;
        }
        for (int k = 0; k < 3; k++) {
            double var = Math.max(0, (sq[k] / m - mean[k] * mean[k]) * m / (m - 1));
            se[k] = Math.sqrt(var / m);
        }
        return new Totals(mean[0], mean[1], mean[2], mean[3], mean[4], se[0], se[1], se[2]);
    }
}
