package io.spokes.io.result;

import io.spokes.core.SpokesVersion;
import io.spokes.core.domain.Scenario;
import io.spokes.core.policy.Variant;
import io.spokes.core.study.Comparison;
import io.spokes.core.study.MeasureValue;
import io.spokes.core.study.VariantOutcome;
import io.spokes.io.csv.CsvReader;
import io.spokes.io.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TidyCsvTest {
    private static final long SEED = 7;

    private static List<VariantOutcome> solved() {
        Scenario s = ScenarioReader.read(Path.of("..", "scenarios", "toy-triangle.yaml"));
        return new Comparison(s, SEED).run(List.of(Variant.baseline()), s.crises());
    }

    private static List<List<String>> read(String text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader r = CsvReader.of(new StringReader(text))) {
            for (List<String> f = r.next(); f != null; f = r.next()) {
                rows.add(f);
            }
        }
        return rows;
    }

    @Test
    void readsBackRowForRowWithEveryValue() throws IOException {
        List<VariantOutcome> outcomes = solved();
        StringWriter w = new StringWriter();
        TidyCsv.write(w, "toy, \"quoted\"\r\nname", outcomes, SEED);
        List<List<String>> rows = read(w.toString());
        assertThat(rows.get(0)).isEqualTo(TidyCsv.COLUMNS);
        int i = 1;
        for (VariantOutcome v : outcomes) {
            for (MeasureValue m : v.measures()) {
                List<String> r = rows.get(i++);
                assertThat(r.get(0)).isEqualTo("toy, \"quoted\"\r\nname");
                assertThat(r.get(1)).isEqualTo(v.variant());
                assertThat(r.get(5)).isEqualTo(m.name());
                assertThat(r.get(6)).isEqualTo(m.state() == null ? "NA" : m.state());
                assertThat(r.get(7)).isEqualTo(Double.isFinite(m.value()) ? Double.toString(m.value()) : "NA");
                assertThat(r.get(8)).isEqualTo(Long.toString(SEED));
                assertThat(r.get(9)).isEqualTo(SpokesVersion.VERSION);
            }
        }
        assertThat(rows).hasSize(i);
    }

    @Test
    void quotesACarriageReturnWhichTheOldWriterLeftBare() throws IOException {
        StringWriter w = new StringWriter();
        TidyCsv.write(w, "a\rb", solved(), SEED);
        // Unquoted, a lone CR ends the record for readers that accept CR line ends (Excel, Python's csv).
        String text = w.toString();
        assertThat(text.split("\n\"a\rb\",baseline,", -1)).hasSize((int) text.chars().filter(c -> c == '\n').count());
        assertThat(text.replace("\"a\rb\"", "")).doesNotContain("\r");
    }
}
