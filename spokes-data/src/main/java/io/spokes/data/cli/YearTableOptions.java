package io.spokes.data.cli;

import io.spokes.core.domain.FieldException;
import io.spokes.data.cow.NmcVersion;
import io.spokes.data.cow.StateSystem;
import io.spokes.data.dyad.YearRange;
import io.spokes.io.InputException;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Set;

/**
 * The options that dyad-years and state-years share: years, added variables, NMC release, the
 * most-recent-year rule, the format and the output file, with their checks.
 */
final class YearTableOptions {
    /** COW v2016 ends in 2016; later years carry forward the states alive at its end, as peacesciencer's mry = TRUE does. */
    static final int CARRY_TO = 2022;

    @Option(names = "--years", required = true, paramLabel = "FIRST-LAST", description = "Years, e.g. 1950-2010 (1816-2022).")
    String years;

    @Option(names = "--with", paramLabel = "LIST", defaultValue = "", description = "Variables to add: atop, nmc (comma-separated).")
    String with;

    @Option(names = "--nmc", paramLabel = "VERSION", defaultValue = "7.0", description = "NMC release: 7.0 (default) or 6.0.")
    String nmcVersion;

    @Option(names = "--no-mry", description = "Stop at 2016, the last year of COW v2016, instead of carrying states forward.")
    boolean noMry;

    @Option(names = "--format", defaultValue = "csv", description = "Output format: csv (parquet is not offered; see docs/data.md).")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Write the table to FILE (whole or not at all).")
    Path out;

    /** Rejects any format but CSV, with the reason. */
    void requireCsv() {
        if (!format.equals("csv")) {
            throw new InputException("--format", 0, 0, "", "only csv is written; parquet would need the Hadoop-based "
                    + "parquet-java libraries (see docs/data.md)");
        }
    }

    /** The last year of the state system: 2016, or the carried-forward year. */
    int lastYear() {
        return noMry ? StateSystem.DATA_END.getYear() : CARRY_TO;
    }

    /** The requested years, checked against the state system's coverage. */
    YearRange range() {
        YearRange range = Choices.years("--years", years);
        Choices.within("--years", range, 1816, lastYear(), noMry ? "the COW state system v2016"
                : "the COW state system v2016 carried forward to " + CARRY_TO + " (as peacesciencer's mry = TRUE)");
        return range;
    }

    Set<String> variables() {
        return Choices.list("--with", with, Set.of("atop", "nmc"));
    }

    NmcVersion nmc() {
        return nmc(nmcVersion);
    }

    /** An NMC release named on the command line. */
    static NmcVersion nmc(String text) {
        try {
            return NmcVersion.parse(text);
        } catch (FieldException e) {
            throw new InputException("--nmc", 0, 0, "", e.getMessage());
        }
    }
}
