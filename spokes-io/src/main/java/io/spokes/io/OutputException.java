package io.spokes.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An output that could not be written where the user asked ({@code --out} to a folder, a
 * read-only place, a path through a file, a full disk): {@code cannot write PATH: REASON}. The
 * place is the user's to change, so the CLI prints it as bad input, one line, exit 2.
 */
public final class OutputException extends UncheckedIOException {
    private static final long serialVersionUID = 1L;
    private final transient Path target;
    private final String reason;

    public OutputException(Path target, String reason, IOException cause) {
        super("cannot write " + target + ": " + reason, cause);
        this.target = target;
        this.reason = reason;
    }

    /** The error for {@code target}, its reason read from {@code e} (never just a bare path). */
    public static OutputException of(Path target, IOException e) {
        return new OutputException(target, reason(target, e), e);
    }

    public Path target() {
        return target;
    }

    public String reason() {
        return reason;
    }

    static String reason(Path target, IOException e) {
        String why;
        if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            why = "no such file or folder";
        } else if (e instanceof NotDirectoryException) {
            why = "not a folder";
        } else if (e instanceof FileAlreadyExistsException) {
            why = "a file is in the way where a folder is needed";
        } else if (e instanceof DirectoryNotEmptyException) {
            why = "is a folder";
        } else if (e instanceof FileSystemException f) {
            why = f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
        } else {
            why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        }
        why = why.isEmpty() ? why : why.substring(0, 1).toLowerCase(Locale.ROOT) + why.substring(1);
        String at = e instanceof FileSystemException f ? place(target, f.getFile()) : null;
        return at == null ? why : why + " (" + at + ")";
    }

    /** The path the system complained about, when it is neither the target nor one of our hidden temporary files. */
    private static String place(Path target, String file) {
        if (file == null) {
            return null;
        }
        Path p = Path.of(file);
        Path name = p.getFileName();
        if (p.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
            return null;
        }
        if (name != null && name.toString().startsWith(".") && name.toString().endsWith(AtomicOutput.TEMP_SUFFIX)) {
            return "in " + (p.getParent() == null ? "." : p.getParent().toString());
        }
        return file;
    }
}
