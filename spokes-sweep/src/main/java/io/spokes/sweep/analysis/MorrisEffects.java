package io.spokes.sweep.analysis;

import io.spokes.sweep.design.MorrisDesign;

import org.apache.commons.rng.UniformRandomProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Morris elementary effects {@code EE_i = (f(x + Delta e_i) - f(x)) / Delta} in unit-cube
 * coordinates, one per factor and trajectory (Morris 1991), summarised by {@code mu}, by
 * {@code mu* = mean |EE_i|} (Campolongo, Cariboni and Saltelli 2007) and by {@code sigma}, the standard
 * deviation of {@code EE_i} (a measure of non-linearity and interaction). Trajectories with a missing
 * output are dropped for the factor concerned; the interval on {@code mu*} bootstraps trajectories.
 */
public final class MorrisEffects {
    /** One factor's summary. */
    public record Effect(double mu, Interval muStar, double sigma, int trajectories) {
    }

    private MorrisEffects() {
    }

    /** @param output the output at each point id of the design */
    public static List<Effect> estimate(MorrisDesign design, IntToDoubleFunction output, Bootstrap bootstrap, UniformRandomProvider rng) {
        int k = design.dimension();
        int r = design.trajectories();
        double[][] ee = new double[k][r];
        for (int t = 0; t < r; t++) {
            for (int m = 1; m <= k; m++) {
                int i = design.factorMoved(t, m);
                ee[i][t] = (output.applyAsDouble(design.id(t, m)) - output.applyAsDouble(design.id(t, m - 1))) / design.jump(t, i);
            }
        }
        List<Effect> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double[] e = finite(ee[i]);
            if (e.length == 0) {
                out.add(new Effect(Double.NaN, new Interval(Double.NaN, Double.NaN, Double.NaN), Double.NaN, 0));
                continue;
            }
            double mu = 0;
            for (double x : e) {
                mu += x;
            }
            mu /= e.length;
            double ss = 0;
            for (double x : e) {
                ss += (x - mu) * (x - mu);
            }
            double sigma = e.length > 1 ? Math.sqrt(ss / (e.length - 1)) : Double.NaN;
            Interval muStar = bootstrap.interval(e.length, u -> {
                double s = 0;
                for (int t : u) {
                    s += Math.abs(e[t]);
                }
                return s / u.length;
            }, rng);
            out.add(new Effect(mu, muStar, sigma, e.length));
        }
        return out;
    }

    private static double[] finite(double[] v) {
        return java.util.Arrays.stream(v).filter(Double::isFinite).toArray();
    }
}
