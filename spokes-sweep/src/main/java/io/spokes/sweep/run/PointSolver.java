package io.spokes.sweep.run;

import io.spokes.core.SpokesVersion;
import io.spokes.core.crisis.CrisisResult;
import io.spokes.core.crisis.CrisisSolver;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Parameters;
import io.spokes.core.domain.Scenario;
import io.spokes.core.policy.Variant;
import io.spokes.core.study.MeasureValue;
import io.spokes.core.study.VariantOutcome;
import io.spokes.sweep.design.Design;
import io.spokes.sweep.experiment.Experiment;
import io.spokes.sweep.experiment.Factor;
import io.spokes.sweep.experiment.MeasureSelector;
import io.spokes.sweep.stats.SweepSummary;
import io.spokes.sweep.table.Csv;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Solves the points of an experiment and renders their rows. Stateless apart from the experiment
 * and design, so one instance serves every thread.
 */
public final class PointSolver {
    private final Experiment experiment;
    private final Design design;
    private final String prefix;
    private final String suffix;

    public PointSolver(Experiment experiment, Design design) {
        this.experiment = experiment;
        this.design = design;
        this.prefix = Csv.field(experiment.name()) + "," + Csv.field(experiment.scenario().name()) + ",";
        this.suffix = Csv.field(SpokesVersion.VERSION);
    }

    public Experiment experiment() {
        return experiment;
    }

    public Design design() {
        return design;
    }

    /** The ids {@code [from, to)} of a chunk's points. */
    public int[] chunkRange(int chunk) {
        int from = chunk * experiment.chunk();
        return new int[] {from, Math.min(design.size(), from + experiment.chunk())};
    }

    /** Solves every point of a chunk; {@code done} hears of each point as it finishes. */
    public ChunkResult solveChunk(int chunk, IntConsumer done) {
        return solveChunk(chunk, done, RowSink.NONE);
    }

    /** As {@link #solveChunk(int, IntConsumer)}, and {@code sink} hears every row as typed values. */
    public ChunkResult solveChunk(int chunk, IntConsumer done, RowSink sink) {
        int[] range = chunkRange(chunk);
        StringBuilder rows = new StringBuilder(256 * (range[1] - range[0]) * experiment.solvesPerPoint());
        SweepSummary summary = new SweepSummary();
        for (int id = range[0]; id < range[1]; id++) {
            solvePoint(id, rows, summary, sink);
            done.accept(1);
        }
        return new ChunkResult(chunk, range[1] - range[0], rows.toString(), summary);
    }

    /** The parameter values of point {@code id}, one per factor. */
    public double[] values(int id) {
        double[] u = design.unit(id);
        double[] v = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            v[i] = experiment.factors().get(i).value(u[i]);
        }
        return v;
    }

    void solvePoint(int id, StringBuilder rows, SweepSummary summary, RowSink sink) {
        double[] values = values(id);
        double[] written = new double[values.length];
        Scenario base = experiment.scenario();
        Parameters p = base.parameters();
        StringBuilder factorText = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            Factor f = experiment.factors().get(i);
            p = p.with(f.parameter(), values[i]);
            written[i] = f.parameter().isInteger() ? (long) values[i] : values[i];
            factorText.append(',').append(f.parameter().isInteger() ? Long.toString((long) values[i]) : Csv.number(values[i]));
        }
        factorText.append(',').append(suffix).append('\n');
        String tail = factorText.toString();
        Scenario point = base.withParameters(p);
        for (int r = 0; r < experiment.replicates(); r++) {
            long pointSeed = PointSeed.of(experiment.seed(), id, r);
            String head = prefix + id + "," + r + "," + experiment.seed() + "," + pointSeed + ",";
            for (Variant v : experiment.variants()) {
                // Parameters are set before the variant applies: a policy may read them (iota_step, pledge).
                Scenario changed = v.apply(point);
                double cost = v.annualCost(point);
                // One pair of fixed points per crisis serves every equilibrium kept (rows stay equilibrium-major).
                CrisisSolver solver = new CrisisSolver(changed, pointSeed);
                List<List<CrisisResult>> byCrisis = new ArrayList<>();
                for (Crisis c : experiment.crises()) {
                    byCrisis.add(solver.solve(c, experiment.equilibria()));
                }
                for (int e = 0; e < experiment.equilibria().size(); e++) {
                    for (int k = 0; k < experiment.crises().size(); k++) {
                        VariantOutcome outcome = new VariantOutcome(v.name(), byCrisis.get(k).get(e), cost);
                        Crisis c = experiment.crises().get(k);
                        String eq = experiment.equilibria().get(e).code();
                        List<MeasureValue> kept = write(rows, summary, head, v.name(), c, eq, outcome.measures(), tail);
                        for (MeasureValue m : kept) {
                            sink.row(id, r, pointSeed, v.name(), c, eq, m, written);
                        }
                    }
                }
            }
        }
    }

    /** Writes the kept measures' rows and returns the kept measures, in row order. */
    private List<MeasureValue> write(StringBuilder rows, SweepSummary summary, String head, String variant, Crisis c, String eq,
                                List<MeasureValue> measures, String tail) {
        List<MeasureValue> kept = new ArrayList<>();
        String crisisText = Csv.field(variant) + "," + Csv.field(c.challenger()) + "," + Csv.field(c.target()) + ","
                + Csv.field(c.label()) + "," + eq + ",";
        for (MeasureSelector sel : experiment.measures()) {
            for (MeasureValue m : measures) {
                if (sel.keeps(m)) {
                    rows.append(head).append(crisisText).append(Csv.field(m.name())).append(',').append(Csv.field(m.state()))
                            .append(',').append(Csv.number(m.value())).append(tail);
                    summary.add(new SweepSummary.Key(variant, c.challenger(), c.target(), c.label(), eq, m.name(), m.state()), m.value());
                    kept.add(m);
                }
            }
        }
        return kept;
    }
}
