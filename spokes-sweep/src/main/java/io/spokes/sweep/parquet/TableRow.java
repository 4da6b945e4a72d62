package io.spokes.sweep.parquet;

/**
 * One row of the sweep table as typed values: what changes from row to row. Mutable and reused
 * for every row a writer writes (Parquet's writer consumes a row before it returns). Missing
 * values are {@code null} strings and NaN numbers; Parquet stores both as null.
 */
final class TableRow {
    int point;
    int replicate;
    long pointSeed;
    String variant;
    String challenger;
    String target;
    String crisis;
    String equilibrium;
    String measure;
    String state;
    double value;
    final double[] factors;

    TableRow(int factorCount) {
        this.factors = new double[factorCount];
    }
}
