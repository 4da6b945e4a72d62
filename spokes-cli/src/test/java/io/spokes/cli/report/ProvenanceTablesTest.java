package io.spokes.cli.report;

import io.spokes.core.domain.Amendment;
import io.spokes.core.domain.Membership;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.Treaty;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

    @Test
    void anAddressedObligationSaysToWhom() {
        Scenario base = ReportFixture.scenario();
        Treaty t = base.treaties().get(0);
        List<Membership> members = new ArrayList<>(t.members());
        Membership first = members.get(0);
        String other = members.get(1).state();
        members.set(0, first.withAddressees(first.tieObligation(), Set.of(other)));
        Scenario s = base.amended("test", List.of(new Amendment.AddTreaty(t.toBuilder().id("PLEDGE").members(members).build(), "test")));
        assertThat(ProvenanceTables.treaties(s)).contains("<strong>" + first.state() + "</strong>: " + first.tieObligation().code() + " to " + other);
    }
}
