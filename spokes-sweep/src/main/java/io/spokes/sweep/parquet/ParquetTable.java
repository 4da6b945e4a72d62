package io.spokes.sweep.parquet;

import io.spokes.core.domain.Crisis;
import io.spokes.core.study.MeasureValue;
import io.spokes.io.csv.CsvReader;
import io.spokes.sweep.experiment.Experiment;
import io.spokes.sweep.run.RowSink;
import io.spokes.sweep.table.SweepTable;

import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;

/**
 * One Parquet file of the sweep table (Snappy pages, {@link TableSchema} columns), written whole or
 * not at all: rows go to a hidden temporary file beside the target, which {@link #commit()} renames
 * into place and {@link #close()} without a commit deletes. Rows arrive typed from the solver
 * ({@link RowSink}) or, for chunks finished earlier, as table text, parsed here ("NA" becomes null).
 * Local files only, no Hadoop: the Spark backend copies finished files to other file systems.
 */
public final class ParquetTable implements RowSink, AutoCloseable {
    /**
     * A writer buffers a row group before writing it; 16 MB rather than parquet-java's 128 MB keeps
     * each open writer's memory small whatever the design's size (a run of a large design is long).
     */
    static final long ROW_GROUP_BYTES = 16L << 20;
    private final Path target;
    private final Path tmp;
    private final ParquetWriter<TableRow> writer;
    private final TableRow row;
    private boolean committed;

    public ParquetTable(Experiment experiment, Path target) throws IOException {
        this.target = target;
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        this.tmp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        this.row = new TableRow(experiment.factors().size());
        this.writer = new Builder(new LocalOutputFile(tmp), experiment).withConf(new PlainParquetConfiguration())
                .withCodecFactory(SnappyCodec.INSTANCE).withCompressionCodec(CompressionCodecName.SNAPPY)
                .withRowGroupSize(ROW_GROUP_BYTES).withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build();
    }

    @Override
    public void row(int point, int replicate, long pointSeed, String variant, Crisis crisis, String equilibrium, MeasureValue measure,
                    double[] factors) {
        row.point = point;
        row.replicate = replicate;
        row.pointSeed = pointSeed;
        row.variant = variant;
        row.challenger = crisis.challenger();
        row.target = crisis.target();
        row.crisis = crisis.label();
        row.equilibrium = equilibrium;
        row.measure = measure.name();
        row.state = measure.state();
        row.value = measure.value();
        System.arraycopy(factors, 0, row.factors, 0, row.factors.length);
        write();
    }

    /** Adds rows given as table text without header (a chunk's part, or the joined table after its header). */
    public void append(Reader rows) throws IOException {
        append(CsvReader.of(rows));
    }

    /** Adds the rest of the rows of {@code csv} (e.g. after its header has been read). */
    public void append(CsvReader csv) throws IOException {
        int first = SweepTable.LEADING.size();
        List<String> f;
        while ((f = csv.next()) != null) {
            if (f.size() != first + row.factors.length + 1) {
                throw new IOException("a table row has " + f.size() + " fields, expected " + (first + row.factors.length + 1));
            }
            row.point = Integer.parseInt(f.get(2));
            row.replicate = Integer.parseInt(f.get(3));
            row.pointSeed = Long.parseLong(f.get(5));
            row.variant = text(f.get(6));
            row.challenger = text(f.get(7));
            row.target = text(f.get(8));
            row.crisis = text(f.get(9));
            row.equilibrium = text(f.get(10));
            row.measure = text(f.get(11));
            row.state = text(f.get(12));
            row.value = number(f.get(13));
            for (int i = 0; i < row.factors.length; i++) {
                row.factors[i] = number(f.get(first + i));
            }
            write();
        }
    }

    private void write() {
        try {
            writer.write(row);
        } catch (IOException x) {
            throw new UncheckedIOException("cannot write the Parquet part " + target + ": " + x.getMessage(), x);
        }
    }

    /** Closes the file and renames it into place, replacing any earlier file of the same name. */
    public void commit() throws IOException {
        writer.close();
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    /** Without a commit: abandons the temporary file. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                writer.close();
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static String text(String field) {
        return "NA".equals(field) ? null : field;
    }

    private static double number(String field) {
        return "NA".equals(field) ? Double.NaN : Double.parseDouble(field);
    }

    private static final class Builder extends ParquetWriter.Builder<TableRow, Builder> {
        private final Experiment experiment;

        Builder(OutputFile file, Experiment experiment) {
            super(file);
            this.experiment = experiment;
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** Hadoop's entry point, deprecated but still abstract in parquet-java 1.16; never called here. */
        @Override
        @SuppressWarnings("deprecation")
        protected WriteSupport<TableRow> getWriteSupport(org.apache.hadoop.conf.Configuration conf) {
            return new TableWriteSupport(experiment);
        }

        @Override
        protected WriteSupport<TableRow> getWriteSupport(org.apache.parquet.conf.ParquetConfiguration conf) {
            return new TableWriteSupport(experiment);
        }
    }
}
