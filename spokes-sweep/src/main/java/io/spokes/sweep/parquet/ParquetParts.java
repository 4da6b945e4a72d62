package io.spokes.sweep.parquet;

import io.spokes.io.csv.CsvReader;
import io.spokes.sweep.experiment.Experiment;
import io.spokes.io.KillPoint;
import io.spokes.sweep.run.SweepFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Parquet copy of a sweep table, {@code results.parquet/}: a directory of files as Spark writes
 * datasets. While a sweep runs, each finished piece of work writes one file for its chunks
 * {@code first..last} into {@code parquet-parts/} of the sweep folder ({@code part-FIRST-LAST.parquet};
 * a chunk on the local backend, a run of chunks per Spark task). Once the table is joined the parts
 * become the copy if they cover every chunk exactly once; otherwise (a run killed between a chunk's
 * table part and its Parquet part, a resume with other runs of chunks) the copy is written from the
 * joined table.
 */
public final class ParquetParts {
    public static final String DIR = "parquet-parts";
    public static final String RESULTS = "results.parquet";
    private static final Pattern PART_NAME = Pattern.compile("part-(\\d{6})-(\\d{6})\\.parquet");

    private ParquetParts() {
    }

    /** Where the Parquet part of the chunks {@code first..last} is written. */
    public static Path part(SweepFolder folder, int first, int last) {
        return folder.dir().resolve(DIR).resolve(name(first, last));
    }

    private static String name(int first, int last) {
        return String.format("part-%06d-%06d.parquet", first, last);
    }

    /** Whether the parts cover every chunk exactly once. */
    public static boolean coverEveryChunk(SweepFolder folder, int chunkCount) throws IOException {
        Path parts = folder.dir().resolve(DIR);
        if (!Files.isDirectory(parts)) {
            return false;
        }
        int[] seen = new int[chunkCount];
        for (Path p : parts(parts)) {
            Matcher m = PART_NAME.matcher(p.getFileName().toString());
            if (m.matches()) {
                for (int c = Integer.parseInt(m.group(1)); c <= Integer.parseInt(m.group(2)) && c < chunkCount; c++) {
                    seen[c]++;
                }
            }
        }
        return java.util.Arrays.stream(seen).allMatch(n -> n == 1);
    }

    /** The part files, in chunk order (hidden temporary files of failed writers left out). */
    public static List<Path> parts(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> PART_NAME.matcher(p.getFileName().toString()).matches()).sorted(Comparator.comparing(Path::getFileName))
                    .toList();
        }
    }

    /**
     * Puts {@code results.parquet/} in place in the sweep folder (unless it is there already) and
     * removes the parts: under a hidden temporary name first, then renamed, so that it is whole or
     * absent.
     */
    public static void publish(Experiment e, SweepFolder folder) {
        Path target = folder.dir().resolve(RESULTS);
        Path parts = folder.dir().resolve(DIR);
        try {
            if (!Files.exists(target)) {
                Path tmp = folder.dir().resolve("." + RESULTS + ".tmp");
                deleteTree(tmp);
                Files.createDirectories(tmp);
                if (coverEveryChunk(folder, e.chunkCount())) {
                    for (Path p : parts(parts)) {
                        Files.move(p, tmp.resolve(p.getFileName()), StandardCopyOption.ATOMIC_MOVE);
                        KillPoint.reach("publish.parquet");
                    }
                } else {
                    writeFromTable(e, folder, tmp.resolve(name(0, e.chunkCount() - 1)));
                    KillPoint.reach("publish.parquet");
                }
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            KillPoint.reach("publish.parts");
            deleteTree(parts);
        } catch (IOException x) {
            throw new UncheckedIOException("cannot write " + target + ": " + x.getMessage(), x);
        }
    }

    /** One Parquet file streamed from the joined table {@code results.csv}. */
    public static void writeFromTable(Experiment e, SweepFolder folder, Path file) throws IOException {
        try (CsvReader in = CsvReader.of(Files.newBufferedReader(folder.results(), StandardCharsets.UTF_8));
             ParquetTable copy = new ParquetTable(e, file)) {
            in.next();   // the header
            copy.append(in);
            copy.commit();
        }
    }

    /** Removes a directory and everything in it, if it is there. */
    public static void deleteTree(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
