package io.spokes.sweep.cli;

import io.spokes.core.domain.FieldException;
import io.spokes.io.InputException;
import io.spokes.io.cli.OptionalCommand;
import io.spokes.sweep.analysis.AnalysisReport;
import io.spokes.sweep.analysis.Bootstrap;
import io.spokes.sweep.analysis.OutputSensitivity;
import io.spokes.sweep.analysis.SweepAnalysis;
import io.spokes.sweep.analysis.SweepResults;
import io.spokes.sweep.experiment.Experiment;
import io.spokes.sweep.run.SweepFolder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code spokes analyze}: sensitivity indices, charts and an HTML summary of a finished sweep. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Sensitivity analysis of a finished sweep folder; DIR/analysis/index.html names the drivers.",
                "Sobol first and total indices (sobol design), Morris mu*, mu and sigma (morris), Spearman rank correlations",
                "(latin, factorial), all with bootstrap intervals; tornado charts and response curves (PNG and SVG)."})
public final class AnalyzeCommand implements Callable<Integer>, OptionalCommand {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A sweep folder (the --out of spokes sweep).")
    Path dir;

    @Option(names = "--bootstrap", defaultValue = "1000", paramLabel = "N", description = "Bootstrap resamples. Default: ${DEFAULT-VALUE}.")
    int resamples;

    @Option(names = "--level", defaultValue = "0.95", paramLabel = "P", description = "Confidence level of the intervals. Default: ${DEFAULT-VALUE}.")
    double level;

    @Override
    public Integer call() {
        Bootstrap bootstrap;
        try {
            bootstrap = new Bootstrap(resamples, level);
        } catch (FieldException e) {
            throw new InputException("command line", 0, 0, "--" + e.field(), e.getMessage());
        }
        Experiment e = SweepAnalysis.experimentOf(dir);
        SweepResults results = SweepResults.read(dir.resolve(SweepFolder.RESULTS), e);
        List<OutputSensitivity> outputs = new SweepAnalysis(e, bootstrap).analyze(results);
        Path page = AnalysisReport.write(dir, e, bootstrap, outputs);
        PrintWriter out = spec.commandLine().getOut();
        for (OutputSensitivity s : outputs) {
            out.println(s.key().measure() + (s.key().state().isEmpty() ? "" : "(" + s.key().state() + ")") + " ["
                    + s.key().challenger() + " vs " + s.key().target() + ", " + s.key().variant() + ", " + s.key().equilibrium() + "]: "
                    + (s.drivers().isEmpty() ? "no parameter stands out" : "driven by " + String.join(", ", s.drivers())));
        }
        out.println("analysis: " + page + " (indices.csv and charts beside it)");
        out.flush();
        return 0;
    }
}
