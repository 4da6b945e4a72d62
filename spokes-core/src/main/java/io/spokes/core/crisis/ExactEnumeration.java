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
            marginal(j, q, 0, m, 1.0, game.cT, game.cC, acc);
            out.gain[j] = acc.gain;
            out.burden[j] = acc.burden;
            out.share[j] = acc.share;
        }
    }

    private void marginal(int j, double[] q, int pos, int m, double w, double xD, double xC, Accumulator acc) {
        if (pos == m) {
            double cj = game.c[j];
            if (game.side[j] == Side.DEFENDER) {
                double x = xD + cj;
                acc.gain += w * (game.winProbability(x, xC) - game.winProbability(xD, xC));
                acc.burden += w * game.burden(cj / x);
                acc.share += w * cj / x;
            } else {
                double x = xC + cj;
                acc.gain += w * (game.winProbability(xD, xC) - game.winProbability(xD, x));
                acc.burden += w * game.burden(cj / x);
                acc.share += w * cj / x;
            }
            return;
        }
        int i = order[pos];
        double qi = q[i];
        if (qi > 0) {
            boolean d = game.side[i] == Side.DEFENDER;
            marginal(j, q, pos + 1, m, w * qi, d ? xD + game.c[i] : xD, d ? xC : xC + game.c[i], acc);
        }
        if (qi < 1) {
            marginal(j, q, pos + 1, m, w * (1 - qi), xD, xC, acc);
        }
    }

    @Override
    public Totals totals(double[] q) {
        double[] acc = new double[5];
        total(q, 0, 1.0, game.cT, game.cC, acc);
        return new Totals(acc[0], acc[1], acc[2], acc[3], acc[4], 0, 0, 0);
    }

    private void total(double[] q, int i, double w, double xD, double xC, double[] acc) {
        if (i == game.n) {
            acc[0] += w * game.winProbability(xD, xC);
            acc[1] += w * game.burden(game.cT / xD);
            acc[2] += w * game.burden(game.cC / xC);
            acc[3] += w * game.cT / xD;
            acc[4] += w * game.cC / xC;
            return;
        }
        double qi = q[i];
        if (qi > 0) {
            boolean d = game.side[i] == Side.DEFENDER;
            total(q, i + 1, w * qi, d ? xD + game.c[i] : xD, d ? xC : xC + game.c[i], acc);
        }
        if (qi < 1) {
            total(q, i + 1, w * (1 - qi), xD, xC, acc);
        }
    }

    private static final class Accumulator {
        double gain;
        double burden;
        double share;
    }
}
