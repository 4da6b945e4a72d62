package io.spokes.bench;

import io.spokes.cli.report.HtmlReport;
import io.spokes.core.crisis.CrisisResult;
import io.spokes.core.crisis.CrisisSolver;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Scenario;
import io.spokes.core.study.ScenarioStudy;
import io.spokes.io.scenario.ScenarioReader;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * One {@code crisis} solve on the bundled scenario (network built, both equilibria, every measure)
 * and the computing part of {@code report} (every variant and crisis, kbar sensitivity, HTML with
 * charts), without JVM start; bench/report-wall.sh times the whole process.
 * Run from the repository root: {@code java -jar bench/target/benchmarks.jar}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class CrisisBenchmark {
    @Param("scenarios/korea-2023.yaml")
    public String scenarioFile;

    private Scenario scenario;

    @Setup
    public void load() {
        scenario = ScenarioReader.read(Path.of(scenarioFile));
    }

    /** {@code spokes crisis korea-2023.yaml --challenger PRK --target KOR} minus parsing and printing. */
    @Benchmark
    public CrisisResult crisisSolve() {
        return new CrisisSolver(scenario, 20230818L).solve(Crisis.of("PRK", "KOR"));
    }

    /** {@code spokes report korea-2023.yaml} minus JVM start, parsing and file writes. */
    @Benchmark
    public String report() {
        ScenarioStudy study = ScenarioStudy.run(scenario, 20230818L);
        return new HtmlReport(scenario, study.outcomes(), study.kbar(), 20230818L).render();
    }
}
