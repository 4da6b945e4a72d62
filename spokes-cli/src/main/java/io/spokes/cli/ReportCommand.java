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
import java.util.concurrent.Callable;

/** {@code spokes report}: the main job — every architecture and policy for every crisis of interest. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Run every architecture and every policy of each named spoke on the scenario's crises of interest; "
                + "write DIR/report.html (self-contained) and DIR/results.csv (tidy).")
final class ReportCommand implements Callable<Integer> {
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
        ScenarioStudy study = ScenarioStudy.run(scenario, options.seed);
        String html = new HtmlReport(scenario, study.outcomes(), study.kbar(), options.seed).render();
        Path dir = outDir != null ? outDir : Path.of("out", scenario.name());
        Path csv = dir.resolve("results.csv");
        Path report = dir.resolve("report.html");
        AtomicOutput.write(csv, w -> TidyCsv.write(w, scenario.name(), study.allOutcomes(), options.seed));
        AtomicOutput.write(report, w -> w.write(html));
        spec.commandLine().getOut().println("wrote " + report + " and " + csv + " (" + study.outcomes().size()
                + " variant x crisis runs, seed " + options.seed + ")");
        return 0;
    }
}
