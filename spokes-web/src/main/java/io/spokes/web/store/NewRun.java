package io.spokes.web.store;

import java.util.List;

/** A run to save; the store gives it its id and time. */
public record NewRun(String label, String scenario, String challenger, String target, List<String> variants, long seed,
                     String version, String request, String scenarioDocument, String results, String csv) {
    public NewRun {
        variants = List.copyOf(variants);
    }
}
