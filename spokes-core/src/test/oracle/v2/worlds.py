"""Random worlds for the v2 oracle (synthetic: no number here is data about a real state).

`random_world(rng, name)` draws states, treaties with conditional obligations, pledges, rivalries,
overrides, a named hub system or none, parameters and crises, covering every branch of V2.md that
the fixtures should exercise.
"""

import spokes_v2 as model

REGIONS = ["americas", "europe", "africa", "middle_east", "asia", "oceania"]
COWS = [2, 20, 70, 200, 220, 255, 365, 490, 560, 630, 652, 710, 713, 732, 740, 750, 850, 900, 920]
OBLIGATIONS = [("defense", 0.5), ("offense", 0.2), ("consultation", 0.35), ("neutrality", 0.15), ("nonaggression", 0.15)]


def _ids(rng, n):
    out = []
    while len(out) < n:
        s = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3))
        if s not in out:
            out.append(s)
    return out


def _conditions(rng, ids, labels):
    cs = {}
    if rng.random() < 0.4:
        cs["regions"] = sorted(set(rng.choice(REGIONS) for _ in range(rng.randint(1, 2))))
    if rng.random() < 0.2:
        cs["places"] = sorted(set(rng.choice(ids) for _ in range(rng.randint(1, 2))))
    if rng.random() < 0.3:
        cs["adversaries"] = sorted(set(rng.choice(ids) for _ in range(rng.randint(1, 2))))
    if rng.random() < 0.3:
        cs["non_provocation"] = True
    if rng.random() < 0.15:
        cs["min_adversaries"] = rng.randint(2, 3)
    if rng.random() < 0.15:
        cs["on_request"] = True
    if rng.random() < 0.15:
        cs["conflicts"] = [rng.choice(labels + ["some other crisis"])]
        cs["conflict_specific"] = True
    if not cs:
        cs["non_provocation"] = True
    return cs


def random_world(rng, name, max_states=9):
    n = rng.randint(3, max_states)
    ids = _ids(rng, n)
    cows = rng.sample(COWS, n)
    ideal_mode = rng.random() < 0.5
    capital_mode = rng.random() < 0.8
    states = []
    for i, sid in enumerate(ids):
        states.append({
            "id": sid, "cow": cows[i],
            "capability": round(rng.uniform(0.005, 0.35), 4),
            "nuclear": rng.random() < 0.25,
            "capital": ({"lat": round(rng.uniform(-60, 70), 3), "lon": round(rng.uniform(-180, 180), 3)}
                        if capital_mode or rng.random() < 0.6 else None),
            "ideal_point": round(rng.uniform(-2, 2), 4) if ideal_mode and rng.random() < 0.85 else None,
        })
    crises = []
    pairs = set()
    for k in range(rng.randint(2, 3)):
        while True:
            c, t = rng.sample(ids, 2)
            if (c, t) not in pairs:
                break
        pairs.add((c, t))
        crisis = {"challenger": c, "target": t, "label": "crisis %d" % (k + 1)}
        if rng.random() < 0.3:
            crisis["region"] = rng.choice(REGIONS)
        if rng.random() < 0.3:
            crisis["theater"] = {"lat": round(rng.uniform(-60, 70), 3), "lon": round(rng.uniform(-180, 180), 3)}
        crises.append(crisis)
    labels = [c["label"] for c in crises]
    treaties = []
    for k in range(rng.randint(0, 5)):
        members = rng.sample(ids, 2 if rng.random() < 0.75 or n < 3 else 3)
        ms = []
        for sid in members:
            obls = [o for o, pr in OBLIGATIONS if rng.random() < pr] or ["none"]
            conds = {o: _conditions(rng, ids, labels) for o in obls if o != "none" and rng.random() < 0.35}
            ms.append({"state": sid, "obligations": obls, "conditions": conds})
        inst = {f: rng.random() < 0.3 for f in ("integrated_command", "bases_troops", "intelligence_sharing", "nuclear_umbrella")}
        r = rng.random()
        treaties.append({
            "id": "T%d" % (k + 1), "members": ms, "institutions": inst,
            "consultation_mechanism": rng.random() < 0.3,
            "milinst": rng.randint(0, 2) if rng.random() < 0.3 else None,
            "iota": round(rng.random(), 2) if rng.random() < 0.15 else None,
            "signed": 1990, "ended": 1995 if r < 0.08 else (2005 if r < 0.2 else None),
        })
    if rng.random() < 0.35:
        # an umbrella holder for one side of a crisis (C5): a nuclear state owing defense and offense
        crisis = rng.choice(crises)
        protege = rng.choice([crisis["target"], crisis["challenger"]])
        holder = rng.choice([s for s in ids if s not in (crisis["target"], crisis["challenger"])] or [None])
        if holder is not None:
            next(s for s in states if s["id"] == holder)["nuclear"] = True
            treaties.append({
                "id": "U%d" % (len(treaties) + 1),
                "members": [{"state": holder, "obligations": ["defense", "offense"], "conditions": {}},
                            {"state": protege, "obligations": ["defense"], "conditions": {}}],
                "institutions": {"integrated_command": rng.random() < 0.5, "bases_troops": True,
                                 "intelligence_sharing": False, "nuclear_umbrella": True},
                "consultation_mechanism": rng.random() < 0.5, "milinst": None, "iota": None,
                "signed": 1990, "ended": None,
            })
    pledges = []
    if treaties and rng.random() < 0.2:
        t = rng.choice(treaties)
        a, b = rng.sample([m["state"] for m in t["members"]], 2)
        pledges.append({"from": a, "to": b, "pledge": 1.5})
    rivalries = []
    for _ in range(rng.randint(0, 3)):
        a, b = rng.sample(ids, 2)
        if [a, b] not in rivalries and [b, a] not in rivalries:
            rivalries.append([a, b])
    affinities = []
    if rng.random() < 0.3:
        for _ in range(rng.randint(1, 2)):
            a, b = rng.sample(ids, 2)
            if not any(x["from"] == a and x["to"] == b for x in affinities):
                affinities.append({"from": a, "to": b, "value": rng.choice([0.0, 0.3, 0.7, round(rng.random(), 2)])})
    params = {}
    choices = {
        "kbar": [0.5, 1.0, 2.0], "challenge_cost": [0.0, 0.2, 0.5], "projection": [0, 1, 1, 1],
        "nuclear_cost": [0.5, 1.0, 2.0], "nuclear_compellence": [0.0, 0.5, 1.0], "gamma": [1.0, 1.5, 2.0],
        "coordination": ["auto", "auto", "upper", "lower"], "opportunity": [1.0, 0.3], "mu_theta": [0.0, 0.3],
        "sigma_theta": [0.5, 0.8], "sigma_k": [0.5, 0.3, 0.1], "miles_per_day": [250.0, 100.0],
        "w_ip": [0.2, 0.4], "ip_scale": [3.0, 1.5], "rho": [0.3, 0.6], "lambda_dep": [0.3, 0.8, 2.0], "lambda_defense": [0.5, 1.5],
    }
    for key, vals in choices.items():
        if rng.random() < 0.4:
            params[key] = rng.choice(vals)
    world = {"name": name, "year": 2000, "states": states, "treaties": treaties, "pledges": pledges,
             "rivalries": rivalries, "affinities": affinities, "hub": None, "spokes": [],
             "parameters": params, "crises": crises}
    if rng.random() < 0.3:
        net = model.Network(world)
        hubs = sorted(set(net.hub_of.values()))
        if hubs:
            h = rng.choice(hubs)
            spokes = sorted(s for s, hh in net.hub_of.items() if hh == h)
            keep = [s for s in spokes if rng.random() < 0.7] or spokes[:1]
            world["hub"], world["spokes"] = h, keep
    return world


def coordination_world(name, nuclear_target):
    """A designed world whose two fixed points differ: two defenders of a weak target facing a
    strong challenger with a decisive contest (gamma 4) and little cost noise (sigma_k 0.1), so that
    one defender alone barely moves p and the two together decide the war."""
    def state(sid, cow, c, lat, lon, nuclear=False):
        return {"id": sid, "cow": cow, "capability": c, "nuclear": nuclear,
                "capital": {"lat": lat, "lon": lon}, "ideal_point": None}
    states = [state("TGT", 732, 0.05, 37.5, 127.0, nuclear_target), state("CHL", 710, 0.3, 39.9, 116.4, True),
              state("DFA", 740, 0.15, 35.7, 139.7), state("DFB", 900, 0.15, -35.3, 149.1, True)]
    treaty = {"id": "PACT", "members": [{"state": "DFA", "obligations": ["defense"], "conditions": {}},
                                         {"state": "DFB", "obligations": ["defense"], "conditions": {"defense": {"regions": ["asia", "oceania"]}}},
                                         {"state": "TGT", "obligations": ["consultation"], "conditions": {}}],
              "institutions": {"integrated_command": False, "bases_troops": False, "intelligence_sharing": False,
                               "nuclear_umbrella": True},
              "consultation_mechanism": True, "milinst": None, "iota": None, "signed": 1990, "ended": None}
    return {"name": name, "year": 2000, "states": states, "treaties": [treaty], "pledges": [], "rivalries": [],
            "affinities": [{"from": "DFA", "to": "TGT", "value": 1.0}],
            "hub": None, "spokes": [],
            "parameters": {"gamma": 4.0, "sigma_k": 0.1, "kbar": 0.3, "projection": 0, "lambda_defense": 0.0, "rho": 0.0,
                           },
            "crises": [{"challenger": "CHL", "target": "TGT", "label": "coordination"},
                       {"challenger": "CHL", "target": "TGT", "label": "outside the pact's region", "region": "europe"}]}
