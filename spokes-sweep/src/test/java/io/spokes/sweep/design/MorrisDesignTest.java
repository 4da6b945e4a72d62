package io.spokes.sweep.design;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MorrisDesignTest {
    @ParameterizedTest(name = "k = {0}, p = {1}")
    @CsvSource({"1, 2", "3, 4", "6, 6", "10, 8"})
    void eachStepMovesOneFactorByDeltaOnTheGrid(int k, int p) {
        checkTrajectories(new MorrisDesign(k, 25, p, DesignRandom.of(5)), k, p);
        // chosen among more candidates, the trajectories kept are still Morris trajectories
        checkTrajectories(new MorrisDesign(k, 25, p, 120, DesignRandom.of(5)), k, p);
    }

    private static void checkTrajectories(MorrisDesign d, int k, int p) {
        double delta = p / (2.0 * (p - 1));
        assertThat(d.delta()).isEqualTo(delta);
        assertThat(d.size()).isEqualTo(25 * (k + 1));
        for (int t = 0; t < 25; t++) {
            boolean[] moved = new boolean[k];
            for (int m = 1; m <= k; m++) {
                double[] before = d.unit(d.id(t, m - 1));
                double[] after = d.unit(d.id(t, m));
                int i = d.factorMoved(t, m);
                assertThat(moved[i]).as("factor %d moves once", i).isFalse();
                moved[i] = true;
                for (int j = 0; j < k; j++) {
                    double expected = j == i ? before[j] + d.jump(t, i) : before[j];
                    assertThat(after[j]).isCloseTo(expected, within(1e-12));
                    // every coordinate stays on the p-level grid of [0, 1]
                    assertThat(after[j] * (p - 1)).isCloseTo(Math.rint(after[j] * (p - 1)), within(1e-9));
                    assertThat(after[j]).isBetween(0.0, 1.0);
                }
            }
        }
    }

    @Test
    void campolongoDistanceByHand() {
        // k = 1, p = 4, Delta = 2/3: A goes 0 -> 2/3, B goes 1 -> 1/3.
        // d(A,B) = |0-1| + |0-1/3| + |2/3-1| + |2/3-1/3| = 1 + 1/3 + 1/3 + 1/3 = 2
        double[][] a = {{0.0}, {2.0 / 3}};
        double[][] b = {{1.0}, {1.0 / 3}};
        assertThat(TrajectorySpread.distance(a, b)).isCloseTo(2.0, within(1e-12));
        // k = 2: Euclidean norms between points, (0,0)-(3,4) is 5
        assertThat(TrajectorySpread.distance(new double[][] {{0, 0}}, new double[][] {{3, 4}})).isEqualTo(5.0);
        // three trajectories: D = sqrt(d12^2 + d13^2 + d23^2)
        double[][] c = {{0.0}, {0.0}};
        double d12 = 2.0;
        double d13 = TrajectorySpread.distance(a, c);
        double d23 = TrajectorySpread.distance(b, c);
        assertThat(d13).isCloseTo(4.0 / 3, within(1e-12));
        assertThat(d23).isCloseTo(8.0 / 3, within(1e-12));
        assertThat(TrajectorySpread.spread(List.of(a, b, c))).isCloseTo(Math.sqrt(d12 * d12 + d13 * d13 + d23 * d23), within(1e-12));
    }

    @Test
    void withoutMoreCandidatesTheDesignIsTheRandomOne() {
        MorrisDesign plain = new MorrisDesign(6, 30, 4, DesignRandom.of(9));
        MorrisDesign same = new MorrisDesign(6, 30, 4, 30, DesignRandom.of(9));
        for (int id = 0; id < plain.size(); id++) {
            assertThat(same.unit(id)).containsExactly(plain.unit(id));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"1", "2", "3", "4", "5"})
    void choosingAmongCandidatesSpreadsTheTrajectoriesMore(long seed) {
        int k = 6;
        int r = 10;
        MorrisDesign random = new MorrisDesign(k, r, 4, DesignRandom.of(seed));
        MorrisDesign chosen = new MorrisDesign(k, r, 4, 200, DesignRandom.of(seed));
        // the first r candidates drawn are the random design: the choice can only spread more
        assertThat(spread(chosen, r)).isGreaterThan(spread(random, r));
        // and the choice is a pure function of the seed
        MorrisDesign again = new MorrisDesign(k, r, 4, 200, DesignRandom.of(seed));
        for (int id = 0; id < chosen.size(); id++) {
            assertThat(again.unit(id)).containsExactly(chosen.unit(id));
        }
    }

    @Test
    void greedyChoiceMatchesExhaustiveSearchOnASmallCase() {
        // 8 candidates, keep 3: every one of the 56 subsets checked; greedy need not be optimal in
        // general, but it must be close, and never worse than the mean subset
        MorrisDesign all = new MorrisDesign(3, 8, 4, DesignRandom.of(17));
        List<double[][]> candidates = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            candidates.add(all.trajectory(t));
        }
        int[] greedy = TrajectorySpread.select(candidates, 3);
        double chosen = TrajectorySpread.spread(List.of(candidates.get(greedy[0]), candidates.get(greedy[1]), candidates.get(greedy[2])));
        double best = 0;
        double sum = 0;
        int n = 0;
        for (int a = 0; a < 8; a++) {
            for (int b = a + 1; b < 8; b++) {
                for (int c = b + 1; c < 8; c++) {
                    double s = TrajectorySpread.spread(List.of(candidates.get(a), candidates.get(b), candidates.get(c)));
                    best = Math.max(best, s);
                    sum += s;
                    n++;
                }
            }
        }
        assertThat(n).isEqualTo(56);
        assertThat(chosen).isGreaterThan(sum / n).isGreaterThanOrEqualTo(0.95 * best);
    }

    private static double spread(MorrisDesign d, int r) {
        List<double[][]> paths = new ArrayList<>();
        for (int t = 0; t < r; t++) {
            paths.add(d.trajectory(t));
        }
        return TrajectorySpread.spread(paths);
    }
}
