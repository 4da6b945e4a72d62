package io.spokes.cli;

import io.spokes.cli.report.HtmlReport;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Scenario;
import io.spokes.core.network.AllianceNetwork;
import io.spokes.core.study.Comparison;
import io.spokes.core.study.VariantOutcome;
import io.spokes.io.AtomicOutput;
import io.spokes.io.InputException;
import io.spokes.io.result.TidyCsv;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code spokes report}: the main job — every architecture and policy for every crisis of interest. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Run every architecture and every policy of each named spoke on the scenario's crises of interest; "
                + "write DIR/report.html (self-contained) and DIR/results.csv (tidy).")
final class ReportCommand implements Callable<Integer> {
    /** The kbar values the spec asks reports to show beside the chosen one. */
    static final double[] KBAR_SENSITIVITY = {0.5, 1.0, 2.0};

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
        List<String> spokes = scenario.hub() != null ? new AllianceNetwork(scenario).spokesOf(scenario.hub()) : List.of();
        Comparison comparison = new Comparison(scenario, options.seed);
        List<VariantOutcome> outcomes = comparison.run(Comparison.fullDesign(spokes), scenario.crises());
        Map<String, List<VariantOutcome>> kbar = new LinkedHashMap<>();
        List<VariantOutcome> all = new ArrayList<>(outcomes);
        for (Crisis c : scenario.crises()) {
            List<VariantOutcome> k = comparison.kbarSensitivity(c, KBAR_SENSITIVITY);
            kbar.put(c.label(), k);
            k.forEach(v -> all.add(new VariantOutcome("baseline[" + v.variant() + "]", v.result(), 0.0)));
        }
        String html = new HtmlReport(scenario, outcomes, kbar, options.seed).render();
        Path dir = outDir != null ? outDir : Path.of("out", scenario.name());
        Path csv = dir.resolve("results.csv");
        Path report = dir.resolve("report.html");
        AtomicOutput.write(csv, w -> TidyCsv.write(w, scenario.name(), all, options.seed));
        AtomicOutput.write(report, w -> w.write(html));
        spec.commandLine().getOut().println("wrote " + report + " and " + csv + " (" + outcomes.size()
                + " variant x crisis runs, seed " + options.seed + ")");
        return 0;
    }
}
