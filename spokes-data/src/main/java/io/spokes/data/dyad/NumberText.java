package io.spokes.data.dyad;

/** Numbers as written to output CSV: whole numbers without a decimal point, others so that they read back exactly. */
public final class NumberText {
    /** How missing values are written, as R and peacesciencer write them. */
    public static final String MISSING = "NA";

    private NumberText() {
    }

    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        // Double.toString reads back to the same double; R writes the exponent with a lower-case e.
        return Double.toString(v).replace('E', 'e');
    }
}
