package io.spokes.data.network;

import io.spokes.data.cow.Capabilities;
import io.spokes.data.cow.StateSystem;
import io.spokes.data.dyad.AllianceTies;
import io.spokes.data.dyad.NumberText;
import io.spokes.data.dyad.YearRange;

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

    public static String header() {
        return "ccode1,ccode2,year,s_unweighted,s_weighted,tau_b";
    }

    public long write(Writer out, YearRange years) throws IOException {
        years.requireWithin(1816, 2018, "the years ATOP 5.1 and the COW state system both cover");
        StringBuilder b = new StringBuilder(1 << 16);
        b.append(header()).append('\n');
        long rows = 0;
        for (int year = years.first(); year <= years.last(); year++) {
            List<Integer> members = system.membersIn(year);
            int n = members.size();
            int[][] portfolio = portfolios(members, year);
            double[] weight = new double[n];
            for (int k = 0; k < n; k++) {
                var cap = nmc.get(members.get(k), year);
                weight[k] = cap.isPresent() && cap.get().cinc().isPresent() ? cap.get().cinc().getAsDouble() : Double.NaN;
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (!system.coexistIn(members.get(i), members.get(j), year)) {
                        continue;
                    }
                    b.append(members.get(i)).append(',').append(members.get(j)).append(',').append(year).append(',')
                            .append(text(Similarity.s(portfolio[i], portfolio[j], PortfolioCoding.MAX))).append(',')
                            .append(text(Similarity.weightedS(portfolio[i], portfolio[j], weight, PortfolioCoding.MAX))).append(',')
                            .append(text(Similarity.tauB(portfolio[i], portfolio[j], PortfolioCoding.MAX))).append('\n');
                    rows++;
                    if (b.length() > 1 << 16) {
                        out.append(b);
                        b.setLength(0);
                    }
                }
            }
        }
        out.append(b);
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

    private static String text(double v) {
        return Double.isNaN(v) ? NumberText.MISSING : Double.toString(v);
    }
}
