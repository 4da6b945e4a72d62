package io.spokes.data.cli;

import io.spokes.core.domain.FieldException;
import io.spokes.data.atop.AtopMemberReader;
import io.spokes.data.cow.Capabilities;
import io.spokes.data.cow.CapabilityReader;
import io.spokes.data.cow.NmcVersion;
import io.spokes.data.cow.StateSystem;
import io.spokes.data.cow.StateSystemReader;
import io.spokes.data.dyad.AllianceTies;
import io.spokes.data.dyad.YearRange;
import io.spokes.data.network.PortfolioCoding;
import io.spokes.data.network.PortfolioSimilarity;
import io.spokes.data.source.DataFiles;
import io.spokes.io.AtomicOutput;
import io.spokes.io.InputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code spokes data similarity}: alliance-portfolio similarity per non-directed dyad-year. */
@Command(name = "similarity", mixinStandardHelpOptions = true,
        description = {"Alliance-portfolio similarity of every non-directed dyad-year from ATOP.",
                "Signorino-Ritter S (unweighted and weighted by CINC) and Kendall's tau-b, as Häge (2011) defines them."})
public final class SimilarityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--years", required = true, paramLabel = "FIRST-LAST", description = "Years, e.g. 1950-2010 (1816-2018).")
    String years;

    @Option(names = "--coding", defaultValue = "hage", description = "Tie values: hage (default; 3 defense/offense, "
            + "2 neutrality/nonaggression, 1 consultation) or chiba (2 neutrality/consultation, 1 nonaggression).")
    String coding;

    @Option(names = "--nmc", paramLabel = "VERSION", defaultValue = "7.0", description = "NMC release for the weights: 7.0 (default) or 6.0.")
    String nmcVersion;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Write the table to FILE (whole or not at all).")
    Path out;

    @Override
    public Integer call() {
        YearRange range = Choices.years("--years", years);
        Choices.within("--years", range, 1816, 2018, "the years ATOP 5.1 and the COW state system both cover");
        PortfolioCoding c;
        try {
            c = PortfolioCoding.parse(coding);
        } catch (FieldException e) {
            throw new InputException("--coding", 0, 0, "", e.getMessage());
        }
        NmcVersion version = YearTableOptions.nmc(nmcVersion);
        DataFiles files = data.files();
        StateSystem system = new StateSystem(StateSystemReader.read(files), 2018);
        PortfolioSimilarity similarity = new PortfolioSimilarity(AllianceTies.build(AtopMemberReader.read(files)), system,
                new Capabilities(CapabilityReader.read(files, version), version), c);
        long[] rows = new long[1];
        AtomicOutput.write(out, w -> rows[0] = similarity.write(w, range));
        spec.commandLine().getErr().printf("wrote %,d dyad-years of portfolio similarity (%s) to %s%n", rows[0], range, out);
        return 0;
    }
}
