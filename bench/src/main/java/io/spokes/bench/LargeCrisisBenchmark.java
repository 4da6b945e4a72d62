package io.spokes.bench;

import io.spokes.core.crisis.CrisisResult;
import io.spokes.core.crisis.CrisisSolver;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Institutions;
import io.spokes.core.domain.Location;
import io.spokes.core.domain.Membership;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.State;
import io.spokes.core.domain.Treaty;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * One crisis solve with a data-sized coalition: the target belongs to a multilateral defense pact
 * (a NATO- or Rio-like treaty) of {@code candidates - 6} members and the challenger has six allies
 * with offense pledges, so every other state is a candidate. At 16 candidates the engine enumerates
 * coalitions exactly; above {@code exact_limit} it convolves each side's strength on a capability grid
 * ({@code large_method = 0}, the default) or samples with common random numbers ({@code large_method = 1}). Synthetic
 * capabilities (a Pareto-like tail), capitals on a jittered grid so power is projected over distance.
 */
@org.openjdk.jmh.annotations.State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1)
public class LargeCrisisBenchmark {
    @Param({"16", "40"})
    public int candidates;

    /** {@code large_method}: 0 convolution, 1 sampling (no effect at 16 states, below {@code exact_limit}). */
    @Param({"0", "1"})
    public int largeMethod;

    private Scenario scenario;

    @Setup
    public void build() {
        Scenario s = world(candidates, 20230818L);
        scenario = s.withParameters(s.parameters().with(Parameter.LARGE_METHOD, largeMethod));
    }

    @Benchmark
    public CrisisResult crisisSolve() {
        return new CrisisSolver(scenario, 20230818L).solve(Crisis.of("CCC", "TTT"));
    }

    /** A world of {@code n + 2} states in which challenger CCC and target TTT have {@code n} candidates between them. */
    static Scenario world(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<State> states = new ArrayList<>();
        states.add(state("CCC", 1, 0.15, true, rng));
        states.add(state("TTT", 2, 0.04, false, rng));
        List<Membership> pact = new ArrayList<>(List.of(Membership.of("TTT", Obligation.DEFENSE)));
        List<Treaty> treaties = new ArrayList<>();
        int supporters = Math.min(6, n / 4);
        for (int i = 0; i < n; i++) {
            String id = "S" + (char) ('A' + i / 26) + (char) ('A' + i % 26);
            states.add(state(id, 3 + i, 0.2 / (1 + i) + 0.002, i == 0, rng));
            if (i < n - supporters) {
                pact.add(Membership.of(id, Obligation.DEFENSE));
            } else {
                treaties.add(Treaty.builder().id("offense-" + id).name("Offense pact " + id)
                        .members(List.of(Membership.of(id, Obligation.OFFENSE), Membership.of("CCC", Obligation.OFFENSE)))
                        .signed(LocalDate.of(2000, 1, 1)).source("synthetic").build());
            }
        }
        treaties.add(Treaty.builder().id("pact").name("Multilateral defense pact").members(pact)
                .institutions(new Institutions(true, true, false, false)).consultationMechanism(true)
                .signed(LocalDate.of(1990, 1, 1)).source("synthetic").build());
        return Scenario.builder().name("large-crisis-" + n).year(2023).states(states).treaties(treaties).build();
    }

    private static State state(String id, int cow, double capability, boolean nuclear, SplittableRandom rng) {
        Location capital = new Location(-40 + 80 * rng.nextDouble(), -170 + 340 * rng.nextDouble());
        return new State(id, cow, id, capability, nuclear, "synthetic", capital, Double.NaN);
    }
}
