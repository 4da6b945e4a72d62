package io.spokes.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Writes outputs whole or not at all, so a failed, full or killed run never leaves a partly
 * written file, nor half of a set of files that belong together.
 *
 * <p>{@link #write(Path, Content)}: one file, to a hidden temporary file beside the target
 * ({@code .NAME…tmp}), then one atomic rename. At every moment the target is its old content (or
 * absent) or the whole new content. On an error the temporary file is removed; a kill -9 can leave
 * it behind (hidden, never read).
 *
 * <p>{@link #writeTogether(Path, List)}: several files into one folder as a unit (the report's
 * {@code results.csv} and {@code report.html}). Every file is written completely before any is
 * published, so a full disk or a failing renderer publishes nothing. How they are published
 * depends on what the folder holds:
 * <ul>
 *   <li><b>The folder is absent, empty, or holds only files of this set</b> (an earlier run's
 *   output, plus any temporary files a killed run left): the files are written into a fresh hidden
 *   folder beside it ({@code .FOLDER.<random>.tmp}), the old folder, if not empty, is renamed aside
 *   to another such name, the new one is renamed into place, and the old one deleted. A kill at any
 *   moment leaves the folder holding the old set, the whole new set, or not existing (during the
 *   instant between the two renames); it never holds a partial set nor a temporary file.</li>
 *   <li><b>The folder holds other files too</b> (or its parent refuses the hidden folder): the
 *   files are written as hidden temporary files inside it, then renamed into place one after the
 *   other, in the order given (the report's {@code report.html} last). An error publishes nothing
 *   (a failed rename removes the files already published). Only a kill in the instant between two
 *   renames can leave the new first file beside the old second one; a kill earlier leaves hidden
 *   temporary files, which the next write of the same set removes.</li>
 * </ul>
 * Renames are atomic on one file system (POSIX rename); the promise is about the process being
 * killed or failing, not about power loss (nothing is fsynced).
 */
public final class AtomicOutput {
    /** The suffix of every temporary file or folder, so errors and cleanups recognise them. */
    static final String TEMP_SUFFIX = ".tmp";

    private AtomicOutput() {
    }

    /** Something that writes the whole content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    public static void write(Path target, Content content) {
        writeVia(target, tmp -> fill(tmp, content));
    }

    public static void write(Path target, byte[] bytes) {
        writeVia(target, tmp -> Files.write(tmp, bytes));
    }

    private interface Fill {
        void into(Path tmp) throws IOException;
    }

    private static void fill(Path file, Content content) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            content.writeTo(w);
        }
    }

    private static void writeVia(Path target, Fill fill) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            requireNotFolder(target);
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName(), TEMP_SUFFIX);
            readableByAll(tmp);
            fill.into(tmp);
            move(tmp, target);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw OutputException.of(target, e);
        } catch (RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    /**
     * Writes {@code files} (name in {@code folder}, content), in that order, as one unit: all of
     * them or none (see the class comment for exactly what a kill can leave).
     */
    public static void writeTogether(Path folder, List<Map.Entry<String, Content>> files) {
        Path dir = folder.toAbsolutePath().normalize();
        Set<String> names = new HashSet<>();
        files.forEach(f -> names.add(f.getKey()));
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new FileSystemException(dir.toString(), null, "a file is in the way where a folder is needed");
            }
            Path parent = dir.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
                removeStaleStages(parent, dir.getFileName().toString());
            }
            if (parent != null && (!Files.exists(dir) || holdsOnly(dir, names))) {
                Path stage;
                try {
                    stage = createStage(parent, dir.getFileName().toString());
                } catch (FileSystemException e) {
                    stage = null; // the parent refuses (permissions, read-only); write inside the folder instead
                }
                if (stage != null) {
                    replaceFolder(dir, stage, files);
                    return;
                }
            }
            replaceFilesIn(dir, files);
        } catch (IOException e) {
            throw OutputException.of(folder, e);
        }
    }

    private static void replaceFolder(Path dir, Path stage, List<Map.Entry<String, Content>> files) throws IOException {
        Path aside = null;
        boolean published = false;
        try {
            for (Map.Entry<String, Content> f : files) {
                Path file = stage.resolve(f.getKey());
                fill(file, f.getValue());
                readableByAll(file);
                KillPoint.reach("written." + f.getKey());
            }
            if (Files.exists(dir) && !isEmpty(dir)) {
                aside = stageName(dir.getParent(), dir.getFileName().toString());
                Files.move(dir, aside, StandardCopyOption.ATOMIC_MOVE);
                KillPoint.reach("moved-aside");
            }
            Files.move(stage, dir, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            published = true;
            KillPoint.reach("published");
        } catch (IOException | RuntimeException e) {
            if (!published && aside != null) {
                try {
                    Files.move(aside, dir, StandardCopyOption.ATOMIC_MOVE);
                    aside = null;
                } catch (IOException ignored) {
                    // the old set stays in the hidden folder beside; the next write removes it
                }
            }
            deleteFolderQuietly(stage);
            throw e;
        } finally {
            if (aside != null) {
                deleteFolderQuietly(aside);
            }
        }
    }

    private static void replaceFilesIn(Path dir, List<Map.Entry<String, Content>> files) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, Content> f : files) {
            removeStaleTemps(dir, f.getKey());
        }
        List<Path> temps = new ArrayList<>();
        List<Path> published = new ArrayList<>();
        try {
            for (Map.Entry<String, Content> f : files) {
                Path tmp = Files.createTempFile(dir, "." + f.getKey(), TEMP_SUFFIX);
                temps.add(tmp);
                readableByAll(tmp);
                fill(tmp, f.getValue());
                KillPoint.reach("written." + f.getKey());
            }
            for (int i = 0; i < files.size(); i++) {
                Path target = dir.resolve(files.get(i).getKey());
                requireNotFolder(target);
                move(temps.get(i), target);
                published.add(target);
                KillPoint.reach("renamed." + files.get(i).getKey());
            }
        } catch (IOException | RuntimeException e) {
            temps.forEach(AtomicOutput::deleteQuietly);
            if (published.size() < files.size()) {
                published.forEach(AtomicOutput::deleteQuietly);
            }
            throw e;
        }
    }

    /** True when every entry of {@code dir} is one of {@code names} or a temporary file of one of them. */
    private static boolean holdsOnly(Path dir, Set<String> names) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String n = p.getFileName().toString();
                boolean ours = names.contains(n) || names.stream().anyMatch(x -> isTempOf(n, x));
                if (!ours || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    private static boolean isTempOf(String entry, String name) {
        return entry.startsWith("." + name) && entry.endsWith(TEMP_SUFFIX);
    }

    private static Path createStage(Path parent, String folder) throws IOException {
        while (true) {
            try {
                return Files.createDirectory(stageName(parent, folder));
            } catch (FileAlreadyExistsException e) {
                // another random name
            }
        }
    }

    private static Path stageName(Path parent, String folder) {
        return parent.resolve("." + folder + "." + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + TEMP_SUFFIX);
    }

    /** Hidden folders beside {@code folder} that a killed earlier write left (named as {@link #stageName} names them). */
    private static void removeStaleStages(Path parent, String folder) throws IOException {
        Pattern stale = Pattern.compile(Pattern.quote("." + folder + ".") + "[0-9a-f]+" + Pattern.quote(TEMP_SUFFIX));
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, "." + glob(folder) + ".*" + TEMP_SUFFIX)) {
            for (Path p : entries) {
                if (stale.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    deleteFolderQuietly(p);
                }
            }
        }
    }

    private static String glob(String s) {
        return s.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    /**
     * Whether {@code p} is a temporary file that a write of {@code name} left when it was killed
     * ({@code .NAME<random>.tmp}, a regular file).
     */
    public static boolean isLeftoverOf(Path p, String name) {
        return isTempOf(p.getFileName().toString(), name) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Removes the temporary files that killed writes of {@code name} left in {@code dir}; with an
     * empty name, those of every file.
     */
    public static void removeLeftovers(Path dir, String name) throws IOException {
        removeStaleTemps(dir, name);
    }

    private static void removeStaleTemps(Path dir, String name) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "." + glob(name) + "*" + TEMP_SUFFIX)) {
            for (Path p : entries) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    deleteQuietly(p);
                }
            }
        }
    }

    private static void requireNotFolder(Path target) throws IOException {
        if (Files.isDirectory(target)) {
            throw new FileSystemException(target.toString(), null, "is a folder; give a file name");
        }
    }

    /** Temporary files are created owner-only (0600); an output file is for everyone to read, like any other. */
    private static void readableByAll(Path tmp) throws IOException {
        if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteFolderQuietly(Path dir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                deleteQuietly(p);
            }
        } catch (IOException ignored) {
            // best effort, as below
        }
        deleteQuietly(dir);
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // the temporary file is hidden and harmless; the original error matters more
            }
        }
    }
}
