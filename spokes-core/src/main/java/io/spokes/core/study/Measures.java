package io.spokes.core.study;

import io.spokes.core.crisis.CrisisResult;

import java.util.ArrayList;
import java.util.List;

/** Flattens a {@link CrisisResult} into tidy {@link Measure}s, crisis-level first, then per state. */
public final class Measures {
    private Measures() {
    }

    public static List<Measure> of(CrisisResult r) {
        List<Measure> out = new ArrayList<>();
        out.add(new Measure("deterrence", "", r.deterrence()));
        out.add(new Measure("p_challenge", "", r.pChallenge()));
        out.add(new Measure("p_resist", "", r.pResist()));
        out.add(new Measure("p_war", "", r.pWar()));
        out.add(new Measure("expected_p", "", r.expectations().ep()));
        r.hubAbandonment().ifPresent(v -> out.add(new Measure("hub_abandonment", r.hub(), v)));
        out.add(new Measure("equilibria_unique", "", r.unique() ? 1 : 0));
        out.add(new Measure("burden_share", r.target().state(), r.target().burdenShare()));
        out.add(new Measure("expected_war_cost", r.target().state(), r.target().expectedWarCost()));
        out.add(new Measure("burden_share", r.challenger().state(), r.challenger().burdenShare()));
        for (CrisisResult.Candidate c : r.candidates()) {
            out.add(new Measure("intervention", c.state(), c.q()));
            c.abandonment().ifPresent(v -> out.add(new Measure("abandonment", c.state(), v)));
            out.add(new Measure("entrapment", c.state(), c.entrapment()));
            out.add(new Measure("entrapment_unconditional", c.state(), c.entrapmentUnconditional()));
            out.add(new Measure("burden_share", c.state(), c.burdenShare()));
            out.add(new Measure("expected_war_cost", c.state(), c.expectedWarCost()));
        }
        return out;
    }

    /** The names of the crisis-level headline measures, in report order. */
    public static List<String> headline() {
        return List.of("deterrence", "p_challenge", "p_resist", "p_war", "hub_abandonment");
    }
}
