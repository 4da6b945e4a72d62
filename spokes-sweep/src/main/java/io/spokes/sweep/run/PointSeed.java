package io.spokes.sweep.run;

/**
 * The seed of one point's random stream, a function of the experiment seed, the point id and the
 * replicate alone: whichever thread, process or Spark executor solves the point, it draws the same
 * numbers. Derived the way a splittable generator derives a child seed (SplitMix64: Steele, Lea
 * and Flood 2014): the parent seed is mixed, advanced by the golden gamma once per key and mixed
 * again, so neighbouring ids give unrelated seeds.
 */
public final class PointSeed {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private PointSeed() {
    }

    public static long of(long experimentSeed, int point, int replicate) {
        long z = mix64(experimentSeed);
        z = mix64(z + GOLDEN_GAMMA * (point + 1L));
        return mix64(z + GOLDEN_GAMMA * (replicate + 1L));
    }

    /** The SplitMix64 finaliser (Stafford's variant 13). */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
