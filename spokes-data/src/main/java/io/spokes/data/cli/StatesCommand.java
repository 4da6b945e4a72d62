package io.spokes.data.cli;

import io.spokes.data.atop.AtopMemberReader;
import io.spokes.data.cow.Capabilities;
import io.spokes.data.cow.CapabilityReader;
import io.spokes.data.cow.NmcVersion;
import io.spokes.data.cow.StateSystem;
import io.spokes.data.cow.StateSystemReader;
import io.spokes.data.dyad.AtopStateYears;
import io.spokes.data.dyad.CapabilityColumns;
import io.spokes.data.dyad.StateYears;
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

/** {@code spokes data states}: state-years with ATOP and NMC variables. */
@Command(name = "states", mixinStandardHelpOptions = true,
        description = {"Build state-years of the COW state system (peacesciencer's create_stateyears()) with ATOP",
                "state-year variables computed from the member file and NMC capabilities."})
public final class StatesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--years", required = true, paramLabel = "FIRST-LAST", description = "Years, e.g. 1950-2010 (1816-2022).")
    String years;

    @Option(names = "--with", paramLabel = "LIST", defaultValue = "", description = "Variables to add: atop, nmc (comma-separated).")
    String with;

    @Option(names = "--nmc", paramLabel = "VERSION", defaultValue = "7.0", description = "NMC release: 7.0 (default) or 6.0.")
    String nmcVersion;

    @Option(names = "--no-mry", description = "Stop at 2016 instead of carrying states forward.")
    boolean noMry;

    @Option(names = "--format", defaultValue = "csv", description = "Output format: csv.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Write the table to FILE (whole or not at all).")
    Path out;

    @Override
    public Integer call() {
        if (!format.equals("csv")) {
            throw new InputException("--format", 0, 0, "", "only csv is written (see docs/data.md on parquet)");
        }
        YearRange range = Choices.years("--years", years);
        int last = noMry ? StateSystem.DATA_END.getYear() : DyadsCommand.CARRY_TO;
        Choices.within("--years", range, 1816, last, "the COW state system v2016" + (noMry ? "" : " carried forward to " + last));
        Set<String> vars = Choices.list("--with", with, Set.of("atop", "nmc"));
        NmcVersion version = DyadsCommand.nmcVersion(nmcVersion);
        DataFiles files = data.files();
        StateSystem system = new StateSystem(StateSystemReader.read(files), last);
        var atop = vars.contains("atop") ? AtopStateYears.compute(AtopMemberReader.read(files)) : null;
        CapabilityColumns nmc = vars.contains("nmc")
                ? new CapabilityColumns(new Capabilities(CapabilityReader.read(files, version), version), range.first(), range.last())
                : null;
        StateYears table = new StateYears(system, atop, nmc, range);
        long[] rows = new long[1];
        AtomicOutput.write(out, w -> rows[0] = table.write(w));
        spec.commandLine().getErr().printf("wrote %,d state-years (%s) to %s%n", rows[0], range, out);
        return 0;
    }
}
