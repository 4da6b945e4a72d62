package io.spokes.cli;

import io.spokes.cli.report.HtmlReport;
import io.spokes.core.domain.Scenario;
import io.spokes.core.study.ScenarioStudy;
import io.spokes.io.AtomicOutput;
import io.spokes.io.InputException;
import io.spokes.io.result.TidyCsv;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code spokes report}: the main job — every architecture and policy for every crisis of interest. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Run every architecture, every policy of each named spoke and the scenario's own variants on its crises of interest; "
                + "write DIR/report.html (self-contained) and DIR/results.csv (tidy).")
final class ReportCommand implements Callable<Integer> {
    static final String RESULTS = "results.csv";
    static final String REPORT = "report.html";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ScenarioOptions options;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: out/<scenario-name>/.")
    Path outDir;

    @Override
    public Integer call() {
        Scenario scenario = options.load();
        if (scenario.crises().isEmpty()) {
            throw new InputException(options.scenario.toString(), 0, 0, "crises", "a report needs crises of interest; add a 'crises:' list");
        }
        ScenarioStudy study = options.solving(() -> ScenarioStudy.run(scenario, options.seed));
        String html = options.solving(() -> new HtmlReport(scenario, study.outcomes(), study.kbar(), options.seed).render());
        Path dir = outDir != null ? outDir : Path.of("out", scenario.name());
        Path csv = dir.resolve(RESULTS);
        Path report = dir.resolve(REPORT);
        // Both files or neither (AtomicOutput.writeTogether says exactly what a kill can leave); the page last.
        AtomicOutput.writeTogether(dir, List.of(
                Map.entry(RESULTS, w -> TidyCsv.write(w, scenario.name(), study.allOutcomes(), options.seed)),
                Map.entry(REPORT, w -> w.write(html))));
        spec.commandLine().getOut().println("wrote " + report + " and " + csv + " (" + study.outcomes().size()
                + " variant x crisis runs, seed " + options.seed + ")");
        return 0;
    }
}
