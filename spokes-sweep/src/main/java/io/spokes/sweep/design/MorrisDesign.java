package io.spokes.sweep.design;

import io.spokes.core.domain.FieldException;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Morris (1991) elementary-effects trajectories on a {@code p}-level grid of the unit cube with
 * jump {@code Delta = p / (2(p-1))}. Each trajectory starts at a random grid point and moves one
 * factor at a time, in a random order and a random direction, by {@code +-Delta}; it has
 * {@code k+1} points, with consecutive ids starting at {@code t(k+1)}.
 */
public final class MorrisDesign implements Design {
    private final int k;
    private final int trajectories;
    private final double delta;
    private final double[][] points;
    /** Per trajectory, which factor step {@code m} (1..k) moves. */
    private final int[][] order;
    /** Per trajectory and factor, +1 or -1. */
    private final int[][] direction;

    public MorrisDesign(int dimension, int trajectories, int levels, UniformRandomProvider rng) {
        if (dimension < 1 || trajectories < 2) {
            throw new FieldException("points", "a Morris design needs at least one factor and two trajectories");
        }
        if (levels < 2 || levels % 2 != 0) {
            throw new FieldException("levels", "Morris grid levels must be even and at least 2, got " + levels);
        }
        this.k = dimension;
        this.trajectories = trajectories;
        this.delta = levels / (2.0 * (levels - 1));
        this.points = new double[trajectories * (k + 1)][];
        this.order = new int[trajectories][];
        this.direction = new int[trajectories][k];
        int startLevels = levels / 2;
        for (int t = 0; t < trajectories; t++) {
            double[] x = new double[k];
            for (int i = 0; i < k; i++) {
                // base level in {0, 1/(p-1), ..., 1 - Delta}; a downward factor starts Delta above it
                double base = rng.nextInt(startLevels) / (double) (levels - 1);
                direction[t][i] = rng.nextBoolean() ? 1 : -1;
                x[i] = direction[t][i] > 0 ? base : base + delta;
            }
            order[t] = DesignRandom.permutation(k, rng);
            points[t * (k + 1)] = x.clone();
            for (int m = 0; m < k; m++) {
                int i = order[t][m];
                x[i] = clamp(x[i] + direction[t][i] * delta);
                points[t * (k + 1) + m + 1] = x.clone();
            }
        }
    }

    private static double clamp(double v) {
        return Math.max(0.0, Math.min(1.0, v));
    }

    @Override
    public int size() {
        return points.length;
    }

    @Override
    public int dimension() {
        return k;
    }

    @Override
    public double[] unit(int id) {
        return points[id].clone();
    }

    public int trajectories() {
        return trajectories;
    }

    public double delta() {
        return delta;
    }

    /** The factor moved by step {@code m} (1..k) of trajectory {@code t}. */
    public int factorMoved(int t, int m) {
        return order[t][m - 1];
    }

    /** The signed jump of factor {@code i} in trajectory {@code t}. */
    public double jump(int t, int i) {
        return direction[t][i] * delta;
    }

    /** The id of point {@code m} (0..k) of trajectory {@code t}. */
    public int id(int t, int m) {
        return t * (k + 1) + m;
    }
}
