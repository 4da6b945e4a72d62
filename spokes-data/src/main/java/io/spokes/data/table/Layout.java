package io.spokes.data.table;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a raw file of one dataset release looks like: its columns in order and its number of data
 * rows. Readers check a file against its layout first, so that a truncated file, a reordered
 * header or another release of the dataset is reported before any value is used.
 *
 * @param fileName the file's name in data/ (e.g. {@code atop5_1m.csv})
 * @param release  the release, for messages (e.g. {@code ATOP 5.1 member level})
 * @param columns  the header, in order
 * @param rows     the number of data rows of this release, or -1 where it may vary
 * @param charset  the file's encoding
 */
public record Layout(String fileName, String release, List<String> columns, int rows, Charset charset) {
    public Layout {
        if (fileName == null || fileName.isBlank() || release == null || release.isBlank()) {
            throw new IllegalArgumentException("a layout needs the file name and the release it describes");
        }
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("layout of " + fileName + " needs its columns");
        }
        if (rows < -1 || rows == 0) {
            throw new IllegalArgumentException("layout of " + fileName + ": rows must be positive, or -1 when it may vary");
        }
        charset = charset == null ? StandardCharsets.UTF_8 : charset;
    }

    public static Layout of(String fileName, String release, int rows, String... columns) {
        return new Layout(fileName, release, List.of(columns), rows, StandardCharsets.UTF_8);
    }

    /** A layout whose columns are given in pieces, e.g. fixed names then {@link #numbered}. */
    @SafeVarargs
    public static Layout of(String fileName, String release, int rows, List<String>... pieces) {
        List<String> columns = new java.util.ArrayList<>();
        for (List<String> p : pieces) {
            columns.addAll(p);
        }
        return new Layout(fileName, release, columns, rows, StandardCharsets.UTF_8);
    }

    /** {@code prefix1 .. prefixN}, e.g. ATOP's {@code mem1 .. mem59}. */
    public static List<String> numbered(String prefix, int from, int to) {
        List<String> names = new java.util.ArrayList<>();
        for (int i = from; i <= to; i++) {
            names.add(prefix + i);
        }
        return names;
    }

    public Layout withCharset(Charset other) {
        return new Layout(fileName, release, columns, rows, other);
    }

    /** Column name to its 0-based position. */
    Map<String, Integer> positions() {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            at.put(columns.get(i), i);
        }
        return at;
    }
}
