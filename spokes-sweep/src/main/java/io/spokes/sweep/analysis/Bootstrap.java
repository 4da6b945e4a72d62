package io.spokes.sweep.analysis;

import io.spokes.core.domain.FieldException;

import org.apache.commons.rng.UniformRandomProvider;

import java.util.Arrays;

/**
 * Percentile bootstrap (Efron and Tibshirani 1993, ch. 13): resample the {@code n} independent
 * units (base samples, trajectories, points) with replacement, recompute the statistic, and take
 * the {@code (1-level)/2} and {@code (1+level)/2} quantiles of the replicates.
 */
public final class Bootstrap {
    /** A statistic of a resample given as unit indices (with repeats). */
    @FunctionalInterface
    public interface Statistic {
        double of(int[] units);
    }

    private final int resamples;
    private final double level;

    public Bootstrap(int resamples, double level) {
        if (resamples < 10) {
            throw new FieldException("bootstrap", "at least 10 bootstrap resamples are needed, got " + resamples);
        }
        if (!(level > 0 && level < 1)) {
            throw new FieldException("level", "the confidence level lies strictly between 0 and 1, got " + level);
        }
        this.resamples = resamples;
        this.level = level;
    }

    public int resamples() {
        return resamples;
    }

    public double level() {
        return level;
    }

    /** The statistic on all units, with its bootstrap interval. */
    public Interval interval(int n, Statistic statistic, UniformRandomProvider rng) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        double estimate = statistic.of(all);
        double[] reps = new double[resamples];
        int[] units = new int[n];
        int kept = 0;
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < n; i++) {
                units[i] = rng.nextInt(n);
            }
            double v = statistic.of(units);
            if (Double.isFinite(v)) {
                reps[kept++] = v;
            }
        }
        if (kept == 0) {
            return new Interval(estimate, Double.NaN, Double.NaN);
        }
        double[] sorted = Arrays.copyOf(reps, kept);
        Arrays.sort(sorted);
        return new Interval(estimate, quantile(sorted, (1 - level) / 2), quantile(sorted, (1 + level) / 2));
    }

    /** Linear interpolation between order statistics (type 7 of Hyndman and Fan 1996). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
