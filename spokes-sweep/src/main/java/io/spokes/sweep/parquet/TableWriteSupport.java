package io.spokes.sweep.parquet;

import io.spokes.core.SpokesVersion;
import io.spokes.sweep.experiment.Experiment;
import io.spokes.sweep.table.SweepTable;

import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

import java.util.HashMap;
import java.util.Map;

/**
 * Writes {@link TableRow}s straight into Parquet's record consumer, in the columns of
 * {@link TableSchema}: no intermediate record objects, and each distinct string encoded
 * to UTF-8 once (the table's strings repeat on nearly every row).
 */
final class TableWriteSupport extends WriteSupport<TableRow> {
    private final MessageType schema;
    private final Experiment experiment;
    private final Map<String, Binary> utf8 = new HashMap<>();
    /** Which varied parameters are integers (int64 columns). */
    private final boolean[] integer;
    private RecordConsumer out;

    TableWriteSupport(Experiment experiment) {
        this.experiment = experiment;
        this.schema = TableSchema.of(experiment);
        this.integer = new boolean[experiment.factors().size()];
        for (int i = 0; i < integer.length; i++) {
            integer[i] = experiment.factors().get(i).parameter().isInteger();
        }
    }

    /** Hadoop's entry point, deprecated but still abstract in parquet-java 1.16; never called here (Hadoop is not on the class path). */
    @Override
    @SuppressWarnings("deprecation")
    public WriteContext init(org.apache.hadoop.conf.Configuration configuration) {
        return context();
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return context();
    }

    private WriteContext context() {
        return new WriteContext(schema, Map.of("spokes.version", SpokesVersion.VERSION, "spokes.model", SpokesVersion.MODEL,
                "spokes.seed", Long.toString(experiment.seed())));
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.out = recordConsumer;
    }

    @Override
    public void write(TableRow r) {
        out.startMessage();
        string(0, experiment.name());
        string(1, experiment.scenario().name());
        integer(2, r.point);
        integer(3, r.replicate);
        int64(4, experiment.seed());
        int64(5, r.pointSeed);
        string(6, r.variant);
        string(7, r.challenger);
        string(8, r.target);
        string(9, r.crisis);
        string(10, r.equilibrium);
        string(11, r.measure);
        string(12, r.state);
        number(13, r.value);
        int first = SweepTable.LEADING.size();
        for (int i = 0; i < r.factors.length; i++) {
            if (integer[i]) {
                int64(first + i, (long) r.factors[i]);
            } else {
                number(first + i, r.factors[i]);
            }
        }
        string(first + r.factors.length, SpokesVersion.VERSION);
        out.endMessage();
    }

    private void integer(int i, int v) {
        out.startField(schema.getFieldName(i), i);
        out.addInteger(v);
        out.endField(schema.getFieldName(i), i);
    }

    private void int64(int i, long v) {
        out.startField(schema.getFieldName(i), i);
        out.addLong(v);
        out.endField(schema.getFieldName(i), i);
    }

    /** A value that is not finite (the table's NA) is left out: a null. */
    private void number(int i, double v) {
        if (Double.isFinite(v)) {
            out.startField(schema.getFieldName(i), i);
            out.addDouble(v);
            out.endField(schema.getFieldName(i), i);
        }
    }

    private void string(int i, String v) {
        if (v != null) {
            out.startField(schema.getFieldName(i), i);
            out.addBinary(utf8.computeIfAbsent(v, Binary::fromString));
            out.endField(schema.getFieldName(i), i);
        }
    }
}
