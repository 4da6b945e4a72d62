package io.spokes.cli;

import io.spokes.core.SpokesVersion;
import io.spokes.core.crisis.CrisisResult;
import io.spokes.core.domain.Scenario;
import io.spokes.io.result.TextTable;

import java.util.List;

import static io.spokes.io.result.TextTable.number;

/** The human-readable form of one crisis result. */
final class CrisisTable {
    private CrisisTable() {
    }

    static String render(Scenario scenario, CrisisResult r) {
        StringBuilder b = new StringBuilder();
        b.append(scenario.title()).append(" (").append(scenario.year()).append(")\n");
        b.append("Crisis: ").append(r.crisis().label()).append("  [challenger ").append(r.crisis().challenger())
                .append(", target ").append(r.crisis().target()).append("]\n");
        if (!r.transforms().isEmpty()) {
            b.append("Transforms: ").append(String.join(", ", r.transforms())).append('\n');
        }
        b.append('\n');
        TextTable head = new TextTable(List.of("measure", "value"));
        head.row(List.of("deterrence", number(r.deterrence())));
        head.row(List.of("p_challenge", number(r.pChallenge())));
        head.row(List.of("p_resist", number(r.pResist())));
        head.row(List.of("p_war", number(r.pWar())));
        head.row(List.of("p_challenge per year", number(r.pChallengeYear())));
        head.row(List.of("p_war per year", number(r.pWarYear())));
        head.row(List.of("expected p (defenders win)", number(r.expectations().ep())));
        head.row(List.of("hub", r.hub() == null ? "-" : r.hub()));
        head.row(List.of("hub abandonment", number(r.hubAbandonment().orElse(Double.NaN))));
        head.row(List.of("coordination weight w", number(r.coordinationWeight())));
        head.row(List.of("deterrence, upper / lower equilibrium",
                number(r.upperHeadline().deterrence()) + " / " + number(r.lowerHeadline().deterrence())));
        b.append(head.render()).append('\n');

        TextTable c = new TextTable(List.of("state", "side", "obligation", "affinity", "interest", "beta", "k*", "q",
                "abandonment", "entanglement", "entrapment", "burden share", "exp. war cost"));
        c.row(List.of(r.target().state(), "target", "-", "1.0000", "1.0000", "-", number(r.target().threshold()), "-", "-",
                "-", "-", number(r.target().burdenShare()), number(r.target().expectedWarCost())));
        c.row(List.of(r.challenger().state(), "challenger", "-", "1.0000", "1.0000", "-", "-", "-", "-", "-", "-",
                number(r.challenger().burdenShare()), "-"));
        for (CrisisResult.Candidate k : r.candidates()) {
            c.row(List.of(k.state(), k.side().code(), k.obligation().code(), number(k.affinity()), number(k.interest()),
                    number(k.beta()), number(k.threshold()), number(k.q()), number(k.abandonment().orElse(Double.NaN)),
                    number(k.entanglement()), number(k.entrapment()), number(k.burdenShare()), number(k.expectedWarCost())));
        }
        b.append(c.render()).append('\n');
        b.append(String.format(java.util.Locale.ROOT, "Equilibria: upper %s in %d iterations, lower %s in %d iterations; %s; w = %s (%s)%n",
                r.upper().converged() ? "converged" : "NOT converged", r.upper().iterations(),
                r.lower().converged() ? "converged" : "NOT converged", r.lower().iterations(),
                r.unique() ? "they coincide" : "they differ", number(r.coordinationWeight()), r.selectionRule()));
        b.append("Region: ").append(r.region() == null ? "-" : r.region().code()).append("; projection ").append(r.projection()).append('\n');
        b.append("Expectations: ").append(r.method());
        if (r.draws() > 0) {
            b.append(String.format(java.util.Locale.ROOT, " (%d draws; s.e. of Ep %.2g, of deterrence %.2g)", r.draws(),
                    r.expectations().seEp(), r.expectations().seDeterrence()));
        }
        b.append('\n');
        b.append("Seed ").append(r.seed()).append(", spokes ").append(SpokesVersion.VERSION).append(", model ")
                .append(SpokesVersion.MODEL).append('\n');
        return b.toString();
    }
}
