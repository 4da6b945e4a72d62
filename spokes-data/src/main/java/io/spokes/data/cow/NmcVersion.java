package io.spokes.data.cow;

import io.spokes.core.domain.FieldException;
import io.spokes.data.source.Dataset;
import io.spokes.data.source.Datasets;
import io.spokes.data.table.Layout;

/** The two NMC releases Spokes reads, with their layouts and missing-value conventions. */
public enum NmcVersion {
    /** COW's original file: {@code stateabb} and {@code version} columns, missing = -9. */
    V6_0("6.0", Layout.of("NMC-60-abridged.csv", "COW NMC 6.0 (NMC-60-abridged.csv)", 15951,
            "stateabb", "ccode", "year", "milex", "milper", "irst", "pec", "tpop", "upop", "cinc", "version"), Datasets.NMC_6),
    /** peacesciencer's export of NMC-70-abridged: no abbreviation or version column, missing = empty. */
    V7_0("7.0", Layout.of("nmc_v7_0_peacesciencer.csv", "COW NMC 7.0 (nmc_v7_0_peacesciencer.csv)", 17121,
            "ccode", "year", "milex", "milper", "irst", "pec", "tpop", "upop", "cinc"), Datasets.NMC_7);

    private final String label;
    private final Layout layout;
    private final Dataset dataset;

    NmcVersion(String label, Layout layout, Dataset dataset) {
        this.label = label;
        this.layout = layout;
        this.dataset = dataset;
    }

    public String label() {
        return label;
    }

    public Layout layout() {
        return layout;
    }

    public Dataset dataset() {
        return dataset;
    }

    /** "6.0" or "7.0"; anything else is an error that lists the choices. */
    public static NmcVersion parse(String text) {
        for (NmcVersion v : values()) {
            if (v.label.equals(text) || v.label.equals(text + ".0")) {
                return v;
            }
        }
        throw new FieldException("", "unknown NMC version '" + text + "'; use 6.0 or 7.0");
    }
}
