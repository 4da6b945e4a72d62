package io.spokes.io.located;

import io.spokes.io.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The text of an input file (a scenario or an experiment), read with bounds: only a regular file
 * (not a device, FIFO, socket or folder, which could block or never end), at most
 * {@link #MAX_BYTES} bytes, and strict UTF-8, whose first bad byte is reported at its line and
 * column. Every problem is an {@link InputException} naming the file, before anything is parsed.
 */
public final class InputText {
    /**
     * The largest input file, 8 MiB. The bundled scenarios are 10-20 KB; a scenario of every state
     * in the COW system with every ATOP treaty is well under 1 MB; so real files fit many times over,
     * while a wrong file (a log, an image, /dev/zero) is refused at once instead of filling memory.
     * Documented in docs/scenario-format.md and docs/sweeps.md.
     */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    private InputText() {
    }

    /** Reads {@code path}, naming it by its path in errors; {@code what} is "scenario" or "experiment". */
    public static String read(Path path, String what) {
        return read(path, path.toString(), what, MAX_BYTES);
    }

    /**
     * Reads {@code path}, naming it {@code name} in errors, refusing more than {@code limit} bytes.
     * The checks look at the file's attributes before opening it, because opening a FIFO blocks.
     */
    public static String read(Path path, String name, String what, long limit) {
        if (!Files.exists(path)) {
            throw new InputException(name, 0, 0, "", "no such " + what + " file");
        }
        if (Files.isDirectory(path)) {
            throw new InputException(name, 0, 0, "", "is a folder; give the " + what + " file");
        }
        if (!Files.isRegularFile(path)) {
            throw new InputException(name, 0, 0, "", "not a regular file (a device, pipe or socket); give the " + what + " file");
        }
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > limit) {
                throw tooLarge(name, what, size + " bytes", limit);
            }
            // The size can change between the check and the read (or be 0 for a file in /proc), so
            // the read itself stops one byte past the limit.
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            }
        } catch (NoSuchFileException e) {
            throw new InputException(name, 0, 0, "", "no such " + what + " file");
        } catch (AccessDeniedException e) {
            throw new InputException(name, 0, 0, "", "permission denied; the " + what + " file is not readable");
        } catch (IOException e) {
            throw new InputException(name, 0, 0, "", "cannot read the " + what + ": " + e.getMessage());
        }
        if (bytes.length > limit) {
            throw tooLarge(name, what, "more than " + limit + " bytes", limit);
        }
        return decode(name, what, bytes);
    }

    private static InputException tooLarge(String name, String what, String size, long limit) {
        long mib = 1024 * 1024;
        return new InputException(name, 0, 0, "", "the file has " + size + "; a " + what + " file may have at most " + limit
                + " bytes" + (limit % mib == 0 ? " (" + limit / mib + " MiB)" : ""));
    }

    /** Strict UTF-8 (a leading byte-order mark is dropped); the first bad byte is located. */
    static String decode(String name, String what, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw notUtf8(name, what, bytes);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static InputException notUtf8(String name, String what, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true); // stops before the first bad byte
        out.flip();
        int line = 1;
        int column = 1;
        while (out.hasRemaining()) {
            char c = out.get();
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        int bad = bytes[in.position()] & 0xff;
        return new InputException(name, line, column, "", String.format(Locale.ROOT,
                "not UTF-8 text (byte 0x%02x); save the %s as UTF-8", bad, what));
    }
}
