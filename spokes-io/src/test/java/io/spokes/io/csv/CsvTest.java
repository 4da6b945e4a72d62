package io.spokes.io.csv;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RFC 4180 quoting of {@link CsvWriter} and parsing of {@link CsvReader}; expected texts follow RFC 4180 section 2. */
class CsvTest {

    private static String write(List<List<String>> rows) throws IOException {
        StringWriter s = new StringWriter();
        try (CsvWriter w = CsvWriter.to(s)) {
            for (List<String> r : rows) {
                w.row(r);
            }
        }
        return s.toString();
    }

    private static List<List<String>> read(String text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader r = CsvReader.of(new StringReader(text))) {
            List<String> f;
            while ((f = r.next()) != null) {
                rows.add(f);
            }
        }
        return rows;
    }

    private static String cell(String s) throws IOException {
        return write(List.of(List.of(s)));
    }

    @Test
    void quotesOnlyCommaQuoteCrAndLf() throws IOException {
        assertThat(cell("plain")).isEqualTo("plain\n");
        assertThat(cell("a,b")).isEqualTo("\"a,b\"\n");
        assertThat(cell("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"\n");
        assertThat(cell("cr\rhere")).isEqualTo("\"cr\rhere\"\n");
        assertThat(cell("two\nlines")).isEqualTo("\"two\nlines\"\n");
        assertThat(cell("crlf\r\nend")).isEqualTo("\"crlf\r\nend\"\n");
        // Blanks, '#' and other punctuation are data, not syntax: left unquoted.
        assertThat(cell("  padded  ")).isEqualTo("  padded  \n");
        assertThat(cell("#1 (hub); 50% @ x")).isEqualTo("#1 (hub); 50% @ x\n");
        // Formula-like text is not quoted either, but neutralised with a leading ' (CsvInjectionTest).
        assertThat(cell("=SUM(A1)")).isEqualTo("'=SUM(A1)\n");
        assertThat(cell("Côte d’Ivoire 北京 😀")).isEqualTo("Côte d’Ivoire 北京 😀\n");
    }

    @Test
    void missingIsNaAndEmptyIsEmpty() throws IOException {
        StringWriter s = new StringWriter();
        try (CsvWriter w = CsvWriter.to(s)) {
            w.text(null).text("").text("NA").missing().number(Double.NaN).number(Double.POSITIVE_INFINITY).endRow();
        }
        assertThat(s.toString()).isEqualTo("NA,,NA,NA,NA,NA\n");
        assertThat(read(s.toString())).containsExactly(List.of("NA", "", "NA", "NA", "NA", "NA"));
    }

    @Test
    void numbersAreWrittenAsJavaWritesThemAndNeverQuoted() throws IOException {
        StringWriter s = new StringWriter();
        try (CsvWriter w = CsvWriter.to(s)) {
            // 2.0E-3 and 1.0E10 are Double.toString's own forms; -0.5 stays a number (never neutralised as text).
            w.number(-0.5).number(0.002).number(1e10).number(0.1 + 0.2).integer(-42).integer(Long.MAX_VALUE)
                    .numeral("5.1e-7").endRow();
        }
        assertThat(s.toString()).isEqualTo("-0.5,0.002,1.0E10,0.30000000000000004,-42,9223372036854775807,5.1e-7\n");
    }

    @Test
    void aNumeralThatIsNotANumbersTextIsRefusedWhereAssertionsAreOn() {
        // numeral() skips the quoting scan, so free text there would break the table; the tests run with -ea.
        assertThatThrownBy(() -> CsvWriter.to(new StringWriter()).numeral("1,5")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> CsvWriter.to(new StringWriter()).numeral("")).isInstanceOf(AssertionError.class);
    }

    @Test
    void linesEndWithLfAndAnUnfinishedRowIsEndedOnClose() throws IOException {
        StringWriter s = new StringWriter();
        try (CsvWriter w = CsvWriter.to(s)) {
            w.row(List.of("a", "b"));
            w.text("c").integer(1);
        }
        assertThat(s.toString()).isEqualTo("a,b\nc,1\n");
    }

    @Test
    void readsCrlfCrAndLfLineEndsAndAMissingFinalLineEnd() throws IOException {
        assertThat(read("a,b\r\nc,d\re,f\ng,h")).containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"),
                List.of("g", "h"));
    }

    @Test
    void readsCellsExactlyAsWritten() throws IOException {
        assertThat(read(" a , b ,\"\",NA,\"x\"\"y\",\"1,2\"\n")).containsExactly(List.of(" a ", " b ", "", "NA", "x\"y", "1,2"));
        assertThat(read("a\n\nb\n")).containsExactly(List.of("a"), List.of(""), List.of("b"));
    }

    @Test
    void countsTheLineEachRecordStartsOnAcrossQuotedLineBreaks() throws IOException {
        try (CsvReader r = CsvReader.of(new StringReader("h1,h2\n\"two\nlines\",x\n\"crlf\r\nand\rcr\",y\nlast,z\n"))) {
            r.next();
            assertThat(r.line()).isEqualTo(1);
            r.next();
            assertThat(r.line()).isEqualTo(2);
            r.next();
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.next()).containsExactly("last", "z");
            assertThat(r.line()).isEqualTo(7);   // the record before spans lines 4-6: CRLF and CR inside it
            assertThat(r.next()).isNull();
        }
    }

    @Test
    void anUnclosedQuoteIsReportedAtTheLineItStarts() {
        assertThatThrownBy(() -> read("a,b\nc,\"open\nmore\n"))
                .isInstanceOf(CsvReader.Malformed.class)
                .satisfies(e -> assertThat(((CsvReader.Malformed) e).line()).isEqualTo(2));
    }

    @Test
    void roundTripsAwkwardCells() throws IOException {
        List<String> awkward = List.of("", " ", " lead", "trail ", ",", "\"", "\"\"", "\r", "\n", "\r\n", "a,\"b\"\nc",
                "NA", "=1+2", "-0.5", "@x", "é€😀", "#");
        List<List<String>> rows = new ArrayList<>();
        rows.add(awkward);
        Random random = new Random(13);   // fixed seed: random rows of the awkward pieces
        for (int i = 0; i < 200; i++) {
            String[] row = new String[1 + random.nextInt(6)];
            for (int j = 0; j < row.length; j++) {
                row[j] = awkward.get(random.nextInt(awkward.size())) + awkward.get(random.nextInt(awkward.size()));
            }
            // A row of one empty cell is an empty line, which reads back as one empty cell too.
            rows.add(Arrays.asList(row));
        }
        // Every cell reads back as written: the text itself, or with the ' that neutralises a formula-like start.
        List<List<String>> written = rows.stream().map(r -> r.stream().map(CsvWriter::neutralised).toList()).toList();
        assertThat(read(write(rows))).isEqualTo(written);
    }
}
