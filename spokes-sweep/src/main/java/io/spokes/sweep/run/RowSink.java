package io.spokes.sweep.run;

import io.spokes.core.domain.Crisis;
import io.spokes.core.study.MeasureValue;

/**
 * Hears every row of the sweep table as typed values, in table order, while its text is written.
 * Lets a backend keep a typed copy (Spark's Parquet) without parsing the text back. The columns
 * that are the same on every row (experiment, scenario, seed, version) are the sink's to know.
 */
@FunctionalInterface
public interface RowSink {
    /** Hears nothing: the table text alone. */
    RowSink NONE = (point, replicate, pointSeed, variant, crisis, equilibrium, measure, factors) -> { };

    /**
     * One row. {@code factors} holds the varied parameters' values as the table writes them (integer
     * parameters truncated), in the experiment's order; it is reused for the point's next row, so
     * copy it to keep it.
     */
    void row(int point, int replicate, long pointSeed, String variant, Crisis crisis, String equilibrium, MeasureValue measure,
             double[] factors);
}
