package io.spokes.sweep.experiment;

import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Parameter;

import java.util.List;

/**
 * A model parameter varied by an experiment: either a continuous range {@code [low, high]} (on a
 * linear or logarithmic scale) or an explicit list of values. Designs place points in the unit
 * cube; {@link #value(double)} maps a unit coordinate to the parameter's value.
 *
 * @param levels for a range in a factorial design, how many evenly spaced values (ends included)
 */
public record Factor(Parameter parameter, double low, double high, Scale scale, List<Double> values, int levels) {
    /** How a unit coordinate maps onto a range. */
    public enum Scale { LINEAR, LOG }

    public Factor {
        values = values == null ? List.of() : List.copyOf(values);
        if (values.isEmpty()) {
            if (!(low < high)) {
                throw new FieldException("range", parameter.symbol() + ": range needs low < high, got [" + low + ", " + high + "]");
            }
            check(parameter, low, "range[0]");
            check(parameter, high, "range[1]");
            if (scale == Scale.LOG && low <= 0) {
                throw new FieldException("scale", parameter.symbol() + ": a log scale needs a positive range, got low = " + low);
            }
            if (levels < 2) {
                throw new FieldException("levels", parameter.symbol() + ": levels must be at least 2, got " + levels);
            }
        } else {
            for (int i = 0; i < values.size(); i++) {
                check(parameter, values.get(i), "values[" + i + "]");
                if (values.lastIndexOf(values.get(i)) != i) {
                    throw new FieldException("values[" + i + "]", parameter.symbol() + ": value " + values.get(i) + " is listed twice");
                }
            }
            low = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            high = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            levels = values.size();
        }
        scale = scale == null ? Scale.LINEAR : scale;
    }

    private static void check(Parameter p, double v, String field) {
        if (p.isInteger() && v >= p.min() && v <= p.max() && v != Math.rint(v)) {
            // the design rounds the values it draws inside a range, but what is written is taken as written
            throw new FieldException(field, p.symbol() + " is a whole number: write " + (long) Math.floor(v) + " or " + (long) Math.ceil(v)
                    + ", got " + v + " (values drawn inside a range are rounded to whole numbers)");
        }
        try {
            p.check(v);
        } catch (FieldException e) {
            throw new FieldException(field, e.getMessage());
        }
    }

    public static Factor range(Parameter p, double low, double high, Scale scale, int levels) {
        return new Factor(p, low, high, scale, List.of(), levels);
    }

    public static Factor values(Parameter p, List<Double> values) {
        return new Factor(p, 0, 0, Scale.LINEAR, values, 0);
    }

    public String symbol() {
        return parameter.symbol();
    }

    public boolean isList() {
        return !values.isEmpty();
    }

    /**
     * The value at unit coordinate {@code u} in [0, 1]: a list is cut into equal strata, one per
     * value; a range is interpolated on its scale. Whole-number parameters are rounded.
     */
    public double value(double u) {
        double x;
        if (isList()) {
            int i = (int) Math.floor(u * values.size());
            x = values.get(Math.max(0, Math.min(values.size() - 1, i)));
        } else if (scale == Scale.LOG) {
            x = Math.exp(Math.log(low) + u * (Math.log(high) - Math.log(low)));
            x = Math.max(low, Math.min(high, x));
        } else {
            x = low + u * (high - low);
        }
        return parameter.isInteger() ? Math.rint(x) : x;
    }

    /** The unit coordinate of factorial level {@code i} of {@link #levels()}: stratum centres for lists, ends included for ranges. */
    public double levelCoordinate(int i) {
        return isList() ? (i + 0.5) / values.size() : (double) i / (levels - 1);
    }
}
