package io.spokes.sweep.design;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks the {@code r} Morris trajectories that cover the input space best out of {@code M}
 * candidates, after Campolongo, Cariboni and Saltelli (2007). The distance between trajectories
 * {@code l} and {@code m}, each of {@code k+1} points, is
 * {@code d(l,m) = sum_i sum_j || X_i(l) - X_j(m) ||} (Euclidean norm, over all pairs of their points),
 * and a set of trajectories is spread by {@code D = sqrt(sum over its pairs of d^2)}.
 *
 * <p>Campolongo et al. search every subset of size {@code r}, which is combinatorial. This keeps
 * the objective and searches greedily, as the local method of Ruano et al. (2012) does: start from
 * the two candidates furthest apart, then add, one at a time, the candidate that raises
 * {@code D^2} most ({@code sum over the chosen s of d(c,s)^2}); ties go to the lower index, so the
 * choice is a pure function of the candidates.
 */
public final class TrajectorySpread {
    private TrajectorySpread() {
    }

    /** Campolongo's distance between two trajectories given as their points. */
    public static double distance(double[][] a, double[][] b) {
        double d = 0;
        for (double[] x : a) {
            for (double[] y : b) {
                double s = 0;
                for (int z = 0; z < x.length; z++) {
                    double diff = x[z] - y[z];
                    s += diff * diff;
                }
                d += Math.sqrt(s);
            }
        }
        return d;
    }

    /** The spread {@code D} of a set of trajectories. */
    public static double spread(List<double[][]> trajectories) {
        double sum = 0;
        for (int l = 0; l < trajectories.size(); l++) {
            for (int m = l + 1; m < trajectories.size(); m++) {
                double d = distance(trajectories.get(l), trajectories.get(m));
                sum += d * d;
            }
        }
        return Math.sqrt(sum);
    }

    /** The indices (ascending) of the {@code r} candidates chosen. */
    public static int[] select(List<double[][]> candidates, int r) {
        int n = candidates.size();
        if (r < 2 || r > n) {
            throw new IllegalArgumentException("choose between 2 and " + n + " trajectories, got " + r);
        }
        double[][] d2 = new double[n][n];
        int bestL = 0;
        int bestM = 1;
        for (int l = 0; l < n; l++) {
            for (int m = l + 1; m < n; m++) {
                double d = distance(candidates.get(l), candidates.get(m));
                d2[l][m] = d * d;
                d2[m][l] = d * d;
                if (d2[l][m] > d2[bestL][bestM]) {
                    bestL = l;
                    bestM = m;
                }
            }
        }
        boolean[] chosen = new boolean[n];
        chosen[bestL] = true;
        chosen[bestM] = true;
        // gain[c] = sum over chosen s of d(c,s)^2: what adding c adds to D^2
        double[] gain = new double[n];
        for (int c = 0; c < n; c++) {
            gain[c] = d2[c][bestL] + d2[c][bestM];
        }
        for (int size = 2; size < r; size++) {
            int next = -1;
            for (int c = 0; c < n; c++) {
                if (!chosen[c] && (next < 0 || gain[c] > gain[next])) {
                    next = c;
                }
            }
            chosen[next] = true;
            for (int c = 0; c < n; c++) {
                gain[c] += d2[c][next];
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            if (chosen[c]) {
                out.add(c);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
