package io.spokes.data.table;

import io.spokes.data.source.DataFiles;
import io.spokes.io.InputException;
import io.spokes.io.csv.CsvReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A raw CSV file read whole and checked against its {@link Layout}: the header must match column
 * for column, every row must have every column, and the row count must be the release's. Parsing
 * is Spokes' one CSV reader ({@link CsvReader}); this class only adds the checks.
 */
public final class RawTable {
    private final List<RawRow> rows;

    private RawTable(List<RawRow> rows) {
        this.rows = rows;
    }

    public List<RawRow> rows() {
        return rows;
    }

    public static RawTable read(DataFiles files, Layout layout) {
        String name = files.describe(layout.fileName());
        try (InputStream in = files.open(layout.fileName());
             Reader reader = new InputStreamReader(in, layout.charset())) {
            return parse(name, reader, layout);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** Reads from {@code reader}; {@code name} is the file name used in messages. */
    public static RawTable parse(String name, Reader reader, Layout layout) throws IOException {
        Map<String, Integer> positions = layout.positions();
        List<RawRow> rows = new ArrayList<>(Math.max(16, layout.rows()));
        int lastLine = 0;
        boolean header = true;
        try (CsvReader csv = CsvReader.of(reader)) {
            List<String> values;
            while ((values = csv.next()) != null) {
                lastLine = csv.line();
                if (header) {
                    checkHeader(name, values, layout);
                    header = false;
                } else {
                    rows.add(row(name, lastLine, values, layout, positions));
                }
            }
        } catch (CsvReader.Malformed e) {
            // The line where the broken row starts (an unclosed quote is found only at the end of the file).
            throw new InputException(name, e.line(), 0, "", "not valid CSV (" + e.problem()
                    + "); the file may be truncated or damaged: replace it with the " + layout.release() + " file");
        }
        if (header) {
            throw new InputException(name, 1, 0, "", "the file is empty; expected the " + layout.release() + " file");
        }
        if (layout.rows() > 0 && rows.size() != layout.rows()) {
            String what = rows.size() < layout.rows() ? "is truncated or" : "has extra rows or";
            throw new InputException(name, lastLine + 1, 1, "", "has " + rows.size() + " data rows but " + layout.release()
                    + " has " + layout.rows() + ": the file " + what + " is another release");
        }
        return new RawTable(rows);
    }

    private static void checkHeader(String name, List<String> header, Layout layout) {
        List<String> want = layout.columns();
        for (int i = 0; i < Math.max(header.size(), want.size()); i++) {
            String found = i < header.size() ? header.get(i).trim() : null;
            String expected = i < want.size() ? want.get(i) : null;
            if (found == null) {
                throw new InputException(name, 1, i + 1, "", "the header ends after " + header.size() + " columns, but "
                        + layout.release() + " has " + want.size() + " (next: '" + expected + "'); is this the right file?");
            }
            if (expected == null) {
                throw new InputException(name, 1, i + 1, "", "unexpected extra column '" + found + "': " + layout.release()
                        + " has " + want.size() + " columns; is this another release?");
            }
            if (!found.equals(expected)) {
                throw new InputException(name, 1, i + 1, "", "expected column '" + expected + "' here, found '" + found
                        + "': the columns are reordered or this is not the " + layout.release() + " file");
            }
        }
    }

    private static RawRow row(String name, int line, List<String> values, Layout layout, Map<String, Integer> positions) {
        int expected = layout.columns().size();
        if (values.size() == 1 && values.get(0).isBlank()) {
            throw new InputException(name, line, 1, "", "empty line inside the data; remove it or restore the missing row");
        }
        if (values.size() < expected) {
            throw new InputException(name, line, values.size() + 1, layout.columns().get(values.size()),
                    "the row ends after " + values.size() + " of " + expected + " columns; the file looks truncated");
        }
        if (values.size() > expected) {
            throw new InputException(name, line, expected + 1, "", "the row has " + values.size() + " columns but the header has "
                    + expected + "; a value may contain an unquoted comma");
        }
        return new RawRow(name, line, values.toArray(new String[0]), positions);
    }
}
