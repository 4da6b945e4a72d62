"""Prints what the oracle-v2 fixtures cover (counts of crises and candidates per branch of V2.md)."""
import collections
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.normpath(os.path.join(HERE, "..", "..", "resources", "oracle-v2"))
RANK = ["defense", "offense", "consultation", "neutrality", "nonaggression"]

cnt = collections.Counter()
for f in sorted(glob.glob(os.path.join(FIX, "world-*.json"))):
    d = json.load(open(f))
    w = d["world"]
    st = {s["id"]: s for s in w["states"]}
    if w.get("hub"):
        cnt["worlds with a named hub"] += 1
    if w.get("pledges"):
        cnt["worlds with a pledge"] += 1
    if w.get("affinities"):
        cnt["worlds with overrides"] += 1
    if any(t.get("ended") == 1995 for t in w["treaties"]):
        cnt["worlds with a treaty not in force"] += 1
    for r in d["results"]:
        cnt["crises"] += 1
        if r["reading_sensitive"]:
            cnt["crises sensitive to a reading: " + ",".join(r["reading_sensitive"])] += 1
        cnt["projection " + r["projection"].split(":")[0]] += 1
        cnt["umbrella holder, defenders' side"] += bool(r["umbrella_D"])
        cnt["umbrella holder, challenger's side"] += bool(r["umbrella_S"])
        cnt["nuclear target"] += st[r["target"]]["nuclear"]
        cnt["nuclear challenger"] += st[r["challenger"]]["nuclear"]
        cw = r["coordination_weight"]
        cnt["w = 0" if cw == 0 else "w = 1" if cw == 1 else "0 < w < 1"] += 1
        cnt["equilibria differ"] += r["equilibria_differ"]
        cnt["headline hub abandonment"] += r["hub_abandonment"] is not None
        cnt["no candidates"] += not r["candidates"]
        cnt["challenge_cost 0"] += w["parameters"].get("challenge_cost", 0.2) == 0
        for c in r["candidates"]:
            cnt["candidates " + c["side"]] += 1
            cnt["o* = " + c["obligation"]] += 1
            cnt["entanglement > 0"] += c["entanglement"] > 0
            cnt["entrapment > 0"] += c["entrapment"] > 0
            P = r["target"] if c["side"] == "defender" else r["challenger"]
            t = [x for x in d["ties"] if x["from"] == c["state"] and x["to"] == P]
            owed = [o for o in RANK if t and o in t[0]["obligations"]]
            if owed and c["obligation"] != owed[0]:
                cnt["top obligation excluded by conditions (or by side)"] += 1
for k in sorted(cnt):
    print("%-60s %d" % (k, cnt[k]))
