package io.spokes.sweep.analysis;

import io.spokes.sweep.stats.SweepSummary;

import java.util.List;
import java.util.Map;

/**
 * The sensitivity of one output to every factor.
 *
 * @param indices  per factor symbol, the design's indices by name (S1, ST; mu_star, mu, sigma; spearman)
 * @param swings   per factor symbol, the output's mean over the points in the factor's lowest and highest tenth
 * @param curves   per factor symbol, the output's mean in each of ten equal bins of the factor's range
 * @param drivers  factor symbols that drive the output (docs/sweeps.md gives the rule), strongest first
 */
public record OutputSensitivity(SweepSummary.Key key, double mean, int points, Map<String, Map<String, Interval>> indices,
                                Map<String, double[]> swings, Map<String, double[]> curves, List<String> drivers) {
}
