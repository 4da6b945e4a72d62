package io.spokes.cli;

import io.spokes.core.crisis.CrisisResult;
import io.spokes.core.crisis.CrisisSolver;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Scenario;
import io.spokes.core.study.VariantOutcome;
import io.spokes.io.InputException;
import io.spokes.io.result.CrisisJson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code spokes crisis}: one crisis, every measure. */
@Command(name = "crisis", mixinStandardHelpOptions = true,
        description = "Solve one crisis (challenger demands, target resists or concedes, allies decide) and print every measure.")
final class CrisisCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ScenarioOptions options;

    @Option(names = "--challenger", required = true, paramLabel = "ID", description = "Challenger state id (e.g. PRK).")
    String challenger;

    @Option(names = "--target", required = true, paramLabel = "ID", description = "Target state id (e.g. KOR).")
    String target;

    @Mixin
    Output output;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = options.load();
        Crisis crisis = crisis(scenario, challenger, target);
        CrisisResult result = options.solving(() -> new CrisisSolver(scenario, options.seed).solve(crisis));
        output.emit(() -> CrisisJson.write(CrisisJson.toNode(scenario.name(), result)),
                () -> CrisisTable.render(scenario, result), scenario.name(),
                List.of(new VariantOutcome("baseline", result, 0.0)), options.seed,
                spec.commandLine().getOut());
        return 0;
    }

    /** The crisis by its principals ({@link Scenario#crisis}), its errors naming the command-line option. */
    static Crisis crisis(Scenario scenario, String challenger, String target) {
        try {
            return scenario.crisis(challenger, target);
        } catch (FieldException e) {
            throw new InputException(scenario.name(), 0, 0, "--" + e.field(), e.getMessage());
        }
    }
}
