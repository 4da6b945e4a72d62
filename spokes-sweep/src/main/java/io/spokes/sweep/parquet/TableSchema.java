package io.spokes.sweep.parquet;

import io.spokes.sweep.experiment.Experiment;
import io.spokes.sweep.experiment.Factor;
import io.spokes.sweep.table.SweepTable;

import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/** The sweep table's columns as a Parquet schema, in the order of {@link SweepTable#columns}. */
public final class TableSchema {
    private TableSchema() {
    }

    /**
     * Typed columns: int32 point and replicate, int64 seeds, double value, each varied parameter
     * double (int64 for integer parameters such as samples), the rest UTF-8 strings; everything that
     * the table can write as NA is optional (null).
     */
    public static MessageType of(Experiment e) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (String c : SweepTable.LEADING) {
            switch (c) {
                case "point", "replicate" -> b.required(PrimitiveTypeName.INT32).named(c);
                case "seed", "point_seed" -> b.required(PrimitiveTypeName.INT64).named(c);
                case "value" -> b.optional(PrimitiveTypeName.DOUBLE).named(c);
                default -> b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(c);
            }
        }
        for (Factor f : e.factors()) {
            b.optional(f.parameter().isInteger() ? PrimitiveTypeName.INT64 : PrimitiveTypeName.DOUBLE).named(f.symbol());
        }
        return b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(SweepTable.VERSION)
                .named("spokes_sweep");
    }
}
