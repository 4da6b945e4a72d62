package io.spokes.sweep.analysis;

import io.spokes.io.InputException;
import io.spokes.io.located.InputText;
import io.spokes.sweep.design.Design;
import io.spokes.sweep.design.MorrisDesign;
import io.spokes.sweep.design.SaltelliDesign;
import io.spokes.sweep.experiment.Experiment;
import io.spokes.sweep.experiment.ExperimentReader;
import io.spokes.sweep.experiment.Factor;
import io.spokes.sweep.run.SweepFolder;
import io.spokes.sweep.stats.SweepSummary;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sensitivity analysis of a finished sweep: Sobol first and total indices (sobol design), Morris
 * mu*, mu and sigma (morris), Spearman rank correlations (latin, factorial); for every design the
 * tornado swings and response curves. Bootstrap streams derive from the experiment seed and the
 * output's position, so the analysis is reproducible.
 */
public final class SweepAnalysis {
    /** Threshold on an index's lower confidence bound above which a factor counts as a driver (docs/sweeps.md). */
    public static final double SOBOL_DRIVER = 0.05;
    public static final double SPEARMAN_DRIVER = 0.1;
    public static final double MORRIS_DRIVER = 0.1;
    static final int BINS = 10;

    private final Experiment experiment;
    private final Design design;
    private final Bootstrap bootstrap;

    public SweepAnalysis(Experiment experiment, Bootstrap bootstrap) {
        this.experiment = experiment;
        this.design = Design.of(experiment);
        this.bootstrap = bootstrap;
    }

    public Experiment experiment() {
        return experiment;
    }

    public Bootstrap bootstrap() {
        return bootstrap;
    }

    /** The experiment of a sweep folder, rebuilt from the copies kept in it. */
    public static Experiment experimentOf(Path dir) {
        SweepFolder folder = new SweepFolder(dir);
        Path exp = dir.resolve(SweepFolder.EXPERIMENT);
        Path scen = dir.resolve(SweepFolder.SCENARIO);
        if (!Files.isRegularFile(exp) || !Files.isRegularFile(scen)) {
            throw new InputException(dir.toString(), 0, 0, "", "not a sweep folder (no " + SweepFolder.EXPERIMENT + " and "
                    + SweepFolder.SCENARIO + "); give the --out folder of spokes sweep");
        }
        if (!folder.complete()) {
            throw new InputException(dir.toString(), 0, 0, "", "the sweep is not complete (no " + SweepFolder.RESULTS
                    + "); run the same spokes sweep command again to finish it");
        }
        return ExperimentReader.read(exp.toString(), InputText.read(exp, "experiment"), scen.toString(), InputText.read(scen, "scenario"));
    }

    public List<OutputSensitivity> analyze(SweepResults results) {
        List<OutputSensitivity> out = new ArrayList<>();
        List<SweepSummary.Key> outputs = results.outputs();
        double[][] units = new double[design.size()][];
        for (int id = 0; id < design.size(); id++) {
            units[id] = design.unit(id);
        }
        for (int o = 0; o < outputs.size(); o++) {
            UniformRandomProvider rng = RandomSource.L64_X128_MIX.create(new long[] {experiment.seed(), -2L, o});
            out.add(analyze(outputs.get(o), results.values(outputs.get(o)), units, rng));
        }
        return out;
    }

    private OutputSensitivity analyze(SweepSummary.Key key, double[] y, double[][] units, UniformRandomProvider rng) {
        List<Factor> factors = experiment.factors();
        int k = factors.size();
        Map<String, Map<String, Interval>> indices = new LinkedHashMap<>();
        for (Factor f : factors) {
            indices.put(f.symbol(), new LinkedHashMap<>());
        }
        List<Double> strength = new ArrayList<>();
        List<Boolean> driver = new ArrayList<>();
        // A switch expression, so that a new design is a compile error here rather than a runtime one.
        Void estimated = switch (experiment.design()) {
            case SOBOL -> {
                SaltelliDesign d = (SaltelliDesign) design;
                int n = d.baseSamples();
                double[] fa = new double[n];
                double[] fb = new double[n];
                double[][] fab = new double[k][n];
                for (int j = 0; j < n; j++) {
                    fa[j] = y[d.idA(j)];
                    fb[j] = y[d.idB(j)];
                    for (int i = 0; i < k; i++) {
                        fab[i][j] = y[d.idAB(j, i)];
                    }
                }
                List<SobolIndices.Index> s = sobolOrNaN(fa, fb, fab, rng);
                for (int i = 0; i < k; i++) {
                    indices.get(factors.get(i).symbol()).put("S1", s.get(i).first());
                    indices.get(factors.get(i).symbol()).put("ST", s.get(i).total());
                    strength.add(s.get(i).total().estimate());
                    driver.add(s.get(i).total().low() > SOBOL_DRIVER);
                }
                yield null;
            }
            case MORRIS -> {
                MorrisDesign d = (MorrisDesign) design;
                List<MorrisEffects.Effect> m = MorrisEffects.estimate(d, id -> y[id], bootstrap, rng);
                double top = m.stream().mapToDouble(x -> x.muStar().estimate()).filter(Double::isFinite).max().orElse(0);
                for (int i = 0; i < k; i++) {
                    MorrisEffects.Effect e = m.get(i);
                    Map<String, Interval> ix = indices.get(factors.get(i).symbol());
                    ix.put("mu_star", e.muStar());
                    ix.put("mu", new Interval(e.mu(), Double.NaN, Double.NaN));
                    ix.put("sigma", new Interval(e.sigma(), Double.NaN, Double.NaN));
                    strength.add(e.muStar().estimate());
                    driver.add(top > 0 && e.muStar().low() > MORRIS_DRIVER * top);
                }
                yield null;
            }
            case LATIN, FACTORIAL -> {
                for (int i = 0; i < k; i++) {
                    double[] x = new double[units.length];
                    for (int id = 0; id < units.length; id++) {
                        x[id] = units[id][i];
                    }
                    Interval rho = RankCorrelation.estimate(x, y, bootstrap, rng);
                    indices.get(factors.get(i).symbol()).put("spearman", rho);
                    strength.add(Math.abs(rho.estimate()));
                    driver.add(rho.low() > SPEARMAN_DRIVER || rho.high() < -SPEARMAN_DRIVER);
                }
                yield null;
            }
        };
        Map<String, double[]> swings = new LinkedHashMap<>();
        Map<String, double[]> curves = new LinkedHashMap<>();
        for (int i = 0; i < k; i++) {
            double[] sum = new double[BINS];
            int[] cnt = new int[BINS];
            for (int id = 0; id < units.length; id++) {
                if (Double.isFinite(y[id])) {
                    int b = Math.min(BINS - 1, (int) Math.floor(units[id][i] * BINS));
                    sum[b] += y[id];
                    cnt[b]++;
                }
            }
            double[] curve = new double[BINS];
            for (int b = 0; b < BINS; b++) {
                curve[b] = cnt[b] == 0 ? Double.NaN : sum[b] / cnt[b];
            }
            curves.put(factors.get(i).symbol(), curve);
            swings.put(factors.get(i).symbol(), new double[] {firstFinite(curve), lastFinite(curve)});
        }
        double mean = 0;
        int n = 0;
        for (double v : y) {
            if (Double.isFinite(v)) {
                mean += v;
                n++;
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            if (driver.get(i)) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -strength.get(i)));
        List<String> drivers = order.stream().map(i -> factors.get(i).symbol()).toList();
        return new OutputSensitivity(key, n == 0 ? Double.NaN : mean / n, n, indices, swings, curves, drivers);
    }

    private List<SobolIndices.Index> sobolOrNaN(double[] fa, double[] fb, double[][] fab, UniformRandomProvider rng) {
        try {
            return SobolIndices.estimate(fa, fb, fab, bootstrap, rng);
        } catch (io.spokes.core.domain.FieldException e) {
            Interval none = new Interval(Double.NaN, Double.NaN, Double.NaN);
            List<SobolIndices.Index> l = new ArrayList<>();
            for (int i = 0; i < fab.length; i++) {
                l.add(new SobolIndices.Index(none, none));
            }
            return l;
        }
    }

    private static double firstFinite(double[] v) {
        for (double x : v) {
            if (Double.isFinite(x)) {
                return x;
            }
        }
        return Double.NaN;
    }

    private static double lastFinite(double[] v) {
        for (int i = v.length - 1; i >= 0; i--) {
            if (Double.isFinite(v[i])) {
                return v[i];
            }
        }
        return Double.NaN;
    }
}
