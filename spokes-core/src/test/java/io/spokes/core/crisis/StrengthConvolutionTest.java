package io.spokes.core.crisis;

import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Institutions;
import io.spokes.core.domain.Location;
import io.spokes.core.domain.Membership;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Parameters;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.State;
import io.spokes.core.domain.Treaty;
import io.spokes.core.network.AllianceNetwork;

import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The strength convolution (docs/model.md §5.9) against exact enumeration below {@code exact_limit},
 * against sampling at 40 candidates, and its documented error bound.
 */
class StrengthConvolutionTest {

    /**
     * A world in which challenger CCC and target TTT have {@code n} candidates: a defense pact of the
     * target with {@code n - supporters} members and offense pacts of the challenger, Pareto-like
     * capabilities, capitals spread so power is projected, some nuclear states and umbrellas.
     */
    static Scenario world(int n, SplittableRandom rng, Parameters parameters) {
        List<State> states = new ArrayList<>();
        states.add(state("CCC", 1, Math.exp(rng.nextDouble(-4, -1)), rng.nextBoolean(), rng));
        states.add(state("TTT", 2, Math.exp(rng.nextDouble(-5, -1.5)), rng.nextDouble() < 0.2, rng));
        List<Membership> pact = new ArrayList<>(List.of(Membership.of("TTT", Obligation.DEFENSE)));
        List<Treaty> treaties = new ArrayList<>();
        int supporters = rng.nextInt(Math.max(1, n / 3) + 1);
        for (int i = 0; i < n; i++) {
            String id = "S" + (char) ('A' + i / 26) + (char) ('A' + i % 26);
            states.add(state(id, 3 + i, 0.2 / (1 + i) * Math.exp(rng.nextDouble(-1, 1)) + 0.001, rng.nextDouble() < 0.15, rng));
            if (i < n - supporters) {
                pact.add(Membership.of(id, rng.nextDouble() < 0.7 ? Obligation.DEFENSE : Obligation.CONSULTATION));
            } else {
                treaties.add(Treaty.builder().id("offense-" + id).name("Offense pact " + id)
                        .members(List.of(Membership.of(id, Obligation.OFFENSE), Membership.of("CCC", Obligation.OFFENSE)))
                        .institutions(new Institutions(false, false, false, rng.nextBoolean()))
                        .signed(LocalDate.of(2000, 1, 1)).source("synthetic").build());
            }
        }
        treaties.add(Treaty.builder().id("pact").name("Multilateral defense pact").members(pact)
                .institutions(new Institutions(true, true, false, rng.nextBoolean())).consultationMechanism(true)
                .signed(LocalDate.of(1990, 1, 1)).source("synthetic").build());
        return Scenario.builder().name("convolution-" + n).year(2023).states(states).treaties(treaties).parameters(parameters).build();
    }

    private static State state(String id, int cow, double capability, boolean nuclear, SplittableRandom rng) {
        Location capital = new Location(-40 + 80 * rng.nextDouble(), -170 + 340 * rng.nextDouble());
        return new State(id, cow, id, capability, nuclear, "synthetic", capital, Double.NaN);
    }

    private static Parameters randomParameters(SplittableRandom rng) {
        return Parameters.defaults()
                .with(Parameter.GAMMA, new double[] {0.5, 1, 2.5}[rng.nextInt(3)])
                .with(Parameter.KBAR, new double[] {0.5, 1, 2}[rng.nextInt(3)])
                .with(Parameter.NUCLEAR_COMPELLENCE, rng.nextDouble() < 0.5 ? 0.0 : 0.5);
    }

    /** Every reported number of a result, by path (record components, candidates by state, q by state). */
    static Map<String, Double> measures(CrisisResult r) {
        Map<String, Double> out = new LinkedHashMap<>();
        collect("", r, out);
        return out;
    }

    private static void collect(String path, Object o, Map<String, Double> out) {
        if (o instanceof Double d) {
            out.put(path, d);
        } else if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> collect(path + "." + k, v, out));
        } else if (o instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(path + "[" + i + "]", list.get(i), out);
            }
        } else if (o instanceof Record rec && !(o instanceof Parameters)) {
            for (RecordComponent c : rec.getClass().getRecordComponents()) {
                // convergence diagnostics and standard errors are not measures of the model
                if (c.getName().equals("residual") || c.getName().startsWith("se")) {
                    continue;
                }
                try {
                    collect(path + "." + c.getName(), c.getAccessor().invoke(rec), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static double maxDifference(Map<String, Double> a, Map<String, Double> b, StringBuilder where) {
        assertThat(a.keySet()).isEqualTo(b.keySet());
        double max = 0;
        for (String k : a.keySet()) {
            double x = a.get(k);
            double y = b.get(k);
            double d = Double.isNaN(x) && Double.isNaN(y) ? 0 : Math.abs(x - y);
            if (!(d <= max)) {
                max = d;
                where.setLength(0);
                where.append(k);
            }
        }
        return max;
    }

    @Test
    void agreesWithEnumerationOnEveryMeasureUpTo16Candidates() {
        SplittableRandom rng = new SplittableRandom(20240610L);
        int worlds = 0;
        for (int w = 0; w < 24; w++) {
            int n = 2 + rng.nextInt(15);
            // exact_limit = 16 enumerates every world here (the default, 12, would convolve the largest)
            Scenario s = world(n, rng, randomParameters(rng));
            s = s.withParameters(s.parameters().with(Parameter.EXACT_LIMIT, 16));
            CrisisResult exact = new CrisisSolver(s, 1L).solve(Crisis.of("CCC", "TTT"));
            // exact_limit = 0 forces the convolution on every crisis
            Scenario forced = s.withParameters(s.parameters().with(Parameter.EXACT_LIMIT, 0));
            CrisisResult conv = new CrisisSolver(forced, 1L).solve(Crisis.of("CCC", "TTT"));
            if (exact.candidates().isEmpty()) {
                continue;
            }
            worlds++;
            assertThat(exact.method()).isEqualTo("exact");
            assertThat(conv.method()).isEqualTo("convolution");
            Map<String, Double> a = measures(exact);
            Map<String, Double> b = measures(conv);
            a.remove(".parameters");
            StringBuilder where = new StringBuilder();
            double d = maxDifference(a, b, where);
            assertThat(d).as("world %d (n = %d): largest difference at %s", w, n, where).isLessThanOrEqualTo(1e-6);
            if (Boolean.getBoolean("spokes.print")) {
                System.out.printf("world %d n=%d candidates=%d max|diff|=%.3g at %s%n", w, n, exact.candidates().size(), d, where);
            }
        }
        assertThat(worlds).isGreaterThan(15);
    }

    @Test
    void expectationsStayWithinTheDocumentedBound() {
        SplittableRandom rng = new SplittableRandom(7L);
        for (int w = 0; w < 20; w++) {
            int n = 2 + rng.nextInt(13);
            Scenario s = world(n, rng, randomParameters(rng));
            CrisisGame game = new CrisisGame(new AllianceNetwork(s), Crisis.of("CCC", "TTT"));
            if (game.n == 0) {
                continue;
            }
            // a coarse grid so that the grid error is well above rounding and the bound is tested, not rounding
            StrengthConvolution conv = new StrengthConvolution(game, 1e-4);
            ExactEnumeration exact = new ExactEnumeration(game);
            double[] q = new double[game.n];
            for (int j = 0; j < game.n; j++) {
                q[j] = rng.nextDouble() < 0.2 ? (double) rng.nextInt(2) : rng.nextDouble();
            }
            CoalitionExpectation.Totals te = exact.totals(q);
            CoalitionExpectation.Totals tc = conv.totals(q);
            double bound = conv.bound();
            assertThat(bound).isBetween(0.9e-4, 1.000001e-4);
            assertThat(Math.abs(te.ep() - tc.ep())).isLessThanOrEqualTo(bound);
            assertThat(tc.nuDefenders()).isCloseTo(te.nuDefenders(), org.assertj.core.api.Assertions.within(1e-12));
            assertThat(tc.nuChallengers()).isCloseTo(te.nuChallengers(), org.assertj.core.api.Assertions.within(1e-12));
            assertThat(Math.abs(te.shareTarget() - tc.shareTarget())).isLessThanOrEqualTo(bound);
            CoalitionExpectation.Marginals me = new CoalitionExpectation.Marginals(game.n);
            CoalitionExpectation.Marginals mc = new CoalitionExpectation.Marginals(game.n);
            exact.marginals(q, me);
            conv.marginals(q, mc);
            for (int j = 0; j < game.n; j++) {
                assertThat(Math.abs(me.gain[j] - mc.gain[j])).as("gain of %d in world %d", j, w).isLessThanOrEqualTo(2 * bound);
                assertThat(Math.abs(me.share[j] - mc.share[j])).isLessThanOrEqualTo(bound);
                assertThat(mc.eta[j]).isCloseTo(me.eta[j], org.assertj.core.api.Assertions.within(1e-12));
            }
        }
    }

    @Test
    void agreesWithSamplingAt40CandidatesWithinFourStandardErrors() {
        SplittableRandom rng = new SplittableRandom(40L);
        for (int w = 0; w < 3; w++) {
            Scenario s = world(40, rng, randomParameters(rng));
            CrisisResult conv = new CrisisSolver(s, 1L).solve(Crisis.of("CCC", "TTT"));
            Scenario sampling = s.withParameters(s.parameters().with(Parameter.LARGE_METHOD, 1).with(Parameter.SAMPLES, 16384));
            CrisisResult sampled = new CrisisSolver(sampling, 1L).solve(Crisis.of("CCC", "TTT"));
            assertThat(conv.method()).isEqualTo("convolution");
            assertThat(sampled.method()).isEqualTo("sampled");
            CrisisResult.Expectations e = sampled.expectations();
            assertThat(conv.expectations().ep()).isCloseTo(e.ep(), org.assertj.core.api.Assertions.within(4 * e.seEp() + 1e-9));
            assertThat(conv.expectations().nuDefenders()).isCloseTo(e.nuDefenders(),
                    org.assertj.core.api.Assertions.within(4 * e.seNuDefenders() + 1e-9));
            assertThat(1 - conv.pChallenge()).isCloseTo(1 - sampled.pChallenge(),
                    org.assertj.core.api.Assertions.within(4 * e.seDeterrence() + 1e-9));
            // against a grid 10 times finer (grid_error 1e-8): every measure within the default bound
            Scenario fine = s.withParameters(s.parameters().with(Parameter.GRID_ERROR, 1e-8));
            Map<String, Double> a = measures(conv);
            Map<String, Double> b = measures(new CrisisSolver(fine, 1L).solve(Crisis.of("CCC", "TTT")));
            StringBuilder where = new StringBuilder();
            double d = maxDifference(a, b, where);
            assertThat(d).as("largest difference at %s", where).isLessThanOrEqualTo(1e-6);
            if (Boolean.getBoolean("spokes.print")) {
                System.out.printf("world %d gamma=%s n=%d: E_p z=%.2f, deterrence z=%.2f, max|default - fine|=%.2e at %s%n", w,
                        s.parameters().get(Parameter.GAMMA), conv.candidates().size(), (conv.expectations().ep() - e.ep()) / e.seEp(),
                        ((1 - conv.pChallenge()) - (1 - sampled.pChallenge())) / e.seDeterrence(), d, where);
            }
        }
    }

    @Test
    void crossSumsByFftEqualDirectSums() {
        SplittableRandom rng = new SplittableRandom(11L);
        for (int w = 0; w < 6; w++) {
            Scenario s = world(5 + rng.nextInt(36), rng, randomParameters(rng));
            CrisisGame game = new CrisisGame(new AllianceNetwork(s), Crisis.of("CCC", "TTT"));
            double[] q = new double[game.n];
            for (int j = 0; j < game.n; j++) {
                q[j] = rng.nextDouble();
            }
            CoalitionExpectation.Marginals direct = new CoalitionExpectation.Marginals(game.n);
            CoalitionExpectation.Marginals fft = new CoalitionExpectation.Marginals(game.n);
            StrengthConvolution a = new StrengthConvolution(game, 1e-6).crossSums(StrengthConvolution.CrossSums.DIRECT);
            StrengthConvolution b = new StrengthConvolution(game, 1e-6).crossSums(StrengthConvolution.CrossSums.FFT);
            a.marginals(q, direct);
            b.marginals(q, fft);
            assertThat(b.totals(q).ep()).isCloseTo(a.totals(q).ep(), org.assertj.core.api.Assertions.within(1e-12));
            for (int j = 0; j < game.n; j++) {
                assertThat(fft.gain[j]).isCloseTo(direct.gain[j], org.assertj.core.api.Assertions.within(1e-12));
                assertThat(fft.share[j]).isCloseTo(direct.share[j], org.assertj.core.api.Assertions.within(1e-12));
            }
        }
    }

    @Test
    void isDeterministic() {
        Scenario s = world(40, new SplittableRandom(3L), Parameters.defaults());
        Map<String, Double> first = measures(new CrisisSolver(s, 1L).solve(Crisis.of("CCC", "TTT")));
        Map<String, Double> again = measures(new CrisisSolver(s, 99L).solve(Crisis.of("CCC", "TTT")));
        first.remove(".parameters");
        again.remove(".parameters");
        assertThat(again).isEqualTo(first);
    }
}
