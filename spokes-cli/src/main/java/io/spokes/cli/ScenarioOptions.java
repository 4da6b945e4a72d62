package io.spokes.cli;

import io.spokes.core.crisis.CrisisSolver;
import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Parameters;
import io.spokes.core.domain.Scenario;
import io.spokes.io.InputException;
import io.spokes.io.scenario.ScenarioFile;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The options every modelling command shares: the scenario file, the seed and parameter overrides. */
final class ScenarioOptions {
    /** Default seed; any run can be reproduced by passing the seed printed in its output. */
    static final long DEFAULT_SEED = CrisisSolver.DEFAULT_SEED;

    @picocli.CommandLine.Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON).")
    Path scenario;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the random stream (used when coalitions are sampled). Default: ${DEFAULT-VALUE}.")
    long seed = DEFAULT_SEED;

    @Option(names = "--set", paramLabel = "NAME=VALUE", mapFallbackValue = "",
            description = "Override a model parameter, e.g. --set kbar=2 --set coordination=upper. Repeatable.")
    Map<String, String> overrides = new LinkedHashMap<>();

    private ScenarioFile file;

    /** Reads the scenario and applies {@code --set}. */
    Scenario load() {
        file = ScenarioFile.read(scenario);
        Scenario s = file.scenario();
        Parameters p = s.parameters();
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            try {
                p = p.with(e.getKey(), e.getValue());
            } catch (FieldException ex) {
                throw new InputException("--set " + e.getKey() + "=" + e.getValue(), 0, 0, "", ex.getMessage());
            }
        }
        return s.withParameters(p);
    }

    /**
     * Runs {@code work} on the loaded scenario: a domain error it raises (no hub system to change,
     * say) names the scenario file and, when the file has the field, its line and column.
     */
    <T> T solving(java.util.function.Supplier<T> work) {
        return file.solving(work);
    }

    /** A domain error about the loaded scenario, located in its file. */
    InputException error(FieldException e) {
        return file.error(e);
    }
}
