package io.spokes.sweep.design;

import io.spokes.core.domain.FieldException;

import org.hipparchus.random.SobolSequenceGenerator;

/**
 * Saltelli's sampling scheme for first-order and total Sobol indices (Saltelli 2002; Saltelli et
 * al. 2010). Rows {@code A_j} and {@code B_j} are the two halves of point {@code j+1} of a
 * {@code 2k}-dimensional Sobol sequence (the all-zero first point is skipped); for each factor
 * {@code i}, {@code AB^(i)_j} is {@code A_j} with coordinate {@code i} taken from {@code B_j}.
 * Base sample {@code j} occupies the {@code k+2} consecutive ids starting at {@code j(k+2)}:
 * {@code A_j}, then {@code AB^(1)_j .. AB^(k)_j}, then {@code B_j}.
 */
public final class SaltelliDesign implements Design {
    private final int k;
    private final int n;
    private final double[][] a;
    private final double[][] b;

    public SaltelliDesign(int dimension, int baseSamples) {
        if (dimension < 1 || baseSamples < 2) {
            throw new FieldException("points", "a Sobol design needs at least one factor and two base samples");
        }
        if (2 * dimension > 1000) {
            throw new FieldException("parameters", "a Sobol design supports at most 500 factors");
        }
        this.k = dimension;
        this.n = baseSamples;
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * dimension);
        sobol.skipTo(1);
        a = new double[n][];
        b = new double[n][];
        for (int j = 0; j < n; j++) {
            double[] v = sobol.nextVector();
            a[j] = java.util.Arrays.copyOfRange(v, 0, k);
            b[j] = java.util.Arrays.copyOfRange(v, k, 2 * k);
        }
    }

    @Override
    public int size() {
        return n * (k + 2);
    }

    @Override
    public int dimension() {
        return k;
    }

    public int baseSamples() {
        return n;
    }

    @Override
    public double[] unit(int id) {
        int j = id / (k + 2);
        int r = id % (k + 2);
        if (r == 0) {
            return a[j].clone();
        }
        if (r == k + 1) {
            return b[j].clone();
        }
        double[] ab = a[j].clone();
        ab[r - 1] = b[j][r - 1];
        return ab;
    }

    /** The id of {@code A_j}. */
    public int idA(int j) {
        return j * (k + 2);
    }

    /** The id of {@code B_j}. */
    public int idB(int j) {
        return j * (k + 2) + k + 1;
    }

    /** The id of {@code AB^(i)_j}, factor {@code i} counted from 0. */
    public int idAB(int j, int i) {
        return j * (k + 2) + 1 + i;
    }
}
