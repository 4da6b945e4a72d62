package io.spokes.sweep.analysis;

import io.spokes.sweep.design.DesignRandom;
import io.spokes.sweep.design.MorrisDesign;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Elementary effects of f(u) = 3 u1 + 2 u2^2 + 0 u3, worked out by hand for a 4-level grid. */
class MorrisEffectsTest {
    static double f(double[] u) {
        return 3 * u[0] + 2 * u[1] * u[1];
    }

    /** 40 random trajectories, or the 40 best spread of 400 (Campolongo et al. 2007): the same laws hold. */
    @ParameterizedTest(name = "40 trajectories of {0} candidates")
    @ValueSource(ints = {40, 400})
    void linearQuadraticAndInertFactorsHaveTheirHandComputedEffects(int candidates) {
        MorrisDesign d = new MorrisDesign(3, 40, 4, candidates, DesignRandom.of(9));
        List<MorrisEffects.Effect> e = MorrisEffects.estimate(d, id -> f(d.unit(id)), new Bootstrap(200, 0.95), DesignRandom.of(1));
        // linear: every elementary effect is the slope 3
        assertThat(e.get(0).mu()).isCloseTo(3, within(1e-12));
        assertThat(e.get(0).muStar().estimate()).isCloseTo(3, within(1e-12));
        assertThat(e.get(0).sigma()).isCloseTo(0, within(1e-12));
        // quadratic on levels {0, 1/3, 2/3, 1} with Delta = 2/3: EE = 2(2b + 2/3), b in {0, 1/3}, so 4/3 or 8/3
        double count83 = 0;
        for (int t = 0; t < d.trajectories(); t++) {
            for (int m = 1; m <= 3; m++) {
                if (d.factorMoved(t, m) == 1) {
                    double ee = (f(d.unit(d.id(t, m))) - f(d.unit(d.id(t, m - 1)))) / d.jump(t, 1);
                    assertThat(Math.min(Math.abs(ee - 4.0 / 3), Math.abs(ee - 8.0 / 3))).isLessThan(1e-12);
                    count83 += Math.abs(ee - 8.0 / 3) < 1e-12 ? 1 : 0;
                }
            }
        }
        double expectedMuStar = 4.0 / 3 + 4.0 / 3 * count83 / d.trajectories();
        assertThat(e.get(1).muStar().estimate()).isCloseTo(expectedMuStar, within(1e-12));
        assertThat(e.get(1).sigma()).isGreaterThan(0.1);
        assertThat(e.get(1).muStar().contains(e.get(1).muStar().estimate())).isTrue();
        // inert
        assertThat(e.get(2).muStar().estimate()).isEqualTo(0.0);
        assertThat(e.get(2).sigma()).isEqualTo(0.0);
    }
}
