package io.spokes.sweep.parquet;

import io.spokes.core.SpokesVersion;
import io.spokes.core.domain.Crisis;
import io.spokes.core.study.MeasureValue;
import io.spokes.sweep.experiment.Experiment;
import io.spokes.sweep.experiment.ExperimentReader;

import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One Parquet file, written typed or from table text, committed or abandoned, read back with
 * Parquet's reader and our Snappy codec (no Hadoop). That Spark reads these files with its own
 * Snappy is checked in spokes-spark (SparkSweepTest).
 */
class ParquetTableTest {
    static final Path TOY = Path.of("../scenarios/toy-triangle.yaml").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private Experiment experiment() throws IOException {
        Path file = dir.resolve("toy.yaml");
        Files.writeString(file, "name: toy-part\n"
                + "scenario: " + TOY + "\n"
                + "seed: 11\n"
                + "design: latin\n"
                + "points: 4\n"
                + "parameters:\n"
                + "  kbar: {range: [0.5, 2.0]}\n"
                + "  samples: {range: [64, 256]}\n");
        return ExperimentReader.read(file);
    }

    @Test
    void typedRowsAndTheSameRowsAsTableTextGiveTheSameFile() throws IOException {
        Experiment e = experiment();
        Crisis c = e.crises().get(0);
        Path typed = dir.resolve("typed.parquet");
        try (ParquetTable p = new ParquetTable(e, typed)) {
            p.row(3, 0, -42L, "baseline", c, "upper", new MeasureValue("deterrence", "", 0.25), new double[] {1.5, 128});
            p.row(3, 0, -42L, "baseline", c, "upper", new MeasureValue("abandonment", "USA", Double.NaN), new double[] {1.5, 128});
            p.commit();
        }
        String text = "toy-part,toy-triangle,3,0,11,-42,baseline," + c.challenger() + "," + c.target() + "," + c.label()
                + ",upper,deterrence,,0.25,1.5,128," + SpokesVersion.VERSION + "\n"
                + "toy-part,toy-triangle,3,0,11,-42,baseline," + c.challenger() + "," + c.target() + "," + c.label()
                + ",upper,abandonment,USA,NA,1.5,128," + SpokesVersion.VERSION + "\n";
        Path parsed = dir.resolve("parsed.parquet");
        try (ParquetTable p = new ParquetTable(e, parsed)) {
            p.append(new StringReader(text));
            p.commit();
        }
        List<String> a = rows(typed);
        assertThat(a).containsExactly(
                "toy-part|toy-triangle|3|0|11|-42|baseline|PRK|KOR|" + c.label() + "|upper|deterrence||0.25|1.5|128|" + SpokesVersion.VERSION,
                "toy-part|toy-triangle|3|0|11|-42|baseline|PRK|KOR|" + c.label() + "|upper|abandonment|USA|null|1.5|128|" + SpokesVersion.VERSION);
        assertThat(rows(parsed)).isEqualTo(a);
        try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(typed),
                new org.apache.parquet.ParquetReadOptions.Builder(new PlainParquetConfiguration()).withCodecFactory(SnappyCodec.INSTANCE).build())) {
            var meta = r.getFooter().getFileMetaData();
            assertThat(meta.getKeyValueMetaData()).containsEntry("spokes.version", SpokesVersion.VERSION).containsEntry("spokes.seed", "11");
            assertThat(meta.getSchema().getType("samples").asPrimitiveType().getPrimitiveTypeName()).isEqualTo(PrimitiveTypeName.INT64);
            assertThat(meta.getSchema().getType("kbar").asPrimitiveType().getPrimitiveTypeName()).isEqualTo(PrimitiveTypeName.DOUBLE);
        }
        // nothing but the two files: temporary names are gone
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("parquet") || n.endsWith(".tmp")))
                    .containsExactlyInAnyOrder("typed.parquet", "parsed.parquet");
        }
    }

    @Test
    void aPartClosedWithoutCommitLeavesNothing() throws IOException {
        Experiment e = experiment();
        Path target = dir.resolve("parts/part-000000-000001.parquet");
        try (ParquetTable p = new ParquetTable(e, target)) {
            p.row(0, 0, 1L, "baseline", e.crises().get(0), "upper", new MeasureValue("deterrence", "", 0.5), new double[] {1, 64});
            // a task failing here: no commit
        }
        try (Stream<Path> s = Files.list(target.getParent())) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsRefused() throws IOException {
        Experiment e = experiment();
        try (ParquetTable p = new ParquetTable(e, dir.resolve("bad.parquet"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.append(new StringReader("a,b,c\n")))
                    .isInstanceOf(IOException.class).hasMessageContaining("3 fields, expected 17");
        }
        assertThat(dir.resolve("bad.parquet")).doesNotExist();
    }

    /** Each record as its fields joined by |, null where a field is missing. */
    private static List<String> rows(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        try (ParquetReader<Group> r = new ParquetRows.GroupReader(new LocalInputFile(file)).withCodecFactory(SnappyCodec.INSTANCE).build()) {
            Group g;
            while ((g = r.read()) != null) {
                List<String> f = new ArrayList<>();
                for (int i = 0; i < g.getType().getFieldCount(); i++) {
                    f.add(g.getFieldRepetitionCount(i) == 0 ? "null" : g.getValueToString(i, 0));
                }
                out.add(String.join("|", f));
            }
        }
        return out;
    }
}
