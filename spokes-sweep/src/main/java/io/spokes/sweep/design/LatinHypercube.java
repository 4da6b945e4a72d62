package io.spokes.sweep.design;

import io.spokes.core.domain.FieldException;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Latin hypercube sampling (McKay, Beckman and Conover 1979): each axis is cut into {@code n} equal
 * strata and every stratum of every axis holds exactly one point; within its stratum a point is
 * uniform, and the strata are paired across axes by independent random permutations.
 */
public final class LatinHypercube implements Design {
    private final double[][] points;

    public LatinHypercube(int dimension, int n, UniformRandomProvider rng) {
        if (dimension < 1 || n < 1) {
            throw new FieldException("points", "a Latin hypercube needs at least one factor and one point");
        }
        points = new double[n][dimension];
        for (int d = 0; d < dimension; d++) {
            int[] stratum = DesignRandom.permutation(n, rng);
            for (int i = 0; i < n; i++) {
                points[i][d] = (stratum[i] + rng.nextDouble()) / n;
            }
        }
    }

    @Override
    public int size() {
        return points.length;
    }

    @Override
    public int dimension() {
        return points[0].length;
    }

    @Override
    public double[] unit(int id) {
        return points[id].clone();
    }
}
