package io.spokes.core.crisis;

/**
 * Exact expectations by depth-first enumeration of every coalition of candidates, pruning
 * branches of probability zero (so the all-0 and all-1 starts cost one path).
 */
final class ExactEnumeration implements CoalitionExpectation {
    private final CrisisGame game;
    private final int[] order;

    ExactEnumeration(CrisisGame game) {
        this.game = game;
        this.order = new int[game.n];
    }

    @Override
    public boolean sampled() {
        return false;
    }

    @Override
    public void marginals(double[] q, Marginals out) {
        for (int j = 0; j < game.n; j++) {
            int m = 0;
            for (int i = 0; i < game.n; i++) {
                if (i != j) {
                    order[m++] = i;
                }
            }
            Accumulator acc = new Accumulator();
            marginal(j, q, 0, m, 1.0, game.cT, game.cC, game.nuclearT, game.nuclearC, acc);
            out.gain[j] = acc.gain;
            out.share[j] = unit(acc.share);
            out.eta[j] = acc.eta;
        }
    }

    private void marginal(int j, double[] q, int pos, int m, double w, double xD, double xC, boolean nuD, boolean nuC,
                          Accumulator acc) {
        if (pos == m) {
            double cj = game.c[j];
            if (game.side[j] == Side.DEFENDER) {
                double x = xD + cj;
                acc.gain += w * (game.winProbability(x, xC) - game.winProbability(xD, xC));
                acc.share += w * cj / x;
            } else {
                double x = xC + cj;
                acc.gain += w * (game.winProbability(xD, xC) - game.winProbability(xD, x));
                acc.share += w * cj / x;
            }
            acc.eta += w * game.eta(j, nuD || game.raisesNuD(j), nuC || game.raisesNuC(j));
            return;
        }
        int i = order[pos];
        double qi = q[i];
        if (qi > 0) {
            boolean d = game.side[i] == Side.DEFENDER;
            marginal(j, q, pos + 1, m, w * qi, d ? xD + game.c[i] : xD, d ? xC : xC + game.c[i],
                    nuD || game.raisesNuD(i), nuC || game.raisesNuC(i), acc);
        }
        if (qi < 1) {
            marginal(j, q, pos + 1, m, w * (1 - qi), xD, xC, nuD, nuC, acc);
        }
    }

    @Override
    public Totals totals(double[] q) {
        double[] acc = new double[5];
        total(q, 0, 1.0, game.cT, game.cC, game.nuclearT, game.nuclearC, acc);
        // the path weights sum to 1 up to rounding: keep the probabilities and shares in [0, 1]
        return new Totals(unit(acc[0]), unit(acc[1]), unit(acc[2]), unit(acc[3]), unit(acc[4]), null);
    }

    private static double unit(double x) {
        return Math.min(1.0, x);
    }

    private void total(double[] q, int i, double w, double xD, double xC, boolean nuD, boolean nuC, double[] acc) {
        if (i == game.n) {
            acc[0] += w * game.winProbability(xD, xC);
            acc[1] += nuD ? w : 0;
            acc[2] += nuC ? w : 0;
            acc[3] += w * game.cT / xD;
            acc[4] += w * game.cC / xC;
            return;
        }
        double qi = q[i];
        if (qi > 0) {
            boolean d = game.side[i] == Side.DEFENDER;
            total(q, i + 1, w * qi, d ? xD + game.c[i] : xD, d ? xC : xC + game.c[i],
                    nuD || game.raisesNuD(i), nuC || game.raisesNuC(i), acc);
        }
        if (qi < 1) {
            total(q, i + 1, w * (1 - qi), xD, xC, nuD, nuC, acc);
        }
    }

    private static final class Accumulator {
        double gain;
        double share;
        double eta;
    }
}
