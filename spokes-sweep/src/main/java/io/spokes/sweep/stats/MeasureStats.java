package io.spokes.sweep.stats;

/**
 * Count, mean, variance, minimum and maximum of one measure over the points of a sweep, with the
 * number of missing (NaN) values. Mergeable: {@link #aggregate(MeasureStats)} combines two partial
 * results exactly as if all the values had been added to one (up to rounding in the moments), the
 * contract that a parallel reduce needs (Chan, Golub and LeVeque 1979).
 */
public final class MeasureStats {
    private long n;
    private long missing;
    private double mean;
    private double m2;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    public MeasureStats() {
    }

    MeasureStats(long n, long missing, double mean, double m2, double min, double max) {
        this.n = n;
        this.missing = missing;
        this.mean = mean;
        this.m2 = m2;
        this.min = min;
        this.max = max;
    }

    /** Adds one value (Welford's update); NaN counts as missing. */
    public void add(double x) {
        if (Double.isNaN(x)) {
            missing++;
            return;
        }
        n++;
        double d = x - mean;
        mean += d / n;
        m2 += d * (x - mean);
        min = Math.min(min, x);
        max = Math.max(max, x);
    }

    /** Adds another partial result to this one. */
    public void aggregate(MeasureStats other) {
        missing += other.missing;
        if (other.n == 0) {
            return;
        }
        if (n == 0) {
            n = other.n;
            mean = other.mean;
            m2 = other.m2;
            min = other.min;
            max = other.max;
            return;
        }
        long total = n + other.n;
        double d = other.mean - mean;
        mean += d * other.n / total;
        m2 += other.m2 + d * d * ((double) n * other.n / total);
        n = total;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }

    public long count() {
        return n;
    }

    public long missing() {
        return missing;
    }

    /** The mean, NaN when no value was added. */
    public double mean() {
        return n == 0 ? Double.NaN : mean;
    }

    /** The sample variance (n - 1 in the denominator), NaN below two values. */
    public double variance() {
        return n < 2 ? Double.NaN : m2 / (n - 1);
    }

    public double sd() {
        return Math.sqrt(variance());
    }

    public double min() {
        return n == 0 ? Double.NaN : min;
    }

    public double max() {
        return n == 0 ? Double.NaN : max;
    }

    double m2() {
        return m2;
    }

    MeasureStats copy() {
        return new MeasureStats(n, missing, mean, m2, min, max);
    }
}
