package io.spokes.sweep.run;

import io.spokes.io.KillPoint;
import io.spokes.core.SpokesVersion;
import io.spokes.io.AtomicOutput;
import io.spokes.io.InputException;
import io.spokes.io.csv.CsvWriter;
import io.spokes.sweep.experiment.Experiment;
import io.spokes.sweep.parquet.ParquetParts;
import io.spokes.sweep.stats.MeasureStats;
import io.spokes.sweep.stats.SweepSummary;
import io.spokes.sweep.table.SweepTable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The folder of one sweep. While it runs: {@code sweep.properties} (the experiment's fingerprint),
 * copies of the experiment and scenario, and {@code parts/} with one table part and one summary
 * part per finished chunk, each written whole or not at all. When every chunk is done the parts
 * are joined in chunk order into {@code summary.csv} and then {@code results.csv} (whose presence
 * marks the sweep complete), and removed. A killed sweep restarted on the same folder finds its
 * finished parts and solves only the others.
 */
public final class SweepFolder {
    public static final String MANIFEST = "sweep.properties";
    public static final String RESULTS = "results.csv";
    public static final String SUMMARY = "summary.csv";
    /** The columns of {@link #SUMMARY}. */
    public static final List<String> SUMMARY_COLUMNS = List.of("experiment", "scenario", "variant", "challenger", "target",
            "crisis", "equilibrium", "measure", "state", "n", "missing", "mean", "sd", "min", "max", "seed", "version");
    public static final String EXPERIMENT = "experiment.yaml";
    public static final String SCENARIO = "scenario.yaml";
    public static final String PARTS = "parts";

    private final Path dir;

    public SweepFolder(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public Path results() {
        return dir.resolve(RESULTS);
    }

    public Path summary() {
        return dir.resolve(SUMMARY);
    }

    public boolean complete() {
        return Files.isRegularFile(results());
    }

    /**
     * Makes the folder ready for this experiment, or checks that it already belongs to it, and puts
     * right whatever a killed run left: a missing copy, a missing {@code parts/}, hidden temporary
     * files. A folder of another experiment (or of a changed scenario or version) is refused, never
     * mixed.
     *
     * <p>The manifest is written first, alone in an empty folder, and says which experiment the
     * folder belongs to; everything else (the copies, {@code parts/}) is made again by any run that
     * finds it missing. So a run killed, or stopped by a full disk, at any moment of the creation
     * leaves a folder that is empty, holds only the manifest's temporary file, or has a manifest:
     * the same command resumes each of them.
     */
    public void claim(Experiment e) {
        Path manifest = dir.resolve(MANIFEST);
        try {
            if (!Files.isRegularFile(manifest)) {
                create(e, manifest);
            }
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            if (!e.fingerprint().equals(p.getProperty("fingerprint"))) {
                throw new InputException(dir.toString(), 0, 0, "--out", "this folder holds a sweep of another experiment "
                        + "(or of a changed experiment, scenario or Spokes version: '" + p.getProperty("experiment") + "', "
                        + p.getProperty("version") + "); choose another --out or remove the folder");
            }
            cleanTemporaries();
            copy(EXPERIMENT, e.text(), "create.experiment");
            copy(SCENARIO, e.scenarioText(), "create.scenario");
            KillPoint.reach("create.parts");
            if (complete()) {
                deleteParts();
            } else {
                Files.createDirectories(dir.resolve(PARTS));
            }
        } catch (IOException x) {
            throw new UncheckedIOException("cannot prepare the sweep folder " + dir + ": " + reason(x), x);
        }
    }

    /** A new sweep: the folder must be new or empty (a killed creation's manifest temporary file aside). */
    private void create(Experiment e, Path manifest) throws IOException {
        if (Files.isDirectory(dir)) {
            List<Path> leftover = new ArrayList<>();
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    if (!AtomicOutput.isLeftoverOf(p, MANIFEST)) {
                        throw new InputException(dir.toString(), 0, 0, "--out", "the folder is not empty and holds no sweep; "
                                + "choose an empty or new folder so that no file of yours is overwritten");
                    }
                    leftover.add(p);
                }
            }
            for (Path p : leftover) {
                Files.deleteIfExists(p);
            }
        } else if (Files.exists(dir)) {
            throw new InputException(dir.toString(), 0, 0, "--out", "exists and is not a folder");
        }
        Files.createDirectories(dir);
        KillPoint.reach("create.folder");
        AtomicOutput.write(manifest, w -> {
            w.write(manifestText(e));
            halfWritten(w, "create.manifest");
        });
    }

    /** Writes a copy beside the manifest unless a run before this one did (copies are written whole). */
    private void copy(String name, String text, String killPoint) {
        if (!Files.isRegularFile(dir.resolve(name))) {
            AtomicOutput.write(dir.resolve(name), w -> {
                w.write(text);
                halfWritten(w, killPoint);
            });
        }
    }

    /** A kill point inside a file being written: its temporary file is on disk, not yet renamed. */
    private static void halfWritten(Writer w, String killPoint) throws IOException {
        w.flush();
        KillPoint.reach(killPoint);
    }

    /**
     * What went wrong, with the path it went wrong on unless that is the folder itself: a file
     * system's own message may be the path alone.
     */
    private String reason(IOException x) {
        if (x instanceof FileSystemException f) {
            String why = f.getReason() != null ? f.getReason()
                    : f instanceof AccessDeniedException ? "permission denied"
                    : f instanceof NoSuchFileException ? "no such file or folder"
                    : f instanceof NotDirectoryException ? "not a folder"
                    : f instanceof FileAlreadyExistsException ? "already exists"
                    : f.getClass().getSimpleName();
            return (f.getFile() == null || f.getFile().equals(dir.toString()) ? "" : f.getFile() + ": ") + why;
        }
        return x.getMessage() == null ? x.getClass().getSimpleName() : x.getMessage();
    }

    private static String manifestText(Experiment e) {
        return "# A Spokes sweep folder: results.csv appears when every part is done.\n"
                + "fingerprint=" + e.fingerprint() + "\n"
                + "experiment=" + e.name() + "\n"
                + "scenario=" + e.scenario().name() + "\n"
                + "design=" + e.design().code() + "\n"
                + "points=" + e.designSize() + "\n"
                + "chunk=" + e.chunk() + "\n"
                + "chunks=" + e.chunkCount() + "\n"
                + "seed=" + e.seed() + "\n"
                + "version=" + SpokesVersion.VERSION + "\n";
    }

    /**
     * Temporary files of a killed writer, all hidden and ending in .tmp: of the manifest, the copies
     * and the joined tables beside them, of the parts in {@code parts/} and {@code parquet-parts/}.
     * The copy of the Parquet table being published ({@code .results.parquet.tmp/}) is left to
     * {@link io.spokes.sweep.parquet.ParquetParts#publish}, which starts it again.
     */
    private void cleanTemporaries() throws IOException {
        for (String name : List.of(MANIFEST, EXPERIMENT, SCENARIO, SUMMARY, RESULTS)) {
            AtomicOutput.removeLeftovers(dir, name);
        }
        for (Path sub : List.of(dir.resolve(PARTS), dir.resolve(ParquetParts.DIR))) {
            if (Files.isDirectory(sub)) {
                AtomicOutput.removeLeftovers(sub, "");
            }
        }
    }

    private Path part(int chunk) {
        return dir.resolve(PARTS).resolve(String.format("part-%06d.csv", chunk));
    }

    private Path partSummary(int chunk) {
        return dir.resolve(PARTS).resolve(String.format("part-%06d.summary", chunk));
    }

    /** Whether a chunk's table part is written (its summary part is always written first). */
    public boolean done(int chunk) {
        return Files.isRegularFile(part(chunk));
    }

    /** The chunks still to solve, in order. */
    public List<Integer> remaining(Experiment e) {
        List<Integer> todo = new ArrayList<>();
        for (int c = 0; c < e.chunkCount(); c++) {
            if (!done(c)) {
                todo.add(c);
            }
        }
        return todo;
    }

    /** The rows of a finished chunk's table part, as written (no header). */
    public String readPart(int chunk) {
        try {
            return Files.readString(part(chunk), StandardCharsets.UTF_8);
        } catch (IOException x) {
            throw new UncheckedIOException("cannot read part " + chunk + " of " + dir + ": " + x.getMessage(), x);
        }
    }

    /** Writes a chunk: summary part, then table part, each whole or not at all. */
    public void write(ChunkResult r) {
        AtomicOutput.write(partSummary(r.chunk()), w -> {
            r.summary().save(w);
            halfWritten(w, "solve.summary");
        });
        AtomicOutput.write(part(r.chunk()), w -> {
            w.write(r.rows());
            halfWritten(w, "solve.rows");
        });
        KillPoint.reach("solve.chunk");
    }

    /**
     * Joins the parts in chunk order: the merged summary first, then the table, whose rename marks
     * completion; the parts go last. Streams the parts: the table is never held in memory.
     */
    public void assemble(Experiment e) {
        int chunks = e.chunkCount();
        for (int c = 0; c < chunks; c++) {
            if (!done(c)) {
                throw new IllegalStateException("part " + c + " of " + dir + " is missing; run the sweep again to finish it");
            }
        }
        SweepSummary total = new SweepSummary();
        try {
            for (int c = 0; c < chunks; c++) {
                try (BufferedReader r = Files.newBufferedReader(partSummary(c), StandardCharsets.UTF_8)) {
                    total.aggregate(SweepSummary.load(r));
                }
            }
        } catch (IOException x) {
            throw new UncheckedIOException("cannot read the summary parts of " + dir + ": " + x.getMessage(), x);
        }
        AtomicOutput.write(summary(), w -> {
            writeSummary(w, total, e);
            halfWritten(w, "join.summary");
        });
        AtomicOutput.write(results(), w -> {
            // The parts are rows of the same table (CsvWriter's), so the table is the header and then the parts as they are.
            w.write(SweepTable.header(e));
            for (int c = 0; c < chunks; c++) {
                try (Reader r = Files.newBufferedReader(part(c), StandardCharsets.UTF_8)) {
                    r.transferTo(w);
                }
                if (c == chunks / 2) {
                    halfWritten(w, "join.results");
                }
            }
        });
        KillPoint.reach("join.parts");
        deleteParts();
    }

    private static void writeSummary(Writer w, SweepSummary s, Experiment e) throws IOException {
        try (CsvWriter csv = CsvWriter.to(w)) {
            csv.row(SUMMARY_COLUMNS);
            for (var entry : s.asMap().entrySet()) {
                SweepSummary.Key k = entry.getKey();
                MeasureStats m = entry.getValue();
                csv.text(e.name()).text(e.scenario().name()).text(k.variant()).text(k.challenger()).text(k.target())
                        .text(k.crisis()).text(k.equilibrium()).text(k.measure()).text(k.state()).integer(m.count())
                        .integer(m.missing()).number(m.mean()).number(m.sd()).number(m.min()).number(m.max()).integer(e.seed())
                        .text(SpokesVersion.VERSION).endRow();
            }
        }
    }

    /** Removes {@code parts/} once the table is joined (also when a run killed while removing it left some). */
    private void deleteParts() {
        Path parts = dir.resolve(PARTS);
        if (!Files.isDirectory(parts)) {
            return;
        }
        try (Stream<Path> s = Files.list(parts)) {
            List<Path> files = s.toList();
            for (int i = 0; i < files.size(); i++) {
                Files.deleteIfExists(files.get(i));
                if (i == files.size() / 2) {
                    KillPoint.reach("join.deleting");
                }
            }
            Files.deleteIfExists(parts);
        } catch (IOException x) {
            // The results are complete; leftover parts waste space, change nothing, and go on the next run.
        }
    }
}
