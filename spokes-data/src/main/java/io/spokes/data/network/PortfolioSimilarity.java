package io.spokes.data.network;

import io.spokes.data.cow.Capabilities;
import io.spokes.data.cow.StateSystem;
import io.spokes.data.dyad.AllianceTies;
import io.spokes.data.dyad.YearRange;

import io.spokes.io.csv.CsvWriter;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Alliance-portfolio similarity of every non-directed dyad-year, as Häge (2011) computes it for
 * alliance data: each state's portfolio values its ATOP tie with every member of the COW system
 * that year (itself at the maximum); S compares portfolios by absolute distance, weighted S weighs
 * each third state by its CINC score (NMC), and tau-b is Kendall's rank correlation. Dyads are
 * those of {@code spokes data dyads}: both states members on a common day of the year.
 */
public final class PortfolioSimilarity {
    public static final List<String> COLUMNS = List.of("ccode1", "ccode2", "year", "s_unweighted", "s_weighted", "tau_b");
    private final AllianceTies ties;
    private final StateSystem system;
    private final Capabilities nmc;
    private final PortfolioCoding coding;

    public PortfolioSimilarity(AllianceTies ties, StateSystem system, Capabilities nmc, PortfolioCoding coding) {
        this.ties = ties;
        this.system = system;
        this.nmc = nmc;
        this.coding = coding;
    }

    public long write(Writer out, YearRange years) throws IOException {
        years.requireWithin(1816, 2018, "the years ATOP 5.1 and the COW state system both cover");
        long rows = 0;
        try (CsvWriter csv = CsvWriter.to(out)) {
            csv.row(COLUMNS);
            for (int year = years.first(); year <= years.last(); year++) {
                rows += write(csv, year);
            }
        }
        return rows;
    }

    private long write(CsvWriter csv, int year) throws IOException {
        List<Integer> members = system.membersIn(year);
        int n = members.size();
        int[][] portfolio = portfolios(members, year);
        double[] weight = new double[n];
        for (int k = 0; k < n; k++) {
            var cap = nmc.get(members.get(k), year);
            weight[k] = cap.isPresent() && cap.get().cinc().isPresent() ? cap.get().cinc().getAsDouble() : Double.NaN;
        }
        long rows = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (!system.coexistIn(members.get(i), members.get(j), year)) {
                    continue;
                }
                csv.integer(members.get(i)).integer(members.get(j)).integer(year)
                        .number(Similarity.s(portfolio[i], portfolio[j], PortfolioCoding.MAX))
                        .number(Similarity.weightedS(portfolio[i], portfolio[j], weight, PortfolioCoding.MAX))
                        .number(Similarity.tauB(portfolio[i], portfolio[j], PortfolioCoding.MAX)).endRow();
                rows++;
            }
        }
        return rows;
    }

    /** One row per member: its value toward every member, itself at the maximum. */
    int[][] portfolios(List<Integer> members, int year) {
        int n = members.size();
        int[][] p = new int[n][n];
        for (int i = 0; i < n; i++) {
            p[i][i] = PortfolioCoding.MAX;
            for (int j = i + 1; j < n; j++) {
                int v = coding.value(ties.either(members.get(i), members.get(j), year));
                p[i][j] = v;
                p[j][i] = v;
            }
        }
        return p;
    }
}
