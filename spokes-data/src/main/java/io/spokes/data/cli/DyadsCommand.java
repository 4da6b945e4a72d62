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

import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** {@code spokes data dyads}: dyad-years at peacesciencer parity. */
@Command(name = "dyads", mixinStandardHelpOptions = true,
        description = {"Build dyad-years of the COW state system with ATOP alliance and NMC capability variables.",
                "Row for row as peacesciencer 1.2.9's create_dyadyears() %%>%% add_atop_alliance() %%>%% add_nmc()."})
public final class DyadsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Mixin
    YearTableOptions table;

    @Option(names = "--nondirected", description = "One row per pair (ccode1 < ccode2); an obligation in either direction counts.")
    boolean nondirected;

    @Option(names = "--directed", description = "Both orders of every pair (the default).")
    boolean directed;

    @Option(names = "--alliance-zero", description = "Write 0, not NA, for atop_alliance of unallied non-directed dyad-years (peacesciencer writes NA).")
    boolean allianceZero;

    @Override
    public Integer call() {
        if (directed && nondirected) {
            throw new InputException("--directed", 0, 0, "", "choose --directed or --nondirected, not both");
        }
        table.requireCsv();
        YearRange range = table.range();
        int last = table.lastYear();
        Set<String> vars = table.variables();
        NmcVersion version = table.nmc();
        DataFiles files = data.files();
        // The three inputs are independent: read them side by side (the machine the issue names has two cores).
        CompletableFuture<AllianceTies> ties = CompletableFuture.supplyAsync(
                () -> vars.contains("atop") ? AllianceTies.build(AtopMemberReader.read(files)) : null);
        CompletableFuture<CapabilityColumns> nmc = CompletableFuture.supplyAsync(() -> vars.contains("nmc")
                ? new CapabilityColumns(new Capabilities(CapabilityReader.read(files, version), version), range.first(), range.last())
                : null);
        StateSystem system = new StateSystem(StateSystemReader.read(files), last);
        DyadYears dyads = new DyadYears(system, joined(ties), joined(nmc),
                new DyadRequest(range, !nondirected, vars.contains("atop"), vars.contains("nmc"), allianceZero));
        long[] rows = new long[1];
        AtomicOutput.write(table.out, w -> rows[0] = dyads.write(w));
        spec.commandLine().getErr().printf("wrote %,d %s dyad-years (%s) to %s%n", rows[0], nondirected ? "non-directed" : "directed",
                range, table.out);
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
}
