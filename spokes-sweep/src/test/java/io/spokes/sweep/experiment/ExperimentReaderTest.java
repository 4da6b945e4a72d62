package io.spokes.sweep.experiment;

import io.spokes.core.domain.Coordination;
import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Parameter;
import io.spokes.io.InputException;
import io.spokes.sweep.Experiments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ExperimentReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTheBundledKoreaExperiment() {
        Experiment e = ExperimentReader.read(Path.of("../experiments/korea-lhs.yaml"));
        assertThat(e.name()).isEqualTo("korea-lhs");
        assertThat(e.design()).isEqualTo(DesignKind.LATIN);
        assertThat(e.designSize()).isEqualTo(10_000);
        assertThat(e.factors()).extracting(Factor::parameter).containsExactly(Parameter.KBAR, Parameter.SIGMA_K,
                Parameter.SIGMA_THETA, Parameter.LAMBDA_DEFENSE, Parameter.RHO, Parameter.W_DEF);
        assertThat(e.factors().get(0).scale()).isEqualTo(Factor.Scale.LOG);
        assertThat(e.equilibria()).containsExactly(Coordination.UPPER, Coordination.LOWER);
        assertThat(e.crises()).hasSize(1);
        assertThat(e.crises().get(0).label()).isEqualTo("North Korea challenges South Korea");
        assertThat(e.solvesPerPoint()).isEqualTo(2);
        assertThat(e.chunk() * e.chunkCount()).isGreaterThanOrEqualTo(10_000);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"korea-lhs.yaml", "korea-sobol.yaml", "korea-morris.yaml", "korea-factorial.yaml"})
    void everyBundledExperimentIsValid(String file) {
        Experiment e = ExperimentReader.read(Path.of("../experiments").resolve(file));
        assertThat(e.description()).isNotBlank();
        assertThat(e.scenario().name()).isEqualTo("korea-2023");
        assertThat(e.designSize()).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"korea-lhs.yaml", "korea-sobol.yaml", "korea-morris.yaml", "korea-factorial.yaml"})
    void toBuilderBuildsAnEqualExperimentAndValidatesLikeTheConstructor(String file) {
        Experiment e = ExperimentReader.read(Path.of("../experiments").resolve(file));
        assertThat(e.toBuilder().build()).isEqualTo(e);
        FieldException chunk = catchThrowableOfType(FieldException.class, () -> e.toBuilder().chunk(0).build());
        assertThat(chunk.field()).isEqualTo("chunk");
        assertThat(chunk.getMessage()).isEqualTo("must be at least 1");
        FieldException large = catchThrowableOfType(FieldException.class, () -> e.toBuilder().chunk(Experiment.MAX_CHUNK + 1).build());
        assertThat(large.field()).isEqualTo("chunk");
        assertThat(large.getMessage()).isEqualTo("points per part file must lie in [1, 250], got 251");
    }

    @Test
    void defaultsComeFromTheScenarioAndSobolAndMorrisCountTheirRuns() {
        String sobol = Experiments.toyLatin(10).replace("design: latin", "design: sobol").replace("points: 10", "points: 8");
        Experiment e = Experiments.read(dir, sobol.replace("equilibria: [upper, lower]\n", ""));
        assertThat(e.designSize()).isEqualTo(8 * (3 + 2));
        assertThat(e.equilibria()).containsExactly(Coordination.AUTO);
        Experiment m = Experiments.read(dir, Experiments.toyLatin(10).replace("design: latin", "design: morris\nlevels: 6"));
        assertThat(m.designSize()).isEqualTo(10 * 4);
        assertThat(m.levels()).isEqualTo(6);
        assertThat(m.candidates()).as("no choice among trajectories unless asked").isEqualTo(10);
        assertThat(Experiments.read(dir, Experiments.toyLatin(10).replace("design: latin", "design: morris\ncandidates: 200"))
                .candidates()).isEqualTo(200);
        String factorial = Experiments.toyLatin(10).replace("design: latin", "design: factorial").replace("points: 10\n", "")
                .replace("rho: {range: [0.0, 0.6]}", "rho: {range: [0.0, 0.6], levels: 4}")
                .replace("lambda_defense: {range: [0.1, 1.0]}", "lambda_defense: {values: [0.1, 0.5]}");
        assertThat(Experiments.read(dir, factorial).designSize()).isEqualTo(3 * 4 * 2);
    }

    @Test
    void valuesDrawnInsideAWholeNumberRangeAreRoundedAndAFactorialGridKeepsItsWholeLevels() {
        Experiment latin = Experiments.read(dir, Experiments.toyLatin(50).replace("  rho:", "  samples: {range: [16, 64]}\n  rho:"));
        Factor samples = latin.factors().get(1);
        assertThat(samples.parameter()).isEqualTo(Parameter.SAMPLES);
        var design = io.spokes.sweep.design.Design.of(latin);
        for (int i = 0; i < latin.designSize(); i++) {
            double v = samples.value(design.unit(i)[1]);
            assertThat(v).isBetween(16.0, 64.0).isEqualTo(Math.rint(v));
        }
        // 16 + u 48 rounded: u = 0.51 gives 40.48, hence 40
        assertThat(samples.value(0.51)).isEqualTo(40.0);
        Experiment grid = Experiments.read(dir, factorial(Experiments.toyLatin(10)).replace("  rho:", "  samples: {range: [16, 64], levels: 4}\n  rho:"));
        Factor levels = grid.factors().get(1);
        assertThat(java.util.stream.IntStream.range(0, 4).mapToDouble(i -> levels.value(levels.levelCoordinate(i))).toArray())
                .containsExactly(16, 32, 48, 64);
    }

    @Test
    void theFingerprintChangesWithTheTextAndNotOtherwise() {
        Experiment a = Experiments.read(dir, Experiments.toyLatin(10));
        Experiment b = Experiments.read(dir, Experiments.toyLatin(10));
        Experiment c = Experiments.read(dir, Experiments.toyLatin(11));
        assertThat(a.fingerprint()).isEqualTo(b.fingerprint()).isNotEqualTo(c.fingerprint());
    }

    static Stream<Arguments> badExperiments() {
        String ok = Experiments.toyLatin(10);
        return Stream.of(
                Arguments.of("unknown top-level key", ok.replace("seed: 7", "seed: 7\nsed: 8"), ":4:6", "sed", "unknown key 'sed'"),
                Arguments.of("unknown parameter", ok.replace("  rho:", "  rhoo:"), ":13:", "parameters.rhoo", "unknown parameter 'rhoo'"),
                Arguments.of("reversed range", ok.replace("[0.0, 0.6]", "[0.6, 0.0]"), ":13:", "parameters.rho.range", "low < high"),
                Arguments.of("range outside the admissible values", ok.replace("[0.1, 1.0]", "[-0.1, 1.0]"), ":14:",
                        "parameters.lambda_defense.range[0]", "must lie in [0, 1000000]"),
                Arguments.of("log scale through zero", ok.replace("rho: {range: [0.0, 0.6]}", "rho: {range: [0.0, 0.6], scale: log}"),
                        ":13:", "parameters.rho.scale", "log scale needs a positive range"),
                Arguments.of("values in a latin design", ok.replace("rho: {range: [0.0, 0.6]}", "rho: {values: [0.1, 0.2]}"),
                        ":13:", "parameters.rho.values", "suits design: factorial"),
                Arguments.of("missing points", ok.replace("points: 10\n", ""), ":1:1", "points", "missing required key 'points'"),
                Arguments.of("points as text", ok.replace("points: 10", "points: many"), ":5:9", "points", "expected a whole number"),
                Arguments.of("unknown design", ok.replace("design: latin", "design: latinn"), ":4:9", "design", "unknown design 'latinn'"),
                Arguments.of("unknown measure", ok.replace("p_war,", "p_warr,"), ":10:", "measures[1]", "unknown measure 'p_warr'"),
                Arguments.of("unknown state in a measure", ok.replace("entrapment:USA", "entrapment:XXX"), ":10:", "measures[3]", "unknown state 'XXX'"),
                Arguments.of("unknown equilibrium", ok.replace("[upper, lower]", "[upper, middle]"), ":6:", "equilibria[1]", "upper, lower or auto"),
                Arguments.of("unknown policy", ok.replace("policy: alignment", "policy: alliance"), ":9:", "variants[1].policy", "unknown policy 'alliance'"),
                Arguments.of("policy for an unknown spoke", ok.replace("spoke: KOR", "spoke: ROK"), ":9:", "variants[1].spoke", "unknown state 'ROK'"),
                Arguments.of("crisis with an unknown state", ok.replace("variants:", "crises:\n  - {challenger: PRK, target: ROK}\nvariants:"),
                        ":8:", "crises[0].target", "unknown state 'ROK'"),
                Arguments.of("coordination as a factor", ok.replace("  rho:", "  coordination: {range: [0, 1]}\n  rho:"), ":13:",
                        "parameters.coordination", "equilibria"),
                Arguments.of("Morris grid levels odd", ok.replace("design: latin", "design: morris\nlevels: 5"), ":5:9", "levels", "must be even"),
                Arguments.of("Morris candidates fewer than trajectories", ok.replace("design: latin", "design: morris\ncandidates: 4"),
                        ":5:13", "candidates", "must lie in [10, 1000]"),
                Arguments.of("candidates in a latin design", ok.replace("design: latin", "design: latin\ncandidates: 40"),
                        ":5:13", "candidates", "design: morris only"),
                Arguments.of("malformed YAML", ok.replace("parameters:\n", "parameters:\n  - [\n"), ":1", "", "malformed YAML"),
                Arguments.of("duplicate key", ok.replace("seed: 7", "seed: 7\nseed: 8"), ":4:", "", "Duplicate field 'seed'"),
                Arguments.of("missing scenario file", ok.replace(Experiments.TOY.toString(), "no-such.yaml"), ":2:11", "scenario", "no such scenario file"),
                Arguments.of("chunk zero", ok.replace("chunk: 7", "chunk: 0"), ":15:8", "chunk", "must lie in [1, 250], got 0"),
                // docs/sweeps.md: 1 to 250 points per part file
                Arguments.of("chunk above 250", ok.replace("chunk: 7", "chunk: 1000"), ":15:8", "chunk", "must lie in [1, 250], got 1000"),
                // docs/sweeps.md: a whole-number parameter's range ends and listed values are whole; drawn values are rounded
                Arguments.of("whole-number parameter with a fractional end", ok.replace("  rho:", "  samples: {range: [16.5, 64]}\n  rho:"),
                        ":13:21", "parameters.samples.range[0]", "samples is a whole number: write 16 or 17, got 16.5"),
                Arguments.of("whole-number parameter with a fractional value", factorial(ok).replace("  rho:", "  samples: {values: [16, 17.5]}\n  rho:"),
                        ":12:", "parameters.samples.values[1]", "write 17 or 18, got 17.5"),
                Arguments.of("whole-number parameter out of its range", ok.replace("  rho:", "  samples: {range: [0.5, 64]}\n  rho:"),
                        ":13:21", "parameters.samples.range[0]", "must lie in"),
                Arguments.of("factorial levels of a whole-number parameter that round to repeats",
                        factorial(ok).replace("  rho:", "  samples: {range: [16, 17], levels: 4}\n  rho:"),
                        ":12:38", "parameters.samples.levels", "4 evenly spaced levels on [16, 17] round to repeated values (16 twice)"),
                // docs/sweeps.md: name:STATE keeps one state's value of a per-state measure
                Arguments.of("a state on a crisis-level measure", ok.replace("p_war,", "deterrence:KOR,"), ":10:24", "measures[1]",
                        "'deterrence' has one value per crisis, not one per state: write 'deterrence' without ':KOR'"),
                Arguments.of("a state on the hub's measure", ok.replace("p_war,", "p_war, hub_abandonment:USA,"), ":10:",
                        "measures[2]", "write 'hub_abandonment' without ':USA'"));
    }

    /** The toy experiment as a factorial design (no points: the grid fixes them); every line after 'points' moves up one. */
    private static String factorial(String latin) {
        return latin.replace("design: latin", "design: factorial").replace("points: 10\n", "");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badExperiments")
    void badInputIsReportedWithItsFileLineColumnAndField(String what, String text, String at, String field, String problem) {
        assertThatThrownBy(() -> Experiments.read(dir, text))
                .isInstanceOf(InputException.class)
                .satisfies(e -> {
                    InputException x = (InputException) e;
                    assertThat(x.getMessage()).startsWith(dir.resolve("experiment.yaml").toString());
                    assertThat(x.getMessage()).contains("experiment.yaml" + at);
                    assertThat(x.field()).isEqualTo(field);
                    assertThat(x.problem()).contains(problem);
                    assertThat(x.getMessage()).doesNotContain("\n");
                });
    }

    @Test
    void aBrokenBaseScenarioIsReportedAtItsOwnLine() {
        Path scenario = Experiments.write(dir, "broken.yaml", "name: broken\nyear: 2023\nstates:\n  - {id: A, cow: 1, name: A, capability: -1}\n");
        String text = Experiments.toyLatin(10).replace(Experiments.TOY.toString(), scenario.toString());
        assertThatThrownBy(() -> Experiments.read(dir, text)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(scenario + ":4:");
    }
}
