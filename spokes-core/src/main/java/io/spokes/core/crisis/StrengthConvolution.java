package io.spokes.core.crisis;

import java.util.ArrayList;
import java.util.List;

/**
 * Expectations from the distribution of each side's strength on a geometric capability grid
 * {@code x_i = e^(i delta)} (docs/model.md §5.9, assumption A13). Win probability depends on the
 * coalition only through the two sides' strengths, independent sums of Bernoulli-weighted
 * capabilities: each side's distribution is built by convolving one candidate at a time, the
 * sum {@code x + ĉ_j} split between its two neighbouring grid points linearly in {@code u = ln x}
 * (so {@code E[ln X]} is kept). Leave-one-out marginals come from the adjoint of that chain: the
 * forward distributions before each candidate and the backward expectations after it, so every
 * candidate costs one pass over the grid and nothing is ever divided out (deconvolution is
 * unstable at {@code q} near 1).
 *
 * <p>Error: a split linear in {@code u} moves {@code E f} by at most {@code sup|f_uu| delta²/8}
 * (the error of linear interpolation); for the win probability, a side's strength plus any fixed
 * rest, {@code |f_uu| <= L_p = gamma²/(6√3) + gamma/16}, for a share {@code ĉ/x} at most the share
 * itself (at most {@code e^delta}). With {@code n + 2} splits (the candidates and the principals),
 * every expectation, E[p], each gain (two win probabilities) and each share, is within
 * {@code (n + 2) max(2 L_p, e^delta) delta²/8}; {@link #step} picks {@code delta} to meet
 * {@code grid_error}. The nuclear terms depend only on whether an umbrella holder joins and are
 * exact products.
 */
final class StrengthConvolution implements CoalitionExpectation {
    private final CrisisGame game;
    private final double delta;
    private final SideGrid defenders;
    private final SideGrid challengers;
    /** {@code w[d - wOffset] = W(x_i, y_k)} with {@code d = k - i} on the common grid. */
    private final double[] w;
    private final int wOffset;
    private final Fft fft;
    /** The FFT of {@link #w} at the size of {@link #fft}. */
    private final double[] wRe;
    private final double[] wIm;

    /**
     * @param bound the largest admissible error of any expectation, {@code E[p]}, a gain or a share
     *              ({@code grid_error}, docs/model.md §5.9); the grid step is chosen to meet it
     */
    StrengthConvolution(CrisisGame game, double bound) {
        this.game = game;
        this.delta = step(game.n, game.gamma, bound);
        this.defenders = new SideGrid(Side.DEFENDER, game.cT);
        this.challengers = new SideGrid(Side.SUPPORTER, game.cC);
        this.wOffset = challengers.lo - defenders.hi;
        int size = challengers.hi - challengers.lo + defenders.hi - defenders.lo + 1;
        this.w = new double[size + 1];
        for (int t = 0; t < w.length; t++) {
            int d = t + wOffset;
            // W = x^g / (x^g + y^g) = 1 / (1 + (y/x)^g) and y/x = e^(delta d) on the common grid
            w[t] = 1.0 / (1.0 + Math.exp(game.gamma * delta * d));
        }
        int gd = defenders.x.length;
        int gc = challengers.x.length;
        // the linear convolution's length, and the first index read: the circular one must not wrap onto what is read
        int length = Math.max(gd, gc) + w.length - 1;
        int needed = Math.max(gd + gc - 1, length - Math.min(gd, gc) + 1);
        this.fft = new Fft(Integer.highestOneBit(needed - 1) << 1);
        this.wRe = new double[fft.size()];
        this.wIm = new double[fft.size()];
        System.arraycopy(w, 0, wRe, 0, w.length);
        fft.transform(wRe, wIm, false);
    }

    /**
     * {@code L_p}: the bound on {@code |d²/du² E[W]|} in {@code u = ln x} for a side's strength plus any
     * fixed rest, {@code sup|W''| + sup|W'|/4 = gamma²/(6√3) + gamma/16} (docs/model.md §5.9).
     */
    static double curvature(double gamma) {
        return gamma * gamma / (6 * Math.sqrt(3)) + gamma / 16;
    }

    /**
     * The grid step at which every expectation meets {@code bound}: each of the {@code n + 2} splits
     * (candidates and principals) moves an expectation by at most {@code L delta²/8}, with
     * {@code L = 2 L_p} for the gains (two win probabilities) and {@code e^delta} for the shares.
     */
    static double step(int n, double gamma, double bound) {
        double first = Math.sqrt(8 * bound / ((n + 2) * Math.max(2 * curvature(gamma), 1.0)));
        // with delta no larger than the first step, e^delta is no larger than e^first: the bound holds
        return Math.sqrt(8 * bound / ((n + 2) * Math.max(2 * curvature(gamma), Math.exp(first))));
    }

    /** The documented bound on the error of any expectation (E[p], a gain, a share) at this grid. */
    double bound() {
        return (game.n + 2) * Math.max(2 * curvature(game.gamma), Math.exp(delta)) * delta * delta / 8;
    }

    /** The grid step: neighbouring grid points differ by the factor {@code e^delta}. */
    double delta() {
        return delta;
    }

    /** Grid points of the larger side, for the record of what a solve cost. */
    int gridPoints() {
        return Math.max(defenders.hi - defenders.lo, challengers.hi - challengers.lo) + 1;
    }

    @Override
    public boolean sampled() {
        return false;
    }

    /** One side: its candidates, its index range on the grid and the precomputed splits of {@code x_i + ĉ_j}. */
    private final class SideGrid {
        final int[] members;
        final double principal;
        final int lo;
        final int hi;
        final double[] x;
        /** For member m and grid point i: the lower neighbour (relative index) of {@code x_i + ĉ_j} and the weight of the upper one. */
        final int[][] below;
        final double[][] upper;
        /** Forward distributions: {@code forward[m]} before member m joins or not; {@code forward[size]} is the side's strength. */
        final double[][] forward;
        /** {@code top[m]}: the highest grid point where {@code forward[m]} may have mass (it depends on the capabilities alone). */
        final int[] top;
        final double[] inverse;

        SideGrid(Side s, double principal) {
            List<Integer> list = new ArrayList<>();
            double total = principal;
            for (int j = 0; j < game.n; j++) {
                if (game.side[j] == s) {
                    list.add(j);
                    total += game.c[j];
                }
            }
            // smallest first: the partial sums, and so the grid points each pass visits, grow slowest
            list.sort(java.util.Comparator.comparingDouble((Integer j) -> game.c[j]).thenComparingInt(j -> j));
            this.members = list.stream().mapToInt(Integer::intValue).toArray();
            this.principal = principal;
            this.lo = (int) Math.floor(Math.log(principal) / delta);
            // each split may round up by one step: leave room for one per member and one for the principal
            this.hi = (int) Math.ceil(Math.log(total) / delta) + members.length + 2;
            int g = hi - lo + 1;
            this.x = new double[g];
            for (int i = 0; i < g; i++) {
                x[i] = Math.exp((lo + i) * delta);
            }
            this.below = new int[members.length][g];
            this.upper = new double[members.length][g];
            for (int m = 0; m < members.length; m++) {
                double cj = game.c[members[m]];
                for (int i = 0; i < g; i++) {
                    int k = split(x[i] + cj);
                    below[m][i] = k;
                    upper[m][i] = weight(x[i] + cj, k);
                }
            }
            this.forward = new double[members.length + 1][g];
            this.top = new int[members.length + 1];
            top[0] = split(principal) + 1;
            for (int m = 0; m < members.length; m++) {
                top[m + 1] = Math.max(top[m], below[m][top[m]] + 1);
            }
            this.inverse = new double[g];
            for (int i = 0; i < g; i++) {
                inverse[i] = 1.0 / x[i];
            }
        }

        /** The relative index of the grid point at or below {@code v}, kept inside the range. */
        int split(double v) {
            int k = Math.max(0, Math.min(x.length - 2, (int) Math.floor(Math.log(v) / delta) - lo));
            // log rounding can land one point off: correct so that x[k] <= v < x[k + 1]
            while (k > 0 && x[k] > v) {
                k--;
            }
            while (k < x.length - 2 && x[k + 1] <= v) {
                k++;
            }
            return k;
        }

        /**
         * The weight on {@code x[k + 1]} that keeps the mean of {@code ln v}: linear in {@code u = ln x},
         * where win probabilities and shares have bounded curvature whatever the capabilities' scale.
         */
        double weight(double v, int k) {
            return Math.max(0.0, Math.min(1.0, (Math.log(v) - (lo + k) * delta) / delta));
        }

        /** Builds {@link #forward} at {@code q}. */
        void convolve(double[] q) {
            double[] f = forward[0];
            java.util.Arrays.fill(f, 0.0);
            int k = split(principal);
            double t = weight(principal, k);
            f[k] += 1 - t;
            f[k + 1] += t;
            for (int m = 0; m < members.length; m++) {
                double[] prev = forward[m];
                double[] next = forward[m + 1];
                double qj = q[members[m]];
                int[] b = below[m];
                double[] up = upper[m];
                int t0 = top[m];
                java.util.Arrays.fill(next, t0 + 1, top[m + 1] + 1, 0.0);
                for (int i = 0; i <= t0; i++) {
                    next[i] = (1 - qj) * prev[i];
                }
                for (int i = 0; i <= t0; i++) {
                    double mass = qj * prev[i];
                    if (mass != 0) {
                        next[b[i]] += mass * (1 - up[i]);
                        next[b[i] + 1] += mass * up[i];
                    }
                }
            }
        }

        double[] strength() {
            return forward[members.length];
        }

        /**
         * Backward pass with {@code win[i]} this side's win probability at strength {@code x_i}: each
         * member's gain {@code E[win(X_-j + ĉ_j) - win(X_-j)]} and share {@code ĉ_j E[1/(X_-j + ĉ_j)]}.
         */
        void marginals(double[] q, double[] win, Marginals out) {
            int g = x.length;
            double[] gWin = win.clone();
            double[] gInv = inverse.clone();
            double[] nextWin = new double[g];
            double[] nextInv = new double[g];
            for (int m = members.length - 1; m >= 0; m--) {
                int j = members[m];
                double qj = q[j];
                double[] f = forward[m];
                int[] b = below[m];
                double[] up = upper[m];
                double gain = 0;
                double share = 0;
                // forward[m] has no mass above top[m], and the earlier members need g no higher
                for (int i = 0; i <= top[m]; i++) {
                    int k = b[i];
                    double t = up[i];
                    double joinedWin = (1 - t) * gWin[k] + t * gWin[k + 1];
                    double joinedInv = (1 - t) * gInv[k] + t * gInv[k + 1];
                    gain += f[i] * (joinedWin - gWin[i]);
                    share += f[i] * joinedInv;
                    nextWin[i] = (1 - qj) * gWin[i] + qj * joinedWin;
                    nextInv[i] = (1 - qj) * gInv[i] + qj * joinedInv;
                }
                out.gain[j] = gain;
                out.share[j] = Math.min(1.0, game.c[j] * share);
                double[] swap = gWin;
                gWin = nextWin;
                nextWin = swap;
                swap = gInv;
                gInv = nextInv;
                nextInv = swap;
            }
        }

        /** {@code E[principal / X]}. */
        double principalShare() {
            double[] p = strength();
            double sum = 0;
            for (int i = 0; i < p.length; i++) {
                sum += p[i] / x[i];
            }
            return Math.min(1.0, principal * sum);
        }
    }

    /**
     * Each side's win probability at each of its grid points, over the other side's strength:
     * {@code defenders[i] = E_Y W(x_i, Y)}, {@code challengers[k] = 1 - E_X W(X, y_k)}. Both are
     * convolutions with the kernel {@link #w}; summed directly when one side has few mass points,
     * else by FFT (the two in one complex transform, defenders' distribution real, the challengers'
     * reversed imaginary, since the kernel is real).
     */
    /** How the cross-side sums are computed: by cost, or forced one way (tests check the two agree). */
    enum CrossSums { AUTO, DIRECT, FFT }

    private CrossSums crossSums = CrossSums.AUTO;

    StrengthConvolution crossSums(CrossSums how) {
        this.crossSums = how;
        return this;
    }

    private record Wins(double[] defenders, double[] challengers) {
    }

    private Wins wins() {
        double[] pd = defenders.strength();
        double[] pc = challengers.strength();
        int gd = pd.length;
        int gc = pc.length;
        int[] supportD = support(pd);
        int[] supportC = support(pc);
        double direct = (double) gd * supportC.length + (double) gc * supportD.length;
        double[] winD = new double[gd];
        double[] winC = new double[gc];
        int n = fft.size();
        boolean summed = crossSums == CrossSums.AUTO ? direct <= 6.0 * n * Integer.numberOfTrailingZeros(n) : crossSums == CrossSums.DIRECT;
        if (summed) {
            for (int i = 0; i < gd; i++) {
                double sum = 0;
                int base = gd - 1 - i;
                for (int k : supportC) {
                    sum += pc[k] * w[base + k];
                }
                winD[i] = sum;
            }
            for (int k = 0; k < gc; k++) {
                double sum = 0;
                int base = k + gd - 1;
                for (int i : supportD) {
                    sum += pd[i] * w[base - i];
                }
                winC[k] = 1 - sum;
            }
            return new Wins(winD, winC);
        }
        double[] re = new double[n];
        double[] im = new double[n];
        System.arraycopy(pd, 0, re, 0, gd);
        for (int k = 0; k < gc; k++) {
            im[k] = pc[gc - 1 - k];
        }
        fft.transform(re, im, false);
        for (int i = 0; i < n; i++) {
            double r = re[i] * wRe[i] - im[i] * wIm[i];
            im[i] = re[i] * wIm[i] + im[i] * wRe[i];
            re[i] = r;
        }
        fft.transform(re, im, true);
        for (int i = 0; i < gd; i++) {
            winD[i] = im[gc - 1 + gd - 1 - i];
        }
        for (int k = 0; k < gc; k++) {
            winC[k] = 1 - re[k + gd - 1];
        }
        return new Wins(winD, winC);
    }

    /** Indices where a distribution has mass: only these enter the cross-side sums. */
    private static int[] support(double[] p) {
        int count = 0;
        for (double v : p) {
            count += v != 0 ? 1 : 0;
        }
        int[] s = new int[count];
        int c = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] != 0) {
                s[c++] = i;
            }
        }
        return s;
    }

    @Override
    public void marginals(double[] q, Marginals out) {
        defenders.convolve(q);
        challengers.convolve(q);
        Wins wins = wins();
        defenders.marginals(q, wins.defenders(), out);
        challengers.marginals(q, wins.challengers(), out);
        for (int j = 0; j < game.n; j++) {
            // eta_j depends only on whether the other side's threat is credible: an umbrella holder there joins
            boolean defender = game.side[j] == Side.DEFENDER;
            double credible = credible(q, !defender, j);
            out.eta[j] = credible * game.eta(j, !defender, defender) + (1 - credible) * game.eta(j, false, false);
        }
    }

    /** Probability that a side's nuclear threat is credible, candidate {@code skip} left out. */
    private double credible(double[] q, boolean defenderSide, int skip) {
        if (defenderSide ? game.nuclearT : game.nuclearC) {
            return 1.0;
        }
        double none = 1.0;
        for (int i = 0; i < game.n; i++) {
            if (i != skip && (defenderSide ? game.raisesNuD(i) : game.raisesNuC(i))) {
                none *= 1 - q[i];
            }
        }
        return 1 - none;
    }

    @Override
    public Totals totals(double[] q) {
        defenders.convolve(q);
        challengers.convolve(q);
        double[] pd = defenders.strength();
        double[] win = wins().defenders();
        double ep = 0;
        for (int i = 0; i < pd.length; i++) {
            ep += pd[i] * win[i];
        }
        return new Totals(Math.min(1.0, ep), credible(q, true, -1), credible(q, false, -1),
                defenders.principalShare(), challengers.principalShare(), null);
    }
}
