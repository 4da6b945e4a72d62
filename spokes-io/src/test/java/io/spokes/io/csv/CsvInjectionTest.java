package io.spokes.io.csv;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV injection (issue 14, item 6): a text cell a spreadsheet would run as a formula is written with
 * a single quote in front, in the one place every Spokes CSV writer goes through
 * ({@link CsvWriter#text}); numbers never change. The writers' own tests check their outputs
 * (TidyCsv through report/crisis/compare and the lab's export, sweep results, indices.csv).
 */
class CsvInjectionTest {
    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+A1", "-A1", "@SUM(A1:A2)", "\tX", "\rX", "=HYPERLINK(\"http://example.com\",\"x\")",
            "-2+3+cmd|' /C calc'!A0", "+", "-", "-0.5x"})
    void aFormulaLikeTextGetsAQuoteInFront(String text) {
        assertThat(CsvWriter.neutralised(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "baseline", "alignment+collaboration", "a=b", "'=1+2", "-0.5", "+3", "-1e-3", "-.5", "+2.", "0.1.0"})
    void anyOtherTextIsUnchanged(String text) {
        assertThat(CsvWriter.neutralised(text)).isSameAs(text);
    }

    @Test
    void numbersAreNeverTouchedAndTextsReadBackWithTheirQuote() throws IOException {
        StringWriter w = new StringWriter();
        try (CsvWriter csv = CsvWriter.to(w)) {
            csv.text("=1+2").text("@x,y").number(-0.5).integer(-3).numeral("-1.0E-4").text("-0.5").endRow();
        }
        assertThat(w.toString()).isEqualTo("'=1+2,\"'@x,y\",-0.5,-3,-1.0E-4,-0.5\n");
        try (CsvReader r = CsvReader.of(new StringReader(w.toString()))) {
            assertThat(r.next()).isEqualTo(List.of("'=1+2", "'@x,y", "-0.5", "-3", "-1.0E-4", "-0.5"));
        }
    }
}
