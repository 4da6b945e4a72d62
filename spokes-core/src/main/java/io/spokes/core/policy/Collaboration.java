package io.spokes.core.policy;

import io.spokes.core.domain.Amendment;
import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Institutions;
import io.spokes.core.domain.Membership;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.Treaty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Collaboration among spokes ("collective bargaining with the hub"): the spoke signs a
 * consultation (or defense) pact with every other spoke of its hub, with intelligence sharing
 * ({@code iota} up one step both ways).
 */
public record Collaboration(String spoke, Obligation obligation) implements ScenarioTransform {

    public Collaboration {
        if (obligation != Obligation.CONSULTATION && obligation != Obligation.DEFENSE) {
            throw new FieldException("obligation", "collaboration is by consultation or defense, got " + obligation.code());
        }
    }

    public Collaboration(String spoke) {
        this(spoke, Obligation.CONSULTATION);
    }

    @Override
    public String label() {
        return "collaboration(" + spoke + (obligation == Obligation.DEFENSE ? ", defense" : "") + ")";
    }

    @Override
    public Scenario apply(Scenario scenario) {
        HubSystem system = HubSystem.ofSpoke(scenario, spoke);
        double step = scenario.parameters().get(Parameter.IOTA_STEP);
        List<Amendment> amendments = new ArrayList<>();
        for (String other : system.spokes()) {
            if (other.equals(spoke)) {
                continue;
            }
            Treaty pact = Treaty.builder().id(spoke + "-" + other + "-collaboration").name("Spoke collaboration " + spoke + "-" + other)
                    .members(List.of(Membership.of(spoke, obligation), Membership.of(other, obligation)))
                    .institutions(new Institutions(false, false, true, false)).iotaOverride(0.0)
                    .signed(LocalDate.of(scenario.year(), 1, 1)).source("Spokes policy 'collaboration' (docs/model.md, section 5.13)").build();
            amendments.add(new Amendment.AddTreaty(pact, label()));
            amendments.add(new Amendment.AdjustTie(spoke, other, step, null, 1.0, label()));
            amendments.add(new Amendment.AdjustTie(other, spoke, step, null, 1.0, label()));
        }
        return scenario.amended(label(), amendments);
    }
}
