package io.spokes.sweep.run;

import io.spokes.sweep.stats.SweepSummary;

/** The rows of one chunk of points, as table text without header, and their summary. */
public record ChunkResult(int chunk, int points, String rows, SweepSummary summary) {
}
