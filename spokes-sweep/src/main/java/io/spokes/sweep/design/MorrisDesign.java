package io.spokes.sweep.design;

import io.spokes.core.domain.FieldException;

import org.apache.commons.rng.UniformRandomProvider;

import java.util.ArrayList;
import java.util.List;

/**
 * Morris (1991) elementary-effects trajectories on a {@code p}-level grid of the unit cube with
 * jump {@code Delta = p / (2(p-1))}. Each trajectory starts at a random grid point and moves one
 * factor at a time, in a random order and a random direction, by {@code +-Delta}; it has
 * {@code k+1} points, with consecutive ids starting at {@code t(k+1)}. With more candidates than
 * trajectories, {@code M} trajectories are drawn and the {@code r} furthest apart are kept
 * ({@link TrajectorySpread}, Campolongo et al. 2007), in the order they were drawn.
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
        this(dimension, trajectories, levels, trajectories, rng);
    }

    /**
     * @param candidates how many random trajectories to draw ({@code M}, at least {@code trajectories});
     *                   with more than {@code trajectories}, the best spread set of them is kept
     */
    public MorrisDesign(int dimension, int trajectories, int levels, int candidates, UniformRandomProvider rng) {
        if (dimension < 1 || trajectories < 2) {
            throw new FieldException("points", "a Morris design needs at least one factor and two trajectories");
        }
        if (levels < 2 || levels % 2 != 0) {
            throw new FieldException("levels", "Morris grid levels must be even and at least 2, got " + levels);
        }
        if (candidates < trajectories) {
            throw new FieldException("candidates", "candidates (trajectories drawn to choose from) must be at least the "
                    + trajectories + " trajectories kept, got " + candidates);
        }
        this.k = dimension;
        this.trajectories = trajectories;
        this.delta = levels / (2.0 * (levels - 1));
        List<double[][]> drawn = new ArrayList<>();
        int[][] drawnOrder = new int[candidates][];
        int[][] drawnDirection = new int[candidates][k];
        int startLevels = levels / 2;
        for (int t = 0; t < candidates; t++) {
            double[][] path = new double[k + 1][];
            double[] x = new double[k];
            for (int i = 0; i < k; i++) {
                // base level in {0, 1/(p-1), ..., 1 - Delta}; a downward factor starts Delta above it
                double base = rng.nextInt(startLevels) / (double) (levels - 1);
                drawnDirection[t][i] = rng.nextBoolean() ? 1 : -1;
                x[i] = drawnDirection[t][i] > 0 ? base : base + delta;
            }
            drawnOrder[t] = DesignRandom.permutation(k, rng);
            path[0] = x.clone();
            for (int m = 0; m < k; m++) {
                int i = drawnOrder[t][m];
                x[i] = clamp(x[i] + drawnDirection[t][i] * delta);
                path[m + 1] = x.clone();
            }
            drawn.add(path);
        }
        int[] kept = candidates == trajectories ? java.util.stream.IntStream.range(0, trajectories).toArray()
                : TrajectorySpread.select(drawn, trajectories);
        this.points = new double[trajectories * (k + 1)][];
        this.order = new int[trajectories][];
        this.direction = new int[trajectories][];
        for (int t = 0; t < trajectories; t++) {
            order[t] = drawnOrder[kept[t]];
            direction[t] = drawnDirection[kept[t]];
            for (int m = 0; m <= k; m++) {
                points[t * (k + 1) + m] = drawn.get(kept[t])[m];
            }
        }
    }

    /** The trajectory {@code t} as its {@code k+1} points. */
    public double[][] trajectory(int t) {
        double[][] path = new double[k + 1][];
        for (int m = 0; m <= k; m++) {
            path[m] = points[id(t, m)].clone();
        }
        return path;
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
