package io.spokes.data.cli;

import io.spokes.data.atop.AtopMemberReader;
import io.spokes.data.cow.Capabilities;
import io.spokes.data.cow.CapabilityReader;
import io.spokes.data.cow.NmcVersion;
import io.spokes.data.cow.StateSystem;
import io.spokes.data.cow.StateSystemReader;
import io.spokes.data.dyad.AllianceTies;
import io.spokes.data.dyad.CapabilityColumns;
import io.spokes.data.dyad.DyadRequest;
import io.spokes.data.dyad.DyadYears;
import io.spokes.data.dyad.YearRange;
import io.spokes.data.source.DataFiles;
import io.spokes.io.AtomicOutput;
import io.spokes.io.InputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** {@code spokes data dyads}: dyad-years at peacesciencer parity. */
@Command(name = "dyads", mixinStandardHelpOptions = true,
        description = {"Build dyad-years of the COW state system with ATOP alliance and NMC capability variables,",
                "row for row as peacesciencer 1.2.9's create_dyadyears() %%>%% add_atop_alliance() %%>%% add_nmc()."})
public final class DyadsCommand implements Callable<Integer> {
    /** COW v2016 ends in 2016; later years carry forward the states alive at its end, as peacesciencer's mry = TRUE does. */
    static final int CARRY_TO = 2022;

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--years", required = true, paramLabel = "FIRST-LAST", description = "Years, e.g. 1950-2010 (1816-2022).")
    String years;

    @Option(names = "--nondirected", description = "One row per pair (ccode1 < ccode2); an obligation in either direction counts.")
    boolean nondirected;

    @Option(names = "--directed", description = "Both orders of every pair (the default).")
    boolean directed;

    @Option(names = "--with", paramLabel = "LIST", defaultValue = "", description = "Variables to add: atop, nmc (comma-separated).")
    String with;

    @Option(names = "--nmc", paramLabel = "VERSION", defaultValue = "7.0", description = "NMC release: 7.0 (default) or 6.0.")
    String nmcVersion;

    @Option(names = "--alliance-zero", description = "Write 0, not NA, for atop_alliance of unallied non-directed dyad-years (peacesciencer writes NA).")
    boolean allianceZero;

    @Option(names = "--no-mry", description = "Stop at 2016, the last year of COW v2016, instead of carrying states forward.")
    boolean noMry;

    @Option(names = "--format", defaultValue = "csv", description = "Output format: csv (parquet is not offered; see docs/data.md).")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Write the table to FILE (whole or not at all).")
    Path out;

    @Override
    public Integer call() {
        if (directed && nondirected) {
            throw new InputException("--directed", 0, 0, "", "choose --directed or --nondirected, not both");
        }
        if (!format.equals("csv")) {
            throw new InputException("--format", 0, 0, "", "only csv is written; parquet would need the Hadoop-based "
                    + "parquet-java libraries (see docs/data.md)");
        }
        YearRange range = Choices.years("--years", years);
        int last = noMry ? StateSystem.DATA_END.getYear() : CARRY_TO;
        Choices.within("--years", range, 1816, last, noMry ? "the COW state system v2016"
                : "the COW state system v2016 carried forward to " + CARRY_TO + " (as peacesciencer's mry = TRUE)");
        Set<String> vars = Choices.list("--with", with, Set.of("atop", "nmc"));
        NmcVersion version = nmcVersion(nmcVersion);
        DataFiles files = data.files();
        // The three inputs are independent: read them side by side (the machine the issue names has two cores).
        CompletableFuture<AllianceTies> ties = CompletableFuture.supplyAsync(
                () -> vars.contains("atop") ? AllianceTies.build(AtopMemberReader.read(files)) : null);
        CompletableFuture<CapabilityColumns> nmc = CompletableFuture.supplyAsync(() -> vars.contains("nmc")
                ? new CapabilityColumns(new Capabilities(CapabilityReader.read(files, version), version), range.first(), range.last())
                : null);
        StateSystem system = new StateSystem(StateSystemReader.read(files), last);
        DyadYears table = new DyadYears(system, joined(ties), joined(nmc),
                new DyadRequest(range, !nondirected, vars.contains("atop"), vars.contains("nmc"), allianceZero));
        long[] rows = new long[1];
        AtomicOutput.write(out, w -> rows[0] = table.write(w));
        spec.commandLine().getErr().printf("wrote %,d %s dyad-years (%s) to %s%n", rows[0], nondirected ? "non-directed" : "directed",
                range, out);
        return 0;
    }

    /** The value of a finished read; its InputException comes out as itself, not wrapped. */
    static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    static NmcVersion nmcVersion(String text) {
        try {
            return NmcVersion.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InputException("--nmc", 0, 0, "", e.getMessage());
        }
    }
}
