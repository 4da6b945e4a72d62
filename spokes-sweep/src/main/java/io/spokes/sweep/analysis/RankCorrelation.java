package io.spokes.sweep.analysis;

import org.apache.commons.rng.UniformRandomProvider;

import java.util.Arrays;

/**
 * Spearman's rank correlation between a factor and an output over the points of a Latin hypercube
 * or factorial design (ties get their average rank), with a bootstrap interval over points. A
 * screening measure for designs without the structure that Sobol indices or Morris effects need.
 * Points are ranked once on the whole sample and the bootstrap resamples the pairs of ranks, which
 * keeps the interval linear in the number of points.
 */
public final class RankCorrelation {
    private RankCorrelation() {
    }

    public static Interval estimate(double[] x, double[] y, Bootstrap bootstrap, UniformRandomProvider rng) {
        int[] keep = java.util.stream.IntStream.range(0, x.length).filter(i -> Double.isFinite(x[i]) && Double.isFinite(y[i])).toArray();
        double[] xs = new double[keep.length];
        double[] ys = new double[keep.length];
        for (int m = 0; m < keep.length; m++) {
            xs[m] = x[keep[m]];
            ys[m] = y[keep[m]];
        }
        if (keep.length < 3) {
            return new Interval(Double.NaN, Double.NaN, Double.NaN);
        }
        double[] rx = ranks(xs);
        double[] ry = ranks(ys);
        return bootstrap.interval(keep.length, u -> pearson(rx, ry, u), rng);
    }

    static double[] ranks(double[] v) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
        double[] r = new double[v.length];
        int i = 0;
        while (i < v.length) {
            int j = i;
            while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int m = i; m <= j; m++) {
                r[order[m]] = rank;
            }
            i = j + 1;
        }
        return r;
    }

    static double pearson(double[] a, double[] b, int[] units) {
        double ma = 0;
        double mb = 0;
        for (int u : units) {
            ma += a[u];
            mb += b[u];
        }
        ma /= units.length;
        mb /= units.length;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int u : units) {
            sab += (a[u] - ma) * (b[u] - mb);
            saa += (a[u] - ma) * (a[u] - ma);
            sbb += (b[u] - mb) * (b[u] - mb);
        }
        return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : Double.NaN;
    }
}
