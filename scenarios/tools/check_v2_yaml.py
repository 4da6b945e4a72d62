#!/usr/bin/env python3
"""Format check of the crisis-model-v2 fields in the bundled scenarios (V2.md, "Scenario file additions"), for use
until the Java reader reads them: python3 scenarios/tools/check_v2_yaml.py scenarios/*.yaml (needs PyYAML)."""
import yaml, sys, math
REG = {"americas","europe","africa","middle_east","asia","oceania"}
COND_KEYS = {"regions","places","adversaries","non_provocation","min_adversaries","on_request","conflicts","conflict_specific","note"}
for p in sys.argv[1:]:
    d = yaml.safe_load(open(p))
    assert d["capability_index"] in ("cinc","milex","resources","other")
    ids = {s["id"] for s in d["states"]}
    total = 0
    for s in d["states"]:
        assert set(s) <= {"id","cow","name","capability","nuclear","capital","ideal_point","source"}, s.keys()
        assert 0 < s["capability"] <= 1; total += s["capability"]
        c = s["capital"]; assert set(c) == {"lat","lon"} and -90 <= c["lat"] <= 90 and -180 <= c["lon"] <= 180
        assert isinstance(s["ideal_point"], float) and math.isfinite(s["ideal_point"])
        assert "milex" in s["source"] and "idealpointall" in s["source"] and "cow_capitals" in s["source"] and "cinc 2022" in s["source"]
    labels = {c["label"] for c in d["crises"]}
    n = 0
    for t in d["treaties"]:
        for m in t["members"]:
            for obl, c in (m.get("conditions") or {}).items():
                n += 1
                assert obl in m["obligations"], (t["id"], m["state"], obl)
                assert set(c) <= COND_KEYS, c.keys()
                assert set(c.get("regions", [])) <= REG
                assert set(c.get("places", [])) <= ids and set(c.get("adversaries", [])) <= ids
                assert set(c.get("conflicts", [])) <= labels
                assert c["note"]
    for c in d["crises"]:
        assert set(c) <= {"challenger","target","label","region","theater"}
        assert c["region"] in REG
        if "theater" in c:
            th = c["theater"]; assert set(th) <= {"lat","lon","note"} and -90 <= th["lat"] <= 90 and -180 <= th["lon"] <= 180
    print(p, "ok:", len(d["states"]), "states, capability sum", round(total, 6), ";", n, "condition sets;", len(d["crises"]), "crises")
