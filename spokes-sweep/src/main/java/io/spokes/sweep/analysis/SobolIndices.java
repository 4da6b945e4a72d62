package io.spokes.sweep.analysis;

import io.spokes.core.domain.FieldException;

import org.apache.commons.rng.UniformRandomProvider;

import java.util.ArrayList;
import java.util.List;

/**
 * First-order and total Sobol indices from a Saltelli design's outputs (docs/sweeps.md):
 * {@code S_i = mean_j f(B)_j (f(AB_i)_j - f(A)_j) / V} (Saltelli et al. 2010, table 2 (b)) and
 * {@code S_Ti = mean_j (f(A)_j - f(AB_i)_j)^2 / (2V)} (Jansen 1999; Saltelli et al. 2010, table 2 (f)),
 * with {@code V} the variance of all {@code f(A)} and {@code f(B)} values. Base samples with a
 * missing output are dropped. Intervals: percentile bootstrap over base samples.
 */
public final class SobolIndices {
    /** One factor's indices. */
    public record Index(Interval first, Interval total) {
    }

    private SobolIndices() {
    }

    /**
     * @param fA  outputs at {@code A_j}, length N
     * @param fB  outputs at {@code B_j}
     * @param fAB {@code fAB[i][j]}: outputs at {@code AB^(i)_j}
     */
    public static List<Index> estimate(double[] fA, double[] fB, double[][] fAB, Bootstrap bootstrap, UniformRandomProvider rng) {
        int k = fAB.length;
        List<Integer> keep = new ArrayList<>();
        for (int j = 0; j < fA.length; j++) {
            boolean ok = Double.isFinite(fA[j]) && Double.isFinite(fB[j]);
            for (int i = 0; i < k && ok; i++) {
                ok = Double.isFinite(fAB[i][j]);
            }
            if (ok) {
                keep.add(j);
            }
        }
        int n = keep.size();
        if (n < 2) {
            throw new FieldException("points", "fewer than two complete base samples; Sobol indices need more points");
        }
        double[] a = new double[n];
        double[] b = new double[n];
        double[][] ab = new double[k][n];
        for (int m = 0; m < n; m++) {
            int j = keep.get(m);
            a[m] = fA[j];
            b[m] = fB[j];
            for (int i = 0; i < k; i++) {
                ab[i][m] = fAB[i][j];
            }
        }
        List<Index> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double[] abi = ab[i];
            Interval first = bootstrap.interval(n, u -> first(a, b, abi, u), rng);
            Interval total = bootstrap.interval(n, u -> total(a, b, abi, u), rng);
            out.add(new Index(first, total));
        }
        return out;
    }

    static double variance(double[] a, double[] b, int[] units) {
        double mean = 0;
        int count = 0;
        double m2 = 0;
        for (int u : units) {
            for (double x : new double[] {a[u], b[u]}) {
                count++;
                double d = x - mean;
                mean += d / count;
                m2 += d * (x - mean);
            }
        }
        return m2 / (count - 1);
    }

    static double first(double[] a, double[] b, double[] ab, int[] units) {
        double v = variance(a, b, units);
        double s = 0;
        for (int u : units) {
            s += b[u] * (ab[u] - a[u]);
        }
        return v > 0 ? s / units.length / v : Double.NaN;
    }

    static double total(double[] a, double[] b, double[] ab, int[] units) {
        double v = variance(a, b, units);
        double s = 0;
        for (int u : units) {
            double d = a[u] - ab[u];
            s += d * d;
        }
        return v > 0 ? s / (2.0 * units.length) / v : Double.NaN;
    }
}
