package io.spokes.sweep.analysis;

import io.spokes.sweep.design.DesignRandom;
import io.spokes.sweep.design.SaltelliDesign;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** Sobol indices of the Ishigami function, whose indices are known in closed form (Ishigami and Homma 1990). */
class SobolIndicesTest {
    static final double A = 7;
    static final double B = 0.1;

    static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + A * Math.sin(x2) * Math.sin(x2) + B * Math.pow(x3, 4) * Math.sin(x1);
    }

    /** Analytic first-order and total indices of x1, x2, x3. */
    static double[][] analytic() {
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = Math.pow(Math.PI, 8);
        double v = A * A / 8 + B * pi4 / 5 + B * B * pi8 / 18 + 0.5;
        double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
        double v2 = A * A / 8;
        double v13 = 8 * B * B * pi8 / 225;
        return new double[][] {{v1 / v, v2 / v, 0}, {(v1 + v13) / v, v2 / v, v13 / v}};
    }

    static List<SobolIndices.Index> estimate(int n, ToDoubleFunction<double[]> f) {
        SaltelliDesign d = new SaltelliDesign(3, n);
        double[] fa = new double[n];
        double[] fb = new double[n];
        double[][] fab = new double[3][n];
        for (int j = 0; j < n; j++) {
            fa[j] = f.applyAsDouble(d.unit(d.idA(j)));
            fb[j] = f.applyAsDouble(d.unit(d.idB(j)));
            for (int i = 0; i < 3; i++) {
                fab[i][j] = f.applyAsDouble(d.unit(d.idAB(j, i)));
            }
        }
        return SobolIndices.estimate(fa, fb, fab, new Bootstrap(500, 0.95), DesignRandom.of(42));
    }

    @Test
    void theAnalyticIshigamiIndicesLieWithinTheBootstrapIntervals() {
        double[][] exact = analytic();
        List<SobolIndices.Index> est = estimate(4096, SobolIndicesTest::ishigami);
        for (int i = 0; i < 3; i++) {
            SobolIndices.Index x = est.get(i);
            assertThat(x.first().contains(exact[0][i])).as("S%d = %s vs %s", i + 1, exact[0][i], x.first()).isTrue();
            assertThat(x.total().contains(exact[1][i])).as("ST%d = %s vs %s", i + 1, exact[1][i], x.total()).isTrue();
            // and the intervals are informative, not vacuous
            assertThat(x.first().high() - x.first().low()).isLessThan(0.1);
            assertThat(x.total().high() - x.total().low()).isLessThan(0.1);
        }
        // the known ranking: x2 drives alone, x3 acts only through its interaction with x1
        assertThat(exact[0][1]).isCloseTo(0.4424, org.assertj.core.api.Assertions.within(1e-4));
        assertThat(est.get(2).first().estimate()).isLessThan(0.05);
        assertThat(est.get(2).total().estimate()).isGreaterThan(0.2);
    }

    @Test
    void anAdditiveFunctionHasEqualFirstAndTotalIndicesSharedByVariance() {
        // f = u1 + 2 u2: V1 = 1/12, V2 = 4/12, so S = (0.2, 0.8, 0) and ST = S
        List<SobolIndices.Index> est = estimate(2048, u -> u[0] + 2 * u[1]);
        double[] s = {0.2, 0.8, 0.0};
        for (int i = 0; i < 3; i++) {
            assertThat(est.get(i).first().estimate()).isCloseTo(s[i], org.assertj.core.api.Assertions.within(0.02));
            assertThat(est.get(i).total().estimate()).isCloseTo(s[i], org.assertj.core.api.Assertions.within(0.02));
        }
        assertThat(est.get(2).total().estimate()).isEqualTo(0.0);
    }
}
