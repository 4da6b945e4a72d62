"""Writes the oracle-v2 fixtures: 40 random worlds (seed 20260909), two designed worlds with two
distinct fixed points, and every measure of every crisis.

Run from the repository root:  python3 spokes-core/src/test/oracle/v2/generate_fixtures.py
Output: spokes-core/src/test/resources/oracle-v2/world-NN.json ({"world", "ties", "results"}).
A world is redrawn (next sub-seed) while some crisis fails to converge or has more than 10 candidates.
Each result lists under "reading_sensitive" the alternative readings of V2.md (spokes_v2.READINGS)
that change any of its numbers by more than 1e-12.
"""

import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import spokes_v2 as model  # noqa: E402
import worlds  # noqa: E402

SEED = 20260909
COUNT = 40
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "resources", "oracle-v2"))


def numbers(x, path=""):
    """Flattens a result into {path: number} for comparing readings."""
    out = {}
    if isinstance(x, dict):
        for k, v in x.items():
            out.update(numbers(v, path + "." + str(k)))
    elif isinstance(x, list):
        for i, v in enumerate(x):
            out.update(numbers(v, path + "[" + str(i) + "]"))
    elif isinstance(x, bool) or x is None or isinstance(x, str):
        out[path] = x
    else:
        out[path] = float(x)
    return out


def differs(a, b):
    fa, fb = numbers(a), numbers(b)
    if fa.keys() != fb.keys():
        return True
    for k in fa:
        x, y = fa[k], fb[k]
        if isinstance(x, float) and isinstance(y, float):
            if abs(x - y) > 1e-12:
                return True
        elif x != y:
            return True
    return False


def ties_of(world):
    net = model.Network(world)
    out = []
    for (j, t), tie in sorted(net.ties.items()):
        out.append({"from": j, "to": t, "obligations": tie["obl"], "iota": tie["iota"], "pledge": tie["pledge"],
                    "umbrella": tie["umbrella"]})
    return out


def solve_checked(world):
    results = model.solve_world(world)
    for r, crisis in zip(results, world["crises"]):
        if not (r["upper"]["converged"] and r["lower"]["converged"]):
            return None
        if len(r["candidates"]) > 10:
            return None
        sens = []
        for key, alts in model.READINGS.items():
            for alt in alts[1:]:
                other = model.solve(world, crisis, {key: alt})
                if differs(r, other):
                    sens.append(key + "=" + alt)
        r["reading_sensitive"] = sens
    return results


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = random.Random(SEED)
    total = 0
    for i in range(1, COUNT + 3):
        while True:
            if i > COUNT:  # two designed worlds whose fixed points differ (worlds.coordination_world)
                world = worlds.coordination_world("world-%02d" % i, i == COUNT + 2)
            else:
                world = worlds.random_world(rng, "world-%02d" % i)
            results = solve_checked(world)
            if results is not None:
                break
        doc = {"world": world, "ties": ties_of(world), "results": results}
        path = os.path.join(OUT, "world-%02d.json" % i)
        with open(path, "w") as f:
            json.dump(doc, f, separators=(",", ":"), sort_keys=False)
            f.write("\n")
        total += os.path.getsize(path)
        sens = sum(1 for r in results if r["reading_sensitive"])
        print("world-%02d: %d states, %d treaties, crises %s, reading-sensitive %d" % (
            i, len(world["states"]), len(world["treaties"]),
            [len(r["candidates"]) for r in results], sens))
    print("total %d bytes" % total)


if __name__ == "__main__":
    main()
