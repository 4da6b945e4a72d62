package io.spokes.sweep.design;

import io.spokes.core.domain.Parameter;
import io.spokes.sweep.experiment.Factor;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FactorialDesignTest {
    @Test
    void everyCombinationOfLevelsOnceWithTheFirstFactorSlowest() {
        Factor kbar = Factor.values(Parameter.KBAR, List.of(0.5, 1.0, 2.0));
        Factor rho = Factor.range(Parameter.RHO, 0.0, 0.6, Factor.Scale.LINEAR, 4);
        FactorialDesign d = new FactorialDesign(List.of(kbar, rho));
        assertThat(d.size()).isEqualTo(12);
        Set<List<Double>> seen = new HashSet<>();
        for (int i = 0; i < d.size(); i++) {
            double[] u = d.unit(i);
            seen.add(List.of(kbar.value(u[0]), rho.value(u[1])));
        }
        assertThat(seen).hasSize(12);
        assertThat(kbar.value(d.unit(0)[0])).isEqualTo(0.5);
        assertThat(kbar.value(d.unit(4)[0])).isEqualTo(1.0);
        assertThat(rho.value(d.unit(0)[1])).isEqualTo(0.0);
        assertThat(rho.value(d.unit(3)[1])).isEqualTo(0.6);
        assertThat(rho.value(d.unit(1)[1])).isEqualTo(0.2, org.assertj.core.api.Assertions.within(1e-15));
    }

    @Test
    void aLogRangeMapsTheUnitIntervalGeometrically() {
        Factor f = Factor.range(Parameter.KBAR, 0.5, 2.0, Factor.Scale.LOG, 3);
        assertThat(f.value(0)).isEqualTo(0.5);
        assertThat(f.value(0.5)).isEqualTo(1.0, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(f.value(1)).isEqualTo(2.0);
    }
}
