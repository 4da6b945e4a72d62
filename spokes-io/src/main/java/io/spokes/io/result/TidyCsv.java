package io.spokes.io.result;

import io.spokes.core.SpokesVersion;
import io.spokes.core.study.MeasureValue;
import io.spokes.core.study.VariantOutcome;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Results as a tidy long table for R and Python: one row per variant × crisis × measure (× state),
 * with the seed and version on every row. Missing values are written as {@code NA}.
 */
public final class TidyCsv {
    public static final String HEADER = "scenario,variant,challenger,target,crisis,measure,state,value,seed,version";

    private TidyCsv() {
    }

    public static void write(Writer out, String scenario, List<VariantOutcome> outcomes, long seed) throws IOException {
        out.write(HEADER);
        out.write('\n');
        for (VariantOutcome v : outcomes) {
            for (MeasureValue m : v.measures()) {
                out.write(String.join(",", field(scenario), field(v.variant()), field(v.result().crisis().challenger()),
                        field(v.result().crisis().target()), field(v.result().crisis().label()), field(m.name()),
                        field(m.state()), number(m.value()), Long.toString(seed), field(SpokesVersion.VERSION)));
                out.write('\n');
            }
        }
    }

    static String number(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "NA";
    }

    /** RFC 4180 quoting where needed. */
    static String field(String s) {
        if (s == null) {
            return "NA";
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
