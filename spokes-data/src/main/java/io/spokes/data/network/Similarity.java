package io.spokes.data.network;

/**
 * The similarity of two alliance portfolios (Signorino and Ritter 1999; Häge 2011): S with
 * absolute distances, S weighted by the third states' capabilities, and Kendall's tau-b. Each
 * portfolio lists one ordinal value per system member, 0 to {@code max}.
 */
public final class Similarity {
    private Similarity() {
    }

    /** S = 1 - 2 * sum |x - y| / (n * max): 1 for identical portfolios, -1 for opposite ones. */
    public static double s(int[] x, int[] y, int max) {
        long distance = 0;
        for (int k = 0; k < x.length; k++) {
            distance += Math.abs(x[k] - y[k]);
        }
        return 1.0 - 2.0 * distance / ((double) x.length * max);
    }

    /**
     * Weighted S = 1 - 2 * sum w |x - y| / (sum w * max). States whose weight is NaN (no CINC) are
     * left out, as complete cases; NaN if no weight is left.
     */
    public static double weightedS(int[] x, int[] y, double[] w, int max) {
        double distance = 0;
        double total = 0;
        for (int k = 0; k < x.length; k++) {
            if (Double.isNaN(w[k])) {
                continue;
            }
            distance += w[k] * Math.abs(x[k] - y[k]);
            total += w[k];
        }
        return total > 0 ? 1.0 - 2.0 * distance / (total * max) : Double.NaN;
    }

    /**
     * Kendall's tau-b of two vectors of values in 0..max, from their contingency table in O(n):
     * (concordant - discordant) / sqrt((pairs - ties in x)(pairs - ties in y)); NaN when a vector is constant.
     */
    public static double tauB(int[] x, int[] y, int max) {
        int m = max + 1;
        long[][] t = new long[m][m];
        long[] rows = new long[m];
        long[] cols = new long[m];
        for (int k = 0; k < x.length; k++) {
            t[x[k]][y[k]]++;
            rows[x[k]]++;
            cols[y[k]]++;
        }
        long n = x.length;
        long pairs = n * (n - 1) / 2;
        long tiesX = 0;
        long tiesY = 0;
        for (int i = 0; i < m; i++) {
            tiesX += rows[i] * (rows[i] - 1) / 2;
            tiesY += cols[i] * (cols[i] - 1) / 2;
        }
        long concordant = 0;
        long discordant = 0;
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                if (t[a][b] == 0) {
                    continue;
                }
                for (int c = a + 1; c < m; c++) {
                    for (int d = 0; d < m; d++) {
                        if (d > b) {
                            concordant += t[a][b] * t[c][d];
                        } else if (d < b) {
                            discordant += t[a][b] * t[c][d];
                        }
                    }
                }
            }
        }
        double denominator = Math.sqrt((double) (pairs - tiesX) * (pairs - tiesY));
        return denominator == 0 ? Double.NaN : (concordant - discordant) / denominator;
    }
}
