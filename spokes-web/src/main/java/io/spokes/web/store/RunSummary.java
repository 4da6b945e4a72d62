package io.spokes.web.store;

import java.time.Instant;
import java.util.List;

/** What the list of saved runs shows about one run. */
public record RunSummary(long id, Instant created, String label, String scenario, String challenger, String target,
                         List<String> variants, long seed, String version) {
    public RunSummary {
        variants = List.copyOf(variants);
    }
}
