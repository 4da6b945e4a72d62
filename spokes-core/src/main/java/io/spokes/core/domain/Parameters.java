package io.spokes.core.domain;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** An immutable set of model parameters: every {@link Parameter} plus the equilibrium {@link Coordination}. */
public final class Parameters {
    public static final String COORDINATION = "coordination";
    private static final Parameters DEFAULTS = new Parameters(defaultValues(), Coordination.AUTO);

    private final double[] values;
    private final Coordination coordination;

    private Parameters(double[] values, Coordination coordination) {
        this.values = values;
        this.coordination = coordination;
    }

    public static Parameters defaults() {
        return DEFAULTS;
    }

    private static double[] defaultValues() {
        Parameter[] all = Parameter.values();
        double[] v = new double[all.length];
        for (Parameter p : all) {
            v[p.ordinal()] = p.defaultValue();
        }
        return v;
    }

    public double get(Parameter p) {
        return values[p.ordinal()];
    }

    public int getInt(Parameter p) {
        return (int) values[p.ordinal()];
    }

    public Coordination coordination() {
        return coordination;
    }

    public Parameters with(Parameter p, double value) {
        double[] v = values.clone();
        v[p.ordinal()] = p.check(value);
        return new Parameters(v, coordination);
    }

    public Parameters with(Coordination c) {
        return new Parameters(values, c);
    }

    /** Sets a parameter by its symbol from text, as given in a scenario file or with {@code --set}. */
    public Parameters with(String symbol, String text) {
        if (COORDINATION.equalsIgnoreCase(symbol == null ? "" : symbol.trim())) {
            return with(Coordination.parse(text));
        }
        Parameter p = Parameter.bySymbol(symbol);
        if (p == null && Parameter.removedInV2(symbol) != null) {
            throw new FieldException(symbol.trim(), Parameter.removedInV2(symbol));
        }
        if (p == null) {
            throw new FieldException(symbol == null ? "" : symbol, "unknown parameter " + FieldException.quote(symbol) + "; known: " + knownSymbols());
        }
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new FieldException(p.symbol(), "parameter " + p.symbol() + " needs a number, got " + FieldException.quote(text));
        }
        return with(p, value);
    }

    public static String knownSymbols() {
        StringBuilder b = new StringBuilder();
        for (Parameter p : Parameter.values()) {
            b.append(p.symbol()).append(", ");
        }
        return b.append(COORDINATION).toString();
    }

    /** Every value, in declaration order, keyed by symbol; whole numbers as longs. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Parameter p : Parameter.values()) {
            double v = get(p);
            m.put(p.symbol(), p.isInteger() ? (Object) (long) v : (Object) v);
        }
        m.put(COORDINATION, coordination.code());
        return m;
    }

    /** The breach cost {@code lambda_obl[o]}. */
    public double lambda(Obligation o) {
        return switch (o) {
            case DEFENSE -> get(Parameter.LAMBDA_DEFENSE);
            case OFFENSE -> get(Parameter.LAMBDA_OFFENSE);
            case CONSULTATION -> get(Parameter.LAMBDA_CONSULTATION);
            case NEUTRALITY -> get(Parameter.LAMBDA_NEUTRALITY);
            case NONAGGRESSION -> get(Parameter.LAMBDA_NONAGGRESSION);
            case NONE -> 0.0;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters other && Arrays.equals(values, other.values) && coordination == other.coordination;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + coordination.hashCode();
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
