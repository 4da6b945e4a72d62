package io.spokes.io.csv;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV table one record at a time, never the whole table: RFC 4180 fields (quoted commas,
 * doubled quotes and line breaks included), any of LF, CRLF or CR as line ends, cells exactly as
 * written (blanks kept, nothing converted: {@code NA} stays the text {@code NA}). Every CSV Spokes
 * reads, its own tables and the datasets, goes through this class.
 *
 * <p>On Jackson's streaming CSV parser, for the reasons given in {@link CsvWriter}. The line a
 * record starts on is counted here from the records themselves (one line end after each, plus the
 * line breaks inside its quoted fields), because the parser's own locations run ahead of the
 * record it returns.
 */
public final class CsvReader implements Closeable {
    private static final CsvFactory FACTORY = CsvFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

    private final JsonParser in;
    private final Reader source;
    private int nextLine = 1;
    private int line;

    private CsvReader(JsonParser in, Reader source) {
        this.in = in;
        this.source = source;
    }

    /** A table read from {@code in}; closing the table closes {@code in}. */
    public static CsvReader of(Reader in) {
        try {
            return new CsvReader(FACTORY.createParser(in), in);
        } catch (IOException e) {
            throw new IllegalStateException("Jackson could not start a CSV parser: " + e.getMessage(), e);
        }
    }

    /**
     * The next record's cells, or null at the end of the table. An empty line is a record of one
     * empty cell.
     *
     * @throws Malformed where the text is not CSV (e.g. a quote never closed), with the line the record starts on
     */
    public List<String> next() throws IOException {
        try {
            JsonToken t = in.nextToken();
            if (t == null) {
                return null;
            }
            if (t != JsonToken.START_ARRAY) {
                throw new Malformed(nextLine, "expected the start of a record, found " + t);
            }
            List<String> cells = new ArrayList<>();
            int breaks = 0;
            while ((t = in.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw new Malformed(nextLine, "the table ends inside a record");
                }
                String cell = in.getText();
                breaks += lineBreaks(cell);
                cells.add(cell);
            }
            line = nextLine;
            nextLine += 1 + breaks;
            return cells;
        } catch (Malformed e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw new Malformed(nextLine, e.getOriginalMessage());
        }
    }

    /** The line (from 1) on which the record last returned by {@link #next} starts. */
    public int line() {
        return line;
    }

    @Override
    public void close() throws IOException {
        try {
            in.close();
        } finally {
            source.close();
        }
    }

    /** Line ends inside a quoted cell: LF, CRLF or CR each count once. */
    private static int lineBreaks(String cell) {
        int n = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == cell.length() || cell.charAt(i + 1) != '\n')) {
                n++;
            }
        }
        return n;
    }

    /** Text that is not CSV, with the line where the broken record starts. */
    public static final class Malformed extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final String problem;

        Malformed(int line, String problem) {
            super("line " + line + ": not valid CSV (" + problem + ")");
            this.line = line;
            this.problem = problem;
        }

        public int line() {
            return line;
        }

        /** What is wrong, without the line. */
        public String problem() {
            return problem;
        }
    }
}
