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
import java.util.HashSet;
import java.util.List;

/**
 * Collaboration among spokes ("collective bargaining with the hub"): the spoke signs a
 * consultation (or defense) pact with every other spoke of its hub, or with the partners it names
 * ({@code collaboration(KOR; with=JPN+AUS)}, issue #12), with intelligence sharing ({@code iota}
 * up one step both ways). Named partners may be any other states of the scenario, since a spoke
 * may seek partners outside its hub's system; they are checked when applied, against the scenario.
 *
 * @param partners the states named with {@code with=}, in order; empty for every other spoke
 */
public record Collaboration(String spoke, Obligation obligation, List<String> partners) implements ScenarioTransform {

    public Collaboration {
        if (obligation != Obligation.CONSULTATION && obligation != Obligation.DEFENSE) {
            throw new FieldException("obligation", "collaboration is by consultation or defense, got " + obligation.code());
        }
        partners = List.copyOf(partners == null ? List.of() : partners);
        if (new HashSet<>(partners).size() != partners.size()) {
            throw new FieldException("with", "a partner is named twice in with=" + String.join("+", partners));
        }
        if (partners.contains(spoke)) {
            throw new FieldException("with", spoke + " cannot collaborate with itself; name other states in with=");
        }
    }

    public Collaboration(String spoke, Obligation obligation) {
        this(spoke, obligation, List.of());
    }

    public Collaboration(String spoke) {
        this(spoke, Obligation.CONSULTATION);
    }

    @Override
    public String label() {
        return "collaboration(" + spoke + (obligation == Obligation.DEFENSE ? ", defense" : "")
                + (partners.isEmpty() ? "" : "; with=" + String.join("+", partners)) + ")";
    }

    /** The states the spoke signs with: the named partners, else the hub's other spokes. */
    private List<String> partnersIn(Scenario scenario) {
        HubSystem system = HubSystem.ofSpoke(scenario, spoke);
        if (partners.isEmpty()) {
            return system.spokes().stream().filter(other -> !other.equals(spoke)).toList();
        }
        for (String p : partners) {
            if (scenario.state(p).isEmpty()) {
                throw new FieldException("with", "unknown partner " + FieldException.quote(p) + " in " + label()
                        + "; the scenario has " + String.join(", ", scenario.stateIds()));
            }
        }
        return partners;
    }

    @Override
    public Scenario apply(Scenario scenario) {
        List<String> with = partnersIn(scenario);
        double step = scenario.parameters().get(Parameter.IOTA_STEP);
        List<Amendment> amendments = new ArrayList<>();
        for (String other : with) {
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
