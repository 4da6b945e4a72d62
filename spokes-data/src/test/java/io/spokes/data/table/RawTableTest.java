package io.spokes.data.table;

import io.spokes.io.InputException;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RawTableTest {
    private static final Layout SMALL = Layout.of("small.csv", "test release", 2, "ccode", "year", "cinc");

    private static RawTable parse(String text, Layout layout) throws IOException {
        return RawTable.parse("small.csv", new StringReader(text), layout);
    }

    @Test
    void readsRowsWithTheirLineNumbersAndMissingValues() throws IOException {
        RawTable t = parse("ccode,year,cinc\r\n2,1816,0.04\r\n20,1920,\r\n", SMALL);
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(1).line()).isEqualTo(3);
        assertThat(t.rows().get(0).number("cinc")).isEqualTo(OptionalDouble.of(0.04));
        assertThat(t.rows().get(1).number("cinc")).isEmpty();
        assertThat(t.rows().get(0).number("cinc", -9)).hasValue(0.04);
    }

    @Test
    void missingCodeMinusNineBecomesMissingNotAValue() throws IOException {
        RawTable t = parse("ccode,year,cinc\n2,1816,-9\n3,1816,-9.0\n", SMALL);
        assertThat(t.rows().get(0).number("cinc", -9)).isEmpty();
        assertThat(t.rows().get(1).number("cinc", -9)).isEmpty();
        assertThat(t.rows().get(0).optionalInteger("cinc", -9)).isEmpty();
    }

    @Test
    void reorderedHeaderNamesTheColumnThatMoved() {
        assertThatThrownBy(() -> parse("year,ccode,cinc\n1816,2,0.1\n1817,2,0.1\n", SMALL))
                .isInstanceOf(InputException.class)
                .hasMessage("small.csv:1:1: expected column 'ccode' here, found 'year': the columns are reordered or this is not the test release file");
    }

    @Test
    void truncatedLastRowNamesLineAndColumn() {
        assertThatThrownBy(() -> parse("ccode,year,cinc\n2,1816,0.1\n2,18", SMALL))
                .isInstanceOf(InputException.class)
                .hasMessage("small.csv:3:3: cinc: the row ends after 2 of 3 columns; the file looks truncated");
    }

    @Test
    void missingRowsAreReportedAsTruncationOrAnotherRelease() {
        assertThatThrownBy(() -> parse("ccode,year,cinc\n2,1816,0.1\n", SMALL))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("small.csv:3:1: has 1 data rows but test release has 2");
    }

    @Test
    void unterminatedQuoteIsACsvErrorWithItsLine() {
        assertThatThrownBy(() -> parse("ccode,year,cinc\n2,1816,0.1\n2,\"1817,0.1\n", SMALL))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("small.csv:3")
                .hasMessageContaining("not valid CSV");
    }

    @Test
    void badValueNamesFileLineColumnAndField() throws IOException {
        RawTable t = parse("ccode,year,cinc\n2,18x6,0.1\n2,1817,0.1\n", SMALL);
        assertThatThrownBy(() -> t.rows().get(0).integer("year"))
                .hasMessage("small.csv:2:2: year: expected a whole number, found '18x6'");
    }

    @Test
    void wrongVersionColumnIsRejected() throws IOException {
        Layout v = Layout.of("v.csv", "ATOP 5.1", 1, "atopid", "version");
        RawTable t = RawTable.parse("v.csv", new StringReader("atopid,version\n1005,5\n"), v);
        assertThatThrownBy(() -> t.rows().get(0).requireVersion("version", 5.1, "ATOP 5.1"))
                .hasMessage("v.csv:2:2: version: this row is from version 5, but the reader is for ATOP 5.1; use the ATOP 5.1 file");
        RawTable ok = RawTable.parse("v.csv", new StringReader("atopid,version\n1005,5.0999999\n"), v);
        ok.rows().get(0).requireVersion("version", 5.1, "ATOP 5.1");
    }

    @Test
    void emptyFileIsReported() {
        assertThatThrownBy(() -> parse("", SMALL)).hasMessage("small.csv:1: the file is empty; expected the test release file");
    }
}
