package io.spokes.cli;

import io.spokes.core.crisis.CrisisResult;
import io.spokes.core.crisis.CrisisSolver;
import io.spokes.core.domain.Crisis;
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
        Crisis crisis = Crisises.find(scenario, challenger, target);
        CrisisResult result = new CrisisSolver(scenario, options.seed).solve(crisis);
        output.emit(() -> CrisisJson.write(CrisisJson.toNode(scenario.name(), result)),
                () -> CrisisTable.render(scenario, result), scenario.name(),
                List.of(new VariantOutcome("baseline", result, 0.0)), options.seed,
                spec.commandLine().getOut());
        return 0;
    }

    /** Finds a crisis by its principals, with the scenario's label when it lists that crisis. */
    static final class Crisises {
        private Crisises() {
        }

        static Crisis find(Scenario scenario, String challenger, String target) {
            for (String id : List.of(challenger, target)) {
                if (scenario.state(id).isEmpty()) {
                    throw new InputException(scenario.name(), 0, 0, id.equals(challenger) ? "--challenger" : "--target",
                            "unknown state '" + id + "'; the scenario has " + String.join(", ", scenario.stateIds()));
                }
            }
            if (challenger.equals(target)) {
                throw new InputException(scenario.name(), 0, 0, "--target", "challenger and target must be different states");
            }
            return scenario.crises().stream()
                    .filter(c -> c.challenger().equals(challenger) && c.target().equals(target))
                    .findFirst().orElse(Crisis.of(challenger, target));
        }
    }
}
