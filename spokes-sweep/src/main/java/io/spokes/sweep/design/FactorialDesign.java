package io.spokes.sweep.design;

import io.spokes.sweep.experiment.Factor;

import java.util.List;

/**
 * Full factorial: every combination of the factors' levels, the first factor varying slowest
 * (point ids count in mixed radix). Computed on demand, so large grids cost no memory.
 */
public final class FactorialDesign implements Design {
    private final List<Factor> factors;
    private final int size;

    public FactorialDesign(List<Factor> factors) {
        this.factors = List.copyOf(factors);
        long n = 1;
        for (Factor f : factors) {
            n = Math.multiplyExact(n, f.levels());
        }
        this.size = Math.toIntExact(n);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int dimension() {
        return factors.size();
    }

    @Override
    public double[] unit(int id) {
        double[] u = new double[factors.size()];
        int rest = id;
        for (int d = factors.size() - 1; d >= 0; d--) {
            int levels = factors.get(d).levels();
            u[d] = factors.get(d).levelCoordinate(rest % levels);
            rest /= levels;
        }
        return u;
    }
}
