package io.spokes.data.source;

import io.spokes.io.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Where raw data files are read from: the copies bundled in the jar (the repository's
 * {@code data/} folder), or a folder the user names with {@code --data-dir}. A file may be stored
 * gzipped as {@code NAME.gz}; readers ask for {@code NAME} and never see the difference.
 */
public final class DataFiles {
    private static final String BUNDLE = "/io/spokes/data/raw/";
    private final Path folder;

    private DataFiles(Path folder) {
        this.folder = folder;
    }

    /** The files shipped with Spokes (see data/README.md for provenance). */
    public static DataFiles bundled() {
        return new DataFiles(null);
    }

    /** The files in {@code folder}, e.g. a newer download of a dataset. */
    public static DataFiles in(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InputException(folder.toString(), 0, 0, "--data-dir", "not a folder; name the folder that holds the raw CSV files");
        }
        return new DataFiles(folder);
    }

    /** How a file is named in messages: its path, or its name for the bundled copy. */
    public String describe(String fileName) {
        if (folder == null) {
            return fileName;
        }
        Path plain = folder.resolve(fileName);
        Path gz = folder.resolve(fileName + ".gz");
        return (!Files.exists(plain) && Files.exists(gz) ? gz : plain).toString();
    }

    /** Opens {@code fileName} (or its gzipped copy); a missing file is an {@link InputException}. */
    public InputStream open(String fileName) {
        try {
            if (folder == null) {
                InputStream in = DataFiles.class.getResourceAsStream(BUNDLE + fileName);
                if (in != null) {
                    return in;
                }
                InputStream gz = DataFiles.class.getResourceAsStream(BUNDLE + fileName + ".gz");
                if (gz != null) {
                    return new GZIPInputStream(gz, 1 << 16);
                }
                throw new InputException(fileName, 0, 0, "", "missing file: it is not bundled with this build of Spokes; "
                        + "pass --data-dir with the folder that holds it");
            }
            Path plain = folder.resolve(fileName);
            if (Files.isRegularFile(plain)) {
                return Files.newInputStream(plain);
            }
            Path gz = folder.resolve(fileName + ".gz");
            if (Files.isRegularFile(gz)) {
                return new GZIPInputStream(Files.newInputStream(gz), 1 << 16);
            }
            throw new InputException(plain.toString(), 0, 0, "", "missing file: neither " + fileName + " nor "
                    + fileName + ".gz is in " + folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + describe(fileName) + ": " + e.getMessage(), e);
        }
    }
}
