package io.spokes.sweep.stats;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SweepSummaryTest {
    static final SweepSummary.Key DETERRENCE = new SweepSummary.Key("baseline", "PRK", "KOR", "North Korea, \"the\" challenger", "upper", "deterrence", "");
    static final SweepSummary.Key ABANDON = new SweepSummary.Key("alignment(KOR)", "PRK", "KOR", "c", "lower", "abandonment", "USA");

    @ParameterizedTest(name = "{0} values in {1} parts, seed {2}")
    @CsvSource({"1, 1, 1", "100, 2, 2", "1000, 7, 3", "5000, 50, 4"})
    void mergedPartialResultsEqualTheWhole(int n, int parts, long seed) {
        UniformRandomProvider rng = RandomSource.L64_X128_MIX.create(seed);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = i % 17 == 3 ? Double.NaN : 1e3 + (rng.nextDouble() - 0.5) * 10;
        }
        SweepSummary whole = new SweepSummary();
        SweepSummary merged = new SweepSummary();
        int per = (n + parts - 1) / parts;
        for (int p = 0; p < parts; p++) {
            SweepSummary part = new SweepSummary();
            for (int i = p * per; i < Math.min(n, (p + 1) * per); i++) {
                part.add(i % 2 == 0 ? DETERRENCE : ABANDON, values[i]);
            }
            merged.aggregate(part);
        }
        for (int i = 0; i < n; i++) {
            whole.add(i % 2 == 0 ? DETERRENCE : ABANDON, values[i]);
        }
        assertThat(merged.asMap().keySet()).containsExactlyElementsOf(whole.asMap().keySet());
        for (SweepSummary.Key k : whole.asMap().keySet()) {
            MeasureStats a = whole.asMap().get(k);
            MeasureStats b = merged.asMap().get(k);
            assertThat(b.count()).isEqualTo(a.count());
            assertThat(b.missing()).isEqualTo(a.missing());
            assertThat(b.min()).isEqualTo(a.min());
            assertThat(b.max()).isEqualTo(a.max());
            assertThat(b.mean()).isCloseTo(a.mean(), within(1e-12 * Math.abs(a.mean())));
            if (a.count() > 1) {
                assertThat(b.variance()).isCloseTo(a.variance(), within(1e-9 * a.variance()));
                // against a two-pass computation
                double mean = 0;
                int m = 0;
                for (int i = 0; i < n; i++) {
                    if ((i % 2 == 0) == (k == DETERRENCE) && !Double.isNaN(values[i])) {
                        mean += values[i];
                        m++;
                    }
                }
                mean /= m;
                double ss = 0;
                for (int i = 0; i < n; i++) {
                    if ((i % 2 == 0) == (k == DETERRENCE) && !Double.isNaN(values[i])) {
                        ss += (values[i] - mean) * (values[i] - mean);
                    }
                }
                assertThat(b.variance()).isCloseTo(ss / (m - 1), within(1e-9 * a.variance()));
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"1", "2"})
    void savedStateLoadsBitForBit(long seed) throws Exception {
        UniformRandomProvider rng = RandomSource.L64_X128_MIX.create(seed);
        SweepSummary s = new SweepSummary();
        for (int i = 0; i < 50; i++) {
            s.add(i % 3 == 0 ? DETERRENCE : ABANDON, i == 7 ? Double.NaN : rng.nextDouble());
        }
        s.add(new SweepSummary.Key("v", "a", "b", "c", "auto", "p_war", ""), Double.NaN);
        StringWriter w = new StringWriter();
        s.save(w);
        SweepSummary back = SweepSummary.load(new BufferedReader(new StringReader(w.toString())));
        assertThat(back).isEqualTo(s);
        assertThat(back.asMap().get(DETERRENCE).mean()).isEqualTo(s.asMap().get(DETERRENCE).mean());
    }
}
