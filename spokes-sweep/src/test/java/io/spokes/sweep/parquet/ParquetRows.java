package io.spokes.sweep.parquet;

import io.spokes.io.csv.CsvWriter;

import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads a Parquet copy back without Hadoop, for comparing it with the table text. */
public final class ParquetRows {
    private ParquetRows() {
    }

    /**
     * Every record of every file of {@code results.parquet/}, written as a table row: numbers as
     * the table writes them, null as NA, strings quoted as in the table.
     */
    public static List<String> asTableRows(Path dataset) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path file : ParquetParts.parts(dataset)) {
            try (ParquetReader<Group> r = new GroupReader(new LocalInputFile(file)).withCodecFactory(SnappyCodec.INSTANCE).build()) {
                Group g;
                while ((g = r.read()) != null) {
                    StringWriter line = new StringWriter();
                    try (CsvWriter f = CsvWriter.to(line)) {
                        for (int i = 0; i < g.getType().getFieldCount(); i++) {
                            if (g.getFieldRepetitionCount(i) == 0) {
                                f.missing();
                                continue;
                            }
                            PrimitiveTypeName t = g.getType().getType(i).asPrimitiveType().getPrimitiveTypeName();
                            switch (t) {
                                case DOUBLE -> f.number(g.getDouble(i, 0));
                                case INT32 -> f.integer(g.getInteger(i, 0));
                                case INT64 -> f.integer(g.getLong(i, 0));
                                default -> f.text(g.getString(i, 0));
                            }
                        }
                    }
                    out.add(line.toString().substring(0, line.toString().length() - 1));
                }
            }
        }
        return out;
    }

    /** The Parquet copy holds exactly the rows of results.csv, each once, whatever the order. */
    public static void assertHoldsTheTable(Path folder) throws IOException {
        List<String> csv = Files.readAllLines(folder.resolve("results.csv"));
        List<String> table = new ArrayList<>(csv.subList(1, csv.size()));
        List<String> parquet = new ArrayList<>(asTableRows(folder.resolve(ParquetParts.RESULTS)));
        table.sort(null);
        parquet.sort(null);
        assertThat(parquet).hasSize(table.size()).isEqualTo(table);
    }

    /** Parquet's example reader over a local file, without Hadoop. */
    static final class GroupReader extends ParquetReader.Builder<Group> {
        GroupReader(InputFile file) {
            super(file, new PlainParquetConfiguration());
        }

        @Override
        protected ReadSupport<Group> getReadSupport() {
            return new GroupReadSupport();
        }
    }
}
