"""Oracle of ReferenceSolutionTest (spokes-core): a three-candidate crisis solved by spokes_model.py.

Rerun: python3 spokes-core/src/test/oracle/reference_solution.py
"""

from spokes_model import Crisis, State, Treaty, show

STATES = [State("CHA", 2, nuclear=True), State("TAR", 1), State("HUB", 4), State("SPK", 0.5), State("SUP", 1.5)]
TREATIES = [
    Treaty({"HUB": "defense", "TAR": "defense"}, flags={"bases", "intelligence"}),     # HT, iota 0.5
    Treaty({"HUB": "defense", "SPK": "defense"}, iota=0.25),                           # HS
    Treaty({"SPK": "consultation", "TAR": "consultation"}),                            # ST, iota 0
    Treaty({"SUP": "offense", "CHA": "defense"}, flags={"command"}),                   # SC, iota 0.25
]
RIVALRIES = [("TAR", "CHA"), ("SPK", "CHA"), ("HUB", "CHA"), ("SUP", "TAR")]

if __name__ == "__main__":
    r = Crisis(STATES, TREATIES, RIVALRIES, "CHA", "TAR", {"kbar": 0.5})
    print("ReferenceSolutionTest.matchesAnIndependentImplementationOfTheSpec")
    print(f"  candidates {r.N}, defenders {r.D}, supporters {r.S}, obligated {[r.obligated(j) for j in r.N]}")
    print(f"  hub of TAR {r.hub_of('TAR')}, selected {r.selected}, kbar_T {r.kbar['TAR']}, kbar_C {r.kbar['CHA']}")
    print(f"  upper = lower: max |q_upper - q_lower| = {max(abs(r.upper[j] - r.lower[j]) for j in r.N):.1e}")
    for j in r.N:
        print(j)
        show("a", r.affinity(j))
        show("q", r.q[j])
        show("beta", r.betas[j])
        show("k*", r.k[j])
        show("entrapment", r.entrapment[j])
    show("Ep", r.Ep)
    show("Ec_T", r.EcT)
    show("Ec_C", r.EcC)
    show("P_resist", r.p_resist)
    show("P_challenge", r.p_challenge)
