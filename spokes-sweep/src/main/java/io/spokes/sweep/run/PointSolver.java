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
import io.spokes.io.csv.CsvWriter;
import io.spokes.sweep.design.Design;
import io.spokes.sweep.experiment.Experiment;
import io.spokes.sweep.experiment.Factor;
import io.spokes.sweep.experiment.MeasureSelector;
import io.spokes.sweep.stats.SweepSummary;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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

    public PointSolver(Experiment experiment, Design design) {
        this.experiment = experiment;
        this.design = design;
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
        StringWriter text = new StringWriter(256 * (range[1] - range[0]) * experiment.solvesPerPoint());
        SweepSummary summary = new SweepSummary();
        try (CsvWriter rows = CsvWriter.to(text)) {
            for (int id = range[0]; id < range[1]; id++) {
                solvePoint(id, rows, summary, sink);
                done.accept(1);
            }
        } catch (IOException x) {
            throw new UncheckedIOException("a StringWriter failed: " + x.getMessage(), x);
        }
        return new ChunkResult(chunk, range[1] - range[0], text.toString(), summary);
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

    void solvePoint(int id, CsvWriter rows, SweepSummary summary, RowSink sink) throws IOException {
        double[] values = values(id);
        double[] written = new double[values.length];
        Scenario base = experiment.scenario();
        Parameters p = base.parameters();
        for (int i = 0; i < values.length; i++) {
            Factor f = experiment.factors().get(i);
            p = p.with(f.parameter(), values[i]);
            written[i] = f.parameter().isInteger() ? (long) values[i] : values[i];
        }
        Scenario point = base.withParameters(p);
        for (int r = 0; r < experiment.replicates(); r++) {
            long pointSeed = PointSeed.of(experiment.seed(), id, r);
            for (Variant v : experiment.variants()) {
                // Parameters are set before the variant applies: a policy may read them (iota_step, pledge).
                Variant.Applied changed = v.applyWithCost(point);
                double cost = changed.annualCost();
                // One pair of fixed points per crisis serves every equilibrium kept (rows stay equilibrium-major).
                CrisisSolver solver = new CrisisSolver(changed.scenario(), pointSeed);
                List<List<CrisisResult>> byCrisis = new ArrayList<>();
                for (Crisis c : experiment.crises()) {
                    byCrisis.add(solver.solve(c, experiment.equilibria()));
                }
                for (int e = 0; e < experiment.equilibria().size(); e++) {
                    for (int k = 0; k < experiment.crises().size(); k++) {
                        VariantOutcome outcome = new VariantOutcome(v.name(), byCrisis.get(k).get(e), cost);
                        Crisis c = experiment.crises().get(k);
                        String eq = experiment.equilibria().get(e).code();
                        Row row = new Row(id, r, pointSeed, v.name(), c, eq, written);
                        for (MeasureValue m : write(rows, summary, row, outcome.measures())) {
                            sink.row(id, r, pointSeed, v.name(), c, eq, m, written);
                        }
                    }
                }
            }
        }
    }

    /** What the rows of one solved crisis share: everything but the measure. */
    private record Row(int id, int replicate, long pointSeed, String variant, Crisis crisis, String equilibrium,
                       double[] factors) {
    }

    /** Writes the kept measures' rows (columns as {@link io.spokes.sweep.table.SweepTable}) and returns the kept measures, in row order. */
    private List<MeasureValue> write(CsvWriter rows, SweepSummary summary, Row row, List<MeasureValue> measures) throws IOException {
        List<MeasureValue> kept = new ArrayList<>();
        Crisis c = row.crisis();
        for (MeasureSelector sel : experiment.measures()) {
            for (MeasureValue m : measures) {
                if (sel.keeps(m)) {
                    rows.text(experiment.name()).text(experiment.scenario().name()).integer(row.id()).integer(row.replicate())
                            .integer(experiment.seed()).integer(row.pointSeed()).text(row.variant()).text(c.challenger())
                            .text(c.target()).text(c.label()).text(row.equilibrium()).text(m.name()).text(m.state())
                            .number(m.value());
                    for (int i = 0; i < row.factors().length; i++) {
                        if (experiment.factors().get(i).parameter().isInteger()) {
                            rows.integer((long) row.factors()[i]);
                        } else {
                            rows.number(row.factors()[i]);
                        }
                    }
                    rows.text(SpokesVersion.VERSION).endRow();
                    summary.add(new SweepSummary.Key(row.variant(), c.challenger(), c.target(), c.label(), row.equilibrium(),
                            m.name(), m.state()), m.value());
                    kept.add(m);
                }
            }
        }
        return kept;
    }
}
