"""The worked examples of README.md: equilibrium reversals of two face-validity properties.

Run from the repository root:  python3 spokes-core/src/test/oracle/v2/worked_examples.py
Synthetic states (no data): capabilities are shares chosen to make the mechanism visible.
"""

import copy
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import spokes_v2 as model  # noqa: E402


def state(sid, cow, c):
    return {"id": sid, "cow": cow, "capability": c, "nuclear": False, "capital": None, "ideal_point": None}


def treaty(tid, a, b):
    """a owes b defense; b owes nothing; no institutions (iota 0)."""
    return {"id": tid, "members": [{"state": a, "obligations": ["defense"], "conditions": {}},
                                   {"state": b, "obligations": ["none"], "conditions": {}}],
            "institutions": {}, "consultation_mechanism": False, "milinst": None, "iota": None,
            "signed": 1990, "ended": None}


# A: a stronger target crowds out its only defender (no other candidate: the defender's own best response).
TARGET = {"year": 2000, "states": [state("TGT", 732, 0.18), state("CHL", 710, 0.17), state("DEF", 2, 0.33)],
          "treaties": [treaty("DT", "DEF", "TGT")], "rivalries": [], "affinities": [], "hub": None, "spokes": [],
          "parameters": {"gamma": 2.0, "sigma_k": 0.1, "kbar": 0.7, "projection": 0},
          "crises": [{"challenger": "CHL", "target": "TGT", "label": "A"}]}

# B: a weaker spoke fights more because its hub fights more (dependence x q_H, A8).
SPOKE = {"year": 2000, "states": [state("TGT", 732, 0.10), state("CHL", 710, 0.30), state("HUB", 2, 0.30), state("SPK", 740, 0.10)],
         "treaties": [treaty("HT", "HUB", "TGT"), treaty("HS", "HUB", "SPK")],
         "rivalries": [["SPK", "CHL"], ["TGT", "CHL"]], "affinities": [], "hub": None, "spokes": [],
         "parameters": {"kbar": 0.5, "lambda_dep": 0.8, "projection": 0},
         "crises": [{"challenger": "CHL", "target": "TGT", "label": "B"}]}


def with_capability(world, sid, c):
    w = copy.deepcopy(world)
    for s in w["states"]:
        if s["id"] == sid:
            s["capability"] = c
    return w


def main():
    print("A: target TGT's capability 0.18 -> 0.27 (gamma 2, sigma_k 0.1, kbar 0.7, one defender DEF)")
    for c in (0.18, 0.27):
        r = model.solve_world(with_capability(TARGET, "TGT", c))[0]
        d = r["candidates"][0]
        print("  c_T = %.2f: DEF a = %.17g, beta = %.17g, k* = %.17g, q = %.17g; E_p = %.17g, P_resist = %.17g, P_challenge = %.17g"
              % (c, d["affinity"], d["beta"], d["threshold"], d["q"], r["ep"], r["p_resist"], r["p_challenge"]))
    print("B: spoke SPK's capability 0.10 -> 0.05 (kbar 0.5, lambda_dep 0.8, other parameters default, hub HUB)")
    for c in (0.10, 0.05):
        w = with_capability(SPOKE, "SPK", c)
        net = model.Network(w)
        r = model.solve_world(w)[0]
        cs = {x["state"]: x for x in r["candidates"]}
        print("  c_SPK = %.2f: hubs %s, Dep_SPK = %.17g; HUB q = %.17g, beta = %.17g; SPK q = %.17g, beta = %.17g, k* = %.17g; P_resist = %.17g"
              % (c, net.hub_of, net.dependence("SPK"), cs["HUB"]["q"], cs["HUB"]["beta"], cs["SPK"]["q"], cs["SPK"]["beta"],
                 cs["SPK"]["threshold"], r["p_resist"]))


if __name__ == "__main__":
    main()
