"""Oracle of SingleCandidateTest (spokes-core): crises with one candidate, solved by spokes_model.py.

With one candidate the expectation over the others' coalition is trivial:
k* = (a s (W(T+j) - W(T)) + beta) / (c_j / X_own)^phi and q = F(k*) (docs/model.md section 5.9).

Rerun: python3 spokes-core/src/test/oracle/single_candidate.py
"""

import math

from spokes_model import Crisis, State, Treaty, show


def guarantor(lambda_defense):
    """CHA challenges TAR; DEF guarantees TAR (command + bases) and PRO (nuclear umbrella)."""
    lam = {"defense": lambda_defense, "offense": 0.5, "consultation": 0.15, "neutrality": 0.05, "nonaggression": 0.0, "none": 0.0}
    return Crisis([State("CHA", 2), State("TAR", 1), State("DEF", 3), State("PRO", 0.5)],
                  [Treaty({"DEF": "defense", "TAR": "none"}, flags={"command", "bases"}),
                   Treaty({"DEF": "defense", "PRO": "none"}, flags={"umbrella"})],
                  [], "CHA", "TAR", {"lambda": lam})


def supporter(obligation, rivals=False):
    """CHA (c=2) challenges TAR (c=1); SUP (c=1.5) owes CHA `obligation` (intelligence sharing), kbar 0.5."""
    if rivals:
        return Crisis([State("CHA", 2), State("TAR", 1), State("SUP", 1.5)], [], [("CHA", "TAR"), ("SUP", "TAR")], "CHA", "TAR")
    return Crisis([State("CHA", 2), State("TAR", 1), State("SUP", 1.5)],
                  [Treaty({"SUP": obligation, "CHA": "none"}, flags={"intelligence"})], [], "CHA", "TAR", {"kbar": 0.5})


def report(title, r, j, target=False):
    print(title)
    show(f"a_{j}", r.affinity(j))
    show(f"beta_{j}", r.betas[j])
    show(f"k*_{j}", r.k[j])
    show(f"q_{j}", r.q[j])
    show(f"abandonment_{j}", 1 - r.q[j])
    show(f"entrapment_{j}", r.entrapment[j])
    show(f"entrapment_{j} * P_war", r.entrapment[j] * r.p_war)
    show(f"burden share_{j}", r.burden[j])
    show(f"expected war cost_{j}", r.expected_cost[j])
    show("Ep", r.Ep)
    show("Ec_T", r.EcT)
    show("Ec_C", r.EcC)
    show("k*_T", r.kT)
    show("z_resist = ln(k*_T / kbar_T) / sigma_k", math.log(r.kT / r.kbar[r.T]) / r.p["sigma_k"])
    show("P_resist", r.p_resist)
    show("P_challenge", r.p_challenge)
    show("burden share_T", r.burden_T)
    show("burden share_C", r.burden_C)
    show("expected war cost_T", r.expected_cost_T)


if __name__ == "__main__":
    report("defenderThresholdMatchesTheSpecFormula", guarantor(0.5), "DEF")
    report("hugeBreachCostMakesInterventionCertain (lambda_defense 1e6)", guarantor(1e6), "DEF")
    hub = Crisis([State("CHA", 2), State("HUB", 3), State("SPK", 1)], [Treaty({"HUB": "defense", "SPK": "defense"})], [], "CHA", "HUB")
    report("dependenceOnAHubThatIsTheTarget", hub, "SPK")
    report("supporterWithADefenseObligationToTheChallengerPaysTheConsultationBreachCost", supporter("defense"), "SUP")
    report("supporterWithAnOffenseObligationPaysTheOffenseBreachCost", supporter("offense"), "SUP")
    report("supporterWhoseAffinityComesOnlyFromASharedRivalHasNoBreachCost", supporter(None, rivals=True), "SUP")
