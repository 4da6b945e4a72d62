"""Face-validity properties of model v2 on seeded random worlds, computed by the oracle.

Run from the repository root:
    python3 spokes-core/src/test/oracle/v2/properties.py            # counts, and rewrites the fixture
    python3 spokes-core/src/test/oracle/v2/properties.py --explain  # also prints every reversal

Writes spokes-core/src/test/resources/oracle-v2/property-worlds.json: the worlds (seeds SEED0 ..
SEED0+COUNT-1, worlds.random_world with at most 7 states) and, for each equilibrium property, the
number of reversals the oracle finds on them. FaceValidityTest runs the engine on the same worlds,
makes the same changes and asserts the same counts (a regression guard; V2.md "Properties").

Changes, each "all else equal":
  lower  - a candidate's capability x 0.5: its intervention probability q_j (the reported mixture)
           must not rise;
  raise  - the target's capability x 1.5: P_resist must not fall;
  nuke   - the target made nuclear (when it is not): P_challenge must not rise.
A reversal is a change beyond 1e-9.
"""

import copy
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import spokes_v2 as model  # noqa: E402
import worlds  # noqa: E402

SEED0 = 1000
COUNT = 120
EPS = 1e-9
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "resources", "oracle-v2", "property-worlds.json"))


def with_state(world, sid, **changes):
    w = copy.deepcopy(world)
    for s in w["states"]:
        if s["id"] == sid:
            s.update(changes)
    return w


def state(world, sid):
    return next(s for s in world["states"] if s["id"] == sid)


def hubs(world):
    return model.Network(world).hub_of


def check_world(world, explain=False):
    """Reversal records [(property, crisis index, state, before, after, cause)]."""
    out = []
    base = model.solve_world(world)
    for ci, r in enumerate(base):
        crisis = world["crises"][ci]
        for c in r["candidates"]:
            j = c["state"]
            w2 = with_state(world, j, capability=state(world, j)["capability"] * 0.5)
            r2 = model.solve(w2, crisis)
            after = next(x for x in r2["candidates"] if x["state"] == j)["q"]
            if after > c["q"] + EPS:
                out.append(("lower", ci, j, c["q"], after, cause(world, w2, r, r2)))
        T = r["target"]
        w2 = with_state(world, T, capability=state(world, T)["capability"] * 1.5)
        r2 = model.solve(w2, crisis)
        if r2["p_resist"] < r["p_resist"] - EPS:
            out.append(("raise", ci, T, r["p_resist"], r2["p_resist"], cause(world, w2, r, r2)))
        if not state(world, T)["nuclear"]:
            w2 = with_state(world, T, nuclear=True)
            r2 = model.solve(w2, crisis)
            if r2["p_challenge"] > r["p_challenge"] + EPS:
                out.append(("nuke", ci, T, r["p_challenge"], r2["p_challenge"], cause(world, w2, r, r2)))
    return out


def cause(w1, w2, r1, r2):
    if hubs(w1) != hubs(w2):
        return "hub system changed"
    if r1["equilibria_differ"] or r2["equilibria_differ"]:
        return "two fixed points"
    return "strategic (others' q)"


def property_worlds():
    return [worlds.random_world(random.Random(SEED0 + i), "p%03d" % i, max_states=7) for i in range(COUNT)]


def main():
    explain = "--explain" in sys.argv
    ws = property_worlds()
    counts = {"lower": 0, "raise": 0, "nuke": 0}
    causes = {}
    examples = []
    for i, w in enumerate(ws):
        for rec in check_world(w):
            counts[rec[0]] += 1
            causes[(rec[0], rec[5])] = causes.get((rec[0], rec[5]), 0) + 1
            examples.append((i,) + rec)
            if explain:
                print("world p%03d %s crisis %d %s: %.12g -> %.12g (%s)" % ((i,) + rec))
    nonconv = sum(1 for w in ws for r in model.solve_world(w) if not (r["upper"]["converged"] and r["lower"]["converged"]))
    print("worlds", len(ws), "crises", sum(len(w["crises"]) for w in ws), "non-converged", nonconv)
    print("reversals", counts)
    for k, v in sorted(causes.items()):
        print("  ", k, v)
    doc = {"seed0": SEED0, "count": COUNT, "eps": EPS, "reversals": counts,
           "reversal_list": [{"world": e[0], "property": e[1], "crisis": e[2], "state": e[3], "before": e[4],
                              "after": e[5], "cause": e[6]} for e in examples],
           "worlds": ws}
    with open(OUT, "w") as f:
        json.dump(doc, f, separators=(",", ":"))
        f.write("\n")
    print("wrote", OUT, os.path.getsize(OUT), "bytes")


if __name__ == "__main__" and "--structural" not in sys.argv:
    main()


def structural_checks(ws, readings=None, record=None):
    """The properties that hold by construction, checked by the oracle on the same worlds
    (FaceValidityTest asserts them on the engine): an obligation whose conditions exclude the crisis
    changes nothing (lambda_dep 0), a new protégé never lowers beta (lambda_dep 0), entanglement and
    entrapment never both non-zero, and, without dependence, a weaker candidate never fights more.
    Returns the number of violations of each."""
    bad = {"excluded": 0, "protege": 0, "both": 0, "lower_nodep": 0}
    for w0 in ws:
        w = copy.deepcopy(w0)
        w["parameters"]["lambda_dep"] = 0.0
        for ci, crisis in enumerate(w["crises"]):
            base = model.solve(w, crisis, readings)
            region = base["region"]
            C, T = crisis["challenger"], crisis["target"]
            for c in model.solve(w0, crisis)["candidates"]:
                if c["entanglement"] != 0 and c["entrapment"] != 0:
                    bad["both"] += 1
            for c in base["candidates"]:
                j = c["state"]
                w2 = with_state(w, j, capability=state(w, j)["capability"] * 0.5)
                after = next(x for x in model.solve(w2, crisis)["candidates"] if x["state"] == j)["q"]
                if after > c["q"] + EPS:
                    bad["lower_nodep"] += 1
                for t in w["states"]:
                    if t["id"] in (j, C, T):
                        continue
                    w2 = copy.deepcopy(w)
                    w2["treaties"].append(_treaty("P", j, ["defense"], {}, t["id"]))
                    b2 = next(x for x in model.solve(w2, crisis)["candidates"] if x["state"] == j)["beta"]
                    if b2 < c["beta"] - 1e-12:
                        bad["protege"] += 1
            for s in w["states"]:
                j = s["id"]
                if j in (C, T):
                    continue
                elsewhere = [r for r in worlds.REGIONS if r != region]
                for protege, obl, cond in ((T, "defense", {"regions": elsewhere}), (T, "defense", {"adversaries": [j]}),
                                           (T, "defense", {"conflicts": ["no crisis has this label"], "conflict_specific": True}),
                                           (C, "offense", {"non_provocation": True}), (C, "defense", {})):
                    w2 = copy.deepcopy(w)
                    w2["treaties"].append(_treaty("X", j, [obl], {obl: cond} if cond else {}, protege))
                    r2 = model.solve(w2, crisis, readings)
                    same = [x["state"] for x in r2["candidates"]] == [x["state"] for x in base["candidates"]]
                    for a, b in zip(base["candidates"], r2["candidates"]):
                        same = same and a["obligation"] == b["obligation"] and a["obligated"] == b["obligated"] \
                            and abs(a["beta"] - b["beta"]) <= 1e-12 and abs(a["q"] - b["q"]) <= 1e-12
                    same = same and abs(base["p_resist"] - r2["p_resist"]) <= 1e-12 and abs(base["p_challenge"] - r2["p_challenge"]) <= 1e-12
                    if not same:
                        bad["excluded"] += 1
                        if record is not None:
                            record.append((ws.index(w0), ci, j, protege, obl, cond))
    return bad


def _treaty(tid, j, obligations, conditions, other):
    return {"id": tid, "members": [{"state": j, "obligations": obligations, "conditions": conditions},
                                   {"state": other, "obligations": ["none"], "conditions": {}}],
            "institutions": {}, "consultation_mechanism": False, "milinst": None, "iota": None,
            "signed": 1990, "ended": None}


if __name__ == "__main__" and "--structural" in sys.argv:
    print("violations", structural_checks(property_worlds()))
    rec = []
    print("with the engine's count of opposing states (general affinities):",
          structural_checks(property_worlds(), {"opposing_count": "general_affinity"}, rec))
    for x in rec:
        print("  world p%03d crisis %d: %s owes %s %s with conditions %s" % x)
