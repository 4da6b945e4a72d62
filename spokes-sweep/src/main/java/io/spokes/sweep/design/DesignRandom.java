package io.spokes.sweep.design;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/** The random stream that places design points: from the experiment seed, apart from every point's own stream. */
public final class DesignRandom {
    /** Tags the design's stream so that it never coincides with a point's stream (which is keyed by point id >= 0). */
    private static final long DESIGN_STREAM = -1L;

    private DesignRandom() {
    }

    public static UniformRandomProvider of(long seed) {
        return RandomSource.L64_X128_MIX.create(new long[] {seed, DESIGN_STREAM});
    }

    /** Fisher-Yates shuffle of {@code 0 .. n-1}. */
    static int[] permutation(int n, UniformRandomProvider rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
