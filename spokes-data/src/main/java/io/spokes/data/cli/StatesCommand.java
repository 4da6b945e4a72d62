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

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.Set;
import java.util.concurrent.Callable;

/** {@code spokes data states}: state-years with ATOP and NMC variables. */
@Command(name = "states", mixinStandardHelpOptions = true,
        description = {"Build state-years of the COW state system with ATOP alliance and NMC capability variables.",
                "As peacesciencer's create_stateyears(), with the ATOP state-year variables computed from the member file."})
public final class StatesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Mixin
    YearTableOptions table;

    @Override
    public Integer call() {
        table.requireCsv();
        YearRange range = table.range();
        int last = table.lastYear();
        Set<String> vars = table.variables();
        NmcVersion version = table.nmc();
        DataFiles files = data.files();
        StateSystem system = new StateSystem(StateSystemReader.read(files), last);
        var atop = vars.contains("atop") ? AtopStateYears.compute(AtopMemberReader.read(files)) : null;
        CapabilityColumns nmc = vars.contains("nmc")
                ? new CapabilityColumns(new Capabilities(CapabilityReader.read(files, version), version), range.first(), range.last())
                : null;
        StateYears stateYears = new StateYears(system, atop, nmc, range);
        long[] rows = new long[1];
        AtomicOutput.write(table.out, w -> rows[0] = stateYears.write(w));
        spec.commandLine().getErr().printf("wrote %,d state-years (%s) to %s%n", rows[0], range, table.out);
        return 0;
    }
}
