package io.spokes.sweep.table;

import io.spokes.io.csv.CsvWriter;
import io.spokes.sweep.experiment.Experiment;
import io.spokes.sweep.experiment.Factor;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The tidy long table of a sweep: one row per point × replicate × variant × equilibrium × crisis
 * × measure (× state), each carrying every varied parameter's value, the point id, the replicate,
 * the experiment seed, the point's own stream seed and the version.
 */
public final class SweepTable {
    /** The columns before the varied parameters. */
    public static final List<String> LEADING = List.of("experiment", "scenario", "point", "replicate", "seed", "point_seed",
            "variant", "challenger", "target", "crisis", "equilibrium", "measure", "state", "value");
    public static final String VERSION = "version";

    private SweepTable() {
    }

    /** Every column, in order: the leading ones, one per varied parameter (its symbol), then the version. */
    public static List<String> columns(Experiment e) {
        List<String> c = new ArrayList<>(LEADING);
        for (Factor f : e.factors()) {
            c.add(f.symbol());
        }
        c.add(VERSION);
        return c;
    }

    /** The header line, line end included, as {@link CsvWriter} writes it. */
    public static String header(Experiment e) {
        StringWriter text = new StringWriter();
        try (CsvWriter csv = CsvWriter.to(text)) {
            csv.row(columns(e));
        } catch (IOException x) {
            throw new UncheckedIOException("a StringWriter failed: " + x.getMessage(), x);
        }
        return text.toString();
    }
}
