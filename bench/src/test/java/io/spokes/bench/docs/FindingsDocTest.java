package io.spokes.bench.docs;

import io.spokes.bench.Findings;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.State;
import io.spokes.io.scenario.ScenarioReader;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/findings.md against {@link Findings}: its tables are exactly what Findings prints on
 * korea-2023 (rewritten by bench/regenerate-docs.sh), and every number its prose cites is one of
 * those tables' values, a value of the frozen v1 record docs/findings-v1.md, or a capability of the
 * scenario, at the precision cited.
 */
class FindingsDocTest {
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\d.])0\\.\\d{3,}");
    private static final Pattern CELL = Pattern.compile("(?<=\\| )[+-]?\\d+\\.\\d{4}(?= \\|)");

    @Test
    void theTablesAreWhatFindingsComputesAndTheProseCitesThem() throws Exception {
        Scenario korea = ScenarioReader.read(Doc.ROOT.resolve("scenarios/korea-2023.yaml"));
        String tables = Findings.tables(korea);
        Doc doc = Doc.read("docs/findings.md").tail("## Tables", tables);
        doc.save();

        String prose = doc.text().substring(0, doc.text().indexOf("\n## Tables\n"));
        Set<String> known = new HashSet<>();
        // The prose sets v2 values beside v1's, which the frozen record docs/findings-v1.md holds.
        Matcher cell = CELL.matcher(tables + Doc.read("docs/findings-v1.md").text());
        while (cell.find()) {
            BigDecimal v = new BigDecimal(cell.group()).abs();
            for (int digits = 2; digits <= 4; digits++) {
                known.add(v.setScale(digits, RoundingMode.HALF_UP).toPlainString());
            }
        }
        for (State s : korea.states()) {
            for (int digits = 2; digits <= 4; digits++) {
                known.add(BigDecimal.valueOf(s.capability()).setScale(digits, RoundingMode.HALF_UP).toPlainString());
            }
        }
        Matcher cited = DECIMAL.matcher(prose);
        int count = 0;
        while (cited.find()) {
            count++;
            int from = Math.max(0, cited.start() - 60);
            assertThat(known).as("docs/findings.md cites %s (\"...%s...\"), which is no value of the tables nor a capability; "
                    + "run %s and correct the sentence", cited.group(), prose.substring(from, cited.end()).replace('\n', ' '), Doc.REGENERATE)
                    .contains(cited.group());
        }
        assertThat(count).as("numbers cited in the prose").isGreaterThan(10);
        long added = tables.lines().filter(l -> l.matches("\\| [^|]+ \\| [A-Z]{3} \\| (defender|supporter|none) \\|.*")).count();
        doc.figures("yes, weakly, in all (\\d+) cases", Long.toString(added));
    }
}
