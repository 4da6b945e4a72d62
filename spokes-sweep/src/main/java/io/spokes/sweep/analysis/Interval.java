package io.spokes.sweep.analysis;

/** An estimate with a confidence interval (bootstrap percentile interval at the analysis level). */
public record Interval(double estimate, double low, double high) {
    public boolean contains(double x) {
        return x >= low && x <= high;
    }
}
