package io.spokes.web.store;

/**
 * A saved run in full: the request that made it (parameters, seed, variants), the scenario as it
 * was solved (scenario-format JSON, so a run reopens even if the bundled file changed), and the
 * results as JSON and as the tidy CSV.
 */
public record SavedRun(RunSummary summary, String request, String scenario, String results, String csv) {
}
