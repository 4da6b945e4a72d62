package io.spokes.io.result;

import io.spokes.core.SpokesVersion;
import io.spokes.core.study.MeasureValue;
import io.spokes.core.study.VariantOutcome;
import io.spokes.io.csv.CsvWriter;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Results as a tidy long table for R and Python: one row per variant × crisis × measure (× state),
 * with the seed, the software version and the crisis model's version on every row. Missing values are written as {@code NA}.
 */
public final class TidyCsv {
    public static final List<String> COLUMNS = List.of("scenario", "variant", "challenger", "target", "crisis", "measure",
            "state", "value", "seed", "version", "model");
    public static final String HEADER = String.join(",", COLUMNS);

    private TidyCsv() {
    }

    public static void write(Writer out, String scenario, List<VariantOutcome> outcomes, long seed) throws IOException {
        try (CsvWriter csv = CsvWriter.to(out)) {
            csv.row(COLUMNS);
            for (VariantOutcome v : outcomes) {
                for (MeasureValue m : v.measures()) {
                    csv.text(scenario).text(v.variant()).text(v.result().crisis().challenger())
                            .text(v.result().crisis().target()).text(v.result().crisis().label()).text(m.name())
                            .text(m.state()).number(m.value()).integer(seed).text(SpokesVersion.VERSION)
                            .text(SpokesVersion.MODEL).endRow();
                }
            }
        }
    }
}
