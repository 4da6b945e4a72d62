package io.spokes.sweep.design;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MorrisDesignTest {
    @ParameterizedTest(name = "k = {0}, p = {1}")
    @CsvSource({"1, 2", "3, 4", "6, 6", "10, 8"})
    void eachStepMovesOneFactorByDeltaOnTheGrid(int k, int p) {
        MorrisDesign d = new MorrisDesign(k, 25, p, DesignRandom.of(5));
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
}
