package io.spokes.core.domain;

import java.util.Locale;

/**
 * Every numeric parameter of the crisis model (v2, docs/model.md §8.1), with its default, its
 * admissible range and its meaning. Names follow the symbols of docs/model.md.
 */
public enum Parameter {
    W_DEF("w_def", 0.6, 0, 1, "affinity weight of a defense obligation that applies to the crisis"),
    W_CON("w_con", 0.2, 0, 1, "affinity weight of a consultation obligation"),
    W_INST("w_inst", 0.2, 0, 1, "affinity weight of institutionalization iota"),
    W_SH("w_sh", 0.1, 0, 1, "interest weight of a shared rival"),
    W_IP("w_ip", 0.2, 0, 1, "interest weight of UN General Assembly ideal-point similarity"),
    IP_SCALE("ip_scale", 3.0, 1e-6, 100, "ideal-point distance at which the similarity interest falls to 0"),
    S("s", 1.0, 1e-9, 1e6, "value of the stake the challenger demands"),
    MU_THETA("mu_theta", 0.0, -50, 50, "log-mean of the challenger's resolve theta_C"),
    SIGMA_THETA("sigma_theta", 0.5, 1e-6, 20, "log-sd of the challenger's resolve theta_C"),
    KBAR("kbar", 1.0, 1e-9, 1e9, "median war cost kbar_j, in units of the stake"),
    SIGMA_K("sigma_k", 0.5, 1e-6, 20, "log-sd of war costs kappa_j"),
    CHALLENGE_COST("challenge_cost", 0.2, 0, 1e6, "cost chi of making a challenge, paid whatever follows, in units of the stake"),
    OPPORTUNITY("opportunity", 1.0, 0, 1, "probability omega that a crisis opportunity arises in a year"),
    NUCLEAR_COST("nuclear_cost", 1.0, 0, 1e6, "expected cost z of nuclear escalation to a side facing a credible nuclear threat, in units of the stake"),
    NUCLEAR_COMPELLENCE("nuclear_compellence", 0.0, 0, 1, "share of nuclear_cost borne by a defending side facing a nuclear challenger side"),
    GAMMA("gamma", 1.0, 1e-6, 100, "decisiveness of the contest success function"),
    PROJECTION("projection", 1, 0, 1, "1 to discount capability over distance (loss-of-strength gradient), 0 not to"),
    MILES_PER_DAY("miles_per_day", 250, 1, 1e6, "miles per day of the loss-of-strength gradient"),
    LAMBDA_DEFENSE("lambda_defense", 0.5, 0, 1e6, "breach cost of a defense obligation"),
    LAMBDA_OFFENSE("lambda_offense", 0.5, 0, 1e6, "breach cost of an offense obligation"),
    LAMBDA_CONSULTATION("lambda_consultation", 0.15, 0, 1e6, "breach cost of a consultation obligation"),
    LAMBDA_NEUTRALITY("lambda_neutrality", 0.05, 0, 1e6, "breach cost of a neutrality obligation"),
    LAMBDA_NONAGGRESSION("lambda_nonaggression", 0.0, 0, 1e6, "breach cost of a non-aggression obligation"),
    RHO("rho", 0.3, 0, 1e6, "weight of reputation R_j with a defender's other protégés"),
    LAMBDA_DEP("lambda_dep", 0.3, 0, 1e6, "weight of a spoke's dependence on its hub"),
    G("g", 0.5, 0, 100, "capability growth of a spoke choosing independence"),
    PLEDGE("pledge", 1.5, 1, 100, "multiplier of the hub's breach cost under alignment"),
    IOTA_STEP("iota_step", 0.25, 0, 1, "institutionalization added by one institutional step"),
    TOLERANCE("tolerance", 1e-10, 1e-15, 1e-2, "convergence tolerance max|dq|"),
    MAX_ITERATIONS("max_iterations", 5000, 1, 1e7, "iteration limit of the equilibrium search"),
    EXACT_LIMIT("exact_limit", 12, 0, 22, "largest number of candidates whose coalitions are enumerated exactly"),
    SAMPLES("samples", 4096, 16, 1e7, "coalition draws when candidates exceed exact_limit and large_method = 1"),
    LARGE_METHOD("large_method", 0, 0, 1, "above exact_limit: 0 to convolve each side's strength on a capability grid, 1 to sample coalitions"),
    GRID_ERROR("grid_error", 1e-6, 1e-12, 1e-2, "bound on the error of every expectation (E[p], each gain and share) from the capability grid when large_method = 0");

    private final String symbol;
    private final double defaultValue;
    private final double min;
    private final double max;
    private final String meaning;

    Parameter(String symbol, double defaultValue, double min, double max, String meaning) {
        this.symbol = symbol;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.meaning = meaning;
    }

    public String symbol() {
        return symbol;
    }

    public double defaultValue() {
        return defaultValue;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public String meaning() {
        return meaning;
    }

    public boolean isInteger() {
        return this == MAX_ITERATIONS || this == EXACT_LIMIT || this == SAMPLES || this == LARGE_METHOD || this == PROJECTION;
    }

    /** Checks a value against the admissible range and says what to fix. */
    public double check(double value) {
        if (Double.isNaN(value) || value < min || value > max) {
            throw new FieldException(symbol, "parameter " + symbol + " (" + meaning + ") must lie in [" + fmt(min) + ", " + fmt(max) + "], got " + value);
        }
        if (isInteger() && value != Math.rint(value)) {
            throw new FieldException(symbol, "parameter " + symbol + " must be a whole number, got " + value);
        }
        return value;
    }

    /** Parameters of model v1 that v2 removed, with what replaced them. */
    public static String removedInV2(String symbol) {
        String key = symbol == null ? "" : symbol.trim().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "phi" -> "parameter phi was removed in model v2: a fighter pays its own war cost, not one scaled by its burden share (docs/model.md §7, change C1)";
            case "nuclear_factor" -> "parameter nuclear_factor was removed in model v2: nuclear weapons act through nuclear_cost (docs/model.md §7, change C5)";
            default -> null;
        };
    }

    public static Parameter bySymbol(String symbol) {
        String key = symbol == null ? "" : symbol.trim().toLowerCase(Locale.ROOT);
        for (Parameter p : values()) {
            if (p.symbol.equals(key)) {
                return p;
            }
        }
        return null;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
