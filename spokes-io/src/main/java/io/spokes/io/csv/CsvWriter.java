package io.spokes.io.csv;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a CSV table, one cell at a time: every CSV file, part and download Spokes writes goes
 * through this class (and is read back with {@link CsvReader}).
 *
 * <p>Format: RFC 4180 fields, quoted only when they hold a comma, a double quote, a CR or an LF
 * (quotes doubled inside); lines end with LF, as every Spokes table always has (R, pandas and
 * Spark read both); a missing value is {@code NA}, as R writes it. Leading and trailing blanks are
 * kept as written, unquoted.
 *
 * <p>Built on Jackson's streaming {@link CsvGenerator} (jackson-dataformat-csv): Jackson is already
 * Spokes' JSON and YAML library and its CSV parser already read the datasets, so one library covers
 * every format; with {@link CsvGenerator.Feature#STRICT_CHECK_FOR_QUOTING} its quoting is exactly
 * the minimal RFC 4180 rule above, where Apache Commons CSV's minimal mode would also quote fields
 * that start with a blank or {@code #} and so change existing outputs. Only the streaming factory
 * is used, never a {@code CsvMapper}, so no data binding is loaded.
 *
 * <p>Cells are typed by the method that writes them: {@link #text} for words (names, labels,
 * versions), {@link #number}, {@link #integer} and {@link #numeral} for numbers. Only text cells
 * can carry something a spreadsheet would run as a formula, so neutralising cells that start with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a CR (issue #14) is done in {@link #text}
 * alone ({@link #neutralised}), and can never touch a number such as {@code -0.5}. Numbers are formatted by Spokes,
 * not by Jackson: {@link Double#toString(double)}, which on Java 17 can differ from Jackson's
 * shortest-digits writer, and the existing files were written with it.
 */
public final class CsvWriter implements Closeable {
    /** How a missing value is written. */
    public static final String MISSING = "NA";
    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final CsvSchema LF = CsvSchema.emptySchema().withLineSeparator("\n");

    private final CsvGenerator out;
    private boolean inRow;

    private CsvWriter(CsvGenerator out) {
        this.out = out;
    }

    /** A table written to {@code out}; closing the table flushes {@code out} but leaves it open. */
    public static CsvWriter to(Writer out) {
        try {
            CsvGenerator g = FACTORY.createGenerator(out);
            g.setSchema(LF);
            return new CsvWriter(g);
        } catch (IOException e) {
            throw new IllegalStateException("Jackson could not start a CSV table: " + e.getMessage(), e);
        }
    }

    /** A whole row of text cells, e.g. the header. */
    public CsvWriter row(List<String> texts) throws IOException {
        for (String t : texts) {
            text(t);
        }
        return endRow();
    }

    /**
     * A text cell, quoted where RFC 4180 needs it; null is written as {@link #MISSING}. A text that
     * a spreadsheet would run as a formula is written with a single quote in front
     * ({@link #neutralised}).
     */
    public CsvWriter text(String s) throws IOException {
        start();
        if (s == null) {
            out.writeRawValue(MISSING);
        } else {
            out.writeString(neutralised(s));
        }
        return this;
    }

    /**
     * CSV injection (OWASP, "CSV Injection"): Excel, LibreOffice and Google Sheets run a cell that
     * starts with {@code =}, {@code +}, {@code -} or {@code @} as a formula (and a leading tab or CR
     * can hide such a start), so a state name, crisis label or variant name from a scenario could
     * compute, fetch or run something when a results table is opened. Such a text is written
     * with a single quote in front ({@code '=HYPERLINK(…)}), which spreadsheets show as text and
     * R or pandas read as a plain string; a text that is a plain decimal number ({@code -0.5},
     * {@code +3}, {@code -1e-3}) is a value, not a formula, and stays as it is. Numbers written with
     * {@link #number}, {@link #integer} or {@link #numeral} never pass here. Spokes' own text
     * cells (measure names, codes, versions, the bundled scenarios' labels) never start with these
     * characters, so its outputs are unchanged; this applies to every CSV it writes.
     */
    static String neutralised(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        boolean formula = c == '=' || c == '@' || c == '\t' || c == '\r'
                || ((c == '+' || c == '-') && !PLAIN_NUMBER.matcher(s).matches());
        return formula ? "'" + s : s;
    }

    private static final java.util.regex.Pattern PLAIN_NUMBER =
            java.util.regex.Pattern.compile("[+-](\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** A number as {@link Double#toString(double)} writes it (shortest text that reads back the same); NA if not finite. */
    public CsvWriter number(double v) throws IOException {
        return numeral(Double.isFinite(v) ? Double.toString(v) : MISSING);
    }

    public CsvWriter integer(long v) throws IOException {
        start();
        out.writeNumber(v);
        return this;
    }

    /**
     * A number the caller has formatted (e.g. R's style, or {@link #MISSING}): written as given,
     * without the scan for characters that need quoting, which took a quarter of the time of the
     * data commands' millions of numeric cells (JFR, {@code spokes data dyads}). It must therefore be
     * a number's text (or {@code NA}), never free text; with assertions on (the tests) that is checked.
     */
    public CsvWriter numeral(String formatted) throws IOException {
        assert isNumeral(formatted) : "not a number's text, write it with text(): " + formatted;
        start();
        out.writeRawValue(formatted);
        return this;
    }

    /** Digits, signs, points, exponents, hexadecimal digits (bit patterns), NA, Infinity/NaN: nothing that needs quoting. */
    private static boolean isNumeral(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '+' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    public CsvWriter missing() throws IOException {
        return numeral(MISSING);
    }

    /** Ends the row: writes its line end. */
    public CsvWriter endRow() throws IOException {
        start();
        out.writeEndArray();
        inRow = false;
        return this;
    }

    /** Passes what is buffered on to the underlying writer. */
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (inRow) {
            endRow();
        }
        out.close();
    }

    private void start() throws IOException {
        if (!inRow) {
            out.writeStartArray();
            inRow = true;
        }
    }
}
