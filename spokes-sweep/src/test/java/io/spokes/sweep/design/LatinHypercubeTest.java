package io.spokes.sweep.design;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LatinHypercubeTest {
    @ParameterizedTest(name = "{0} points in {1} dimensions, seed {2}")
    @CsvSource({"1, 1, 1", "10, 3, 2", "97, 6, 3", "1000, 4, 4"})
    void everyStratumOfEveryAxisHoldsExactlyOnePoint(int n, int k, long seed) {
        LatinHypercube lhs = new LatinHypercube(k, n, DesignRandom.of(seed));
        assertThat(lhs.size()).isEqualTo(n);
        for (int d = 0; d < k; d++) {
            int[] count = new int[n];
            for (int i = 0; i < n; i++) {
                double u = lhs.unit(i)[d];
                assertThat(u).isBetween(0.0, 1.0);
                count[(int) Math.floor(u * n)]++;
            }
            for (int s = 0; s < n; s++) {
                assertThat(count[s]).as("points in stratum %d of axis %d", s, d).isEqualTo(1);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"1", "20230818"})
    void theSameSeedGivesTheSamePointsAndAnotherSeedOthers(long seed) {
        LatinHypercube a = new LatinHypercube(3, 50, DesignRandom.of(seed));
        LatinHypercube b = new LatinHypercube(3, 50, DesignRandom.of(seed));
        LatinHypercube c = new LatinHypercube(3, 50, DesignRandom.of(seed + 1));
        for (int i = 0; i < 50; i++) {
            assertThat(a.unit(i)).containsExactly(b.unit(i));
        }
        assertThat(a.unit(0)).isNotEqualTo(c.unit(0));
    }

    @ParameterizedTest(name = "axes {0} and {1}")
    @CsvSource({"0, 1", "1, 2"})
    void axesArePairedIndependently(int x, int y) {
        // Independent permutations: the rank correlation between two axes is near 0 (|r| < 4/sqrt(n)).
        int n = 2000;
        LatinHypercube lhs = new LatinHypercube(3, n, DesignRandom.of(11));
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (lhs.unit(i)[x] - 0.5) * (lhs.unit(i)[y] - 0.5);
        }
        double r = sxy / n / (1.0 / 12);
        assertThat(Math.abs(r)).isLessThan(4 / Math.sqrt(n));
    }
}
