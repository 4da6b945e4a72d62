package io.spokes.cli.report;

import io.spokes.core.domain.Amendment;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.Treaty;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProvenanceTablesTest {
    @Test
    void listsEveryKindOfAmendmentInItsTable() {
        Scenario base = ReportFixture.scenario();
        Treaty pact = base.treaties().get(0).toBuilder().id("ADDED").name("Added pact").build();
        Scenario s = base.amended("test", List.of(
                new Amendment.AddTreaty(pact, "test"),
                new Amendment.RemoveTie("USA", "JPN", "test"),
                new Amendment.AdjustTie("KOR", "JPN", 0.25, Obligation.CONSULTATION, 1.0, "test"),
                // Before Amendment had a visitor, a bilateralized treaty failed the report with a ClassCastException.
                new Amendment.Bilateralize("US-ROK", "test")));

        assertThat(ProvenanceTables.treaties(s)).contains("<code>ADDED</code>", "added by test");
        assertThat(ProvenanceTables.others(s))
                .contains("remove the tie USA &#8594; JPN (test)")
                .contains("adjust the tie KOR &#8594; JPN: iota +0.25, obligation consultation (test)")
                .contains("dissolve the multilateral machinery of the treaty US-ROK (its ties stay) (test)")
                .doesNotContain("ADDED");
    }
}
