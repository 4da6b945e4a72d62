#!/usr/bin/env python3
"""Recompute the crisis-model-v2 numbers of the bundled scenarios (issue #9) from the data files.

Prints, for each scenario state: its milex share (COW NMC 7.0), its COW capital at 2023
(peacesciencer cow_capitals) and its UN General Assembly ideal point for 2023 (Bailey, Strezhnev &
Voeten 2017, idealpointall); then the ATOP 5.1 member-file condition columns of every atopid in
korea-2023.yaml for the scenario members. Standard library only.

    python3 scenarios/tools/v2_numbers.py [SHARED_DATA_DIR]

SHARED_DATA_DIR holds cow_capitals_peacesciencer.csv and unga_ideal_points_bsv.csv (default: the
project's shared data set, ../shared/data from the repository root, i.e. /work/shared/data beside
the checkouts). nmc_v7_0_peacesciencer.csv and atop5_1m.csv are read from the repository's data/.
"""
import csv
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "data")

# Scenario ids -> COW codes (the `cow` field of the scenario files).
STATES = {"USA": 2, "CAN": 20, "GBR": 200, "FRA": 220, "DEU": 255, "RUS": 365, "CHN": 710,
          "PRK": 731, "KOR": 732, "JPN": 740, "PHL": 840, "AUS": 900}
YEAR_MILEX = 2022      # last year of NMC 7.0
YEAR_FALLBACK = {731: 2001}   # North Korea: last year with milex reported
YEAR_SCENARIO = 2023

# atopid -> scenario treaty id (korea-2023.yaml)
ATOP = {3240: "US-ROK", 3375: "US-JPN", 3215: "ANZUS", 3210: "US-PHL", 3180: "NATO", 4175: "EU-TEU",
        3470: "FRA-DEU-ELYSEE", 3740: "OSCE-PARIS", 4010: "DEU-RUS-1990", 4170: "FRA-RUS-1992",
        4265: "US-RUS-1992", 4270: "CAN-RUS-1992", 3445: "CHN-PRK", 4125: "PRK-KOR-1991",
        3815: "CHN-JPN-1978", 3736: "CHN-PHL-1975", 4365: "RUS-KOR-1992", 4940: "RUS-PRK-2000",
        4980: "RUS-CHN-2001", 4810: "SCO-2001", 6020: "SCO-2007", 3755: "TAC"}
OBLIGATIONS = ["defense", "offense", "neutral", "nonagg", "consul"]
CONDITIONS = ["conditio", "defcon", "defcoadv", "defcoloc", "defcocon", "defconum", "defcodem", "defconpr",
              "offcon", "offcoadv", "offcoloc", "offcocon", "offconum", "offcodem",
              "neucon", "neucoadv", "neucoloc", "neucocon", "neuconum", "neucodem", "neuconpr", "neucoatt",
              "concon", "concoadv", "concoloc", "concocon", "concoreq", "olimob"]


def milex_shares(path):
    rows = list(csv.DictReader(open(path, newline="")))
    totals, counts, milex = {}, {}, {}
    for r in rows:
        y = int(r["year"])
        if r["milex"] != "":
            totals[y] = totals.get(y, 0) + float(r["milex"])
            counts[y] = counts.get(y, 0) + 1
            milex[(int(r["ccode"]), y)] = float(r["milex"])
    print(f"NMC 7.0 milex: {YEAR_MILEX} world total {totals[YEAR_MILEX]:.0f} (thousand current USD) over "
          f"{counts[YEAR_MILEX]} states reporting it")
    for y in sorted(set(YEAR_FALLBACK.values())):
        print(f"NMC 7.0 milex: {y} world total {totals[y]:.0f} over {counts[y]} states reporting it")
    out = {}
    for sid, cow in STATES.items():
        y = YEAR_FALLBACK.get(cow, YEAR_MILEX)
        share = milex[(cow, y)] / totals[y]
        out[sid] = (share, y, milex[(cow, y)])
        print(f"  {sid} ccode {cow} year {y}: milex {milex[(cow, y)]:.0f} / {totals[y]:.0f} = {share:.6g}")
    return out


def capitals(path):
    rows = list(csv.DictReader(open(path, newline="")))
    for sid, cow in STATES.items():
        hits = [(ln, r) for ln, r in enumerate(rows, start=2)
                if int(r["ccode"]) == cow and r["stdate"][:4] <= str(YEAR_SCENARIO) <= r["enddate"][:4]]
        assert len(hits) == 1, (sid, hits)
        ln, r = hits[0]
        print(f"  {sid} ccode {cow}: {r['capital']} {r['stdate']}..{r['enddate']} lat {r['lat']} lon {r['lng']} (line {ln})")


def ideal_points(path):
    rows = list(csv.DictReader(open(path, newline="")))
    for sid, cow in STATES.items():
        hits = [(ln, r) for ln, r in enumerate(rows, start=2)
                if int(r["ccode"]) == cow and int(r["year"]) == YEAR_SCENARIO]
        assert len(hits) == 1, (sid, hits)
        ln, r = hits[0]
        print(f"  {sid} ccode {cow} {YEAR_SCENARIO}: idealpointall {r['idealpointall']} (nvotesall {r['nvotesall']}, line {ln})")


def atop_conditions(path):
    cows = set(STATES.values())
    with open(path, newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        for ln, row in enumerate(reader, start=2):
            d = dict(zip(header, row))
            a, m = int(d["atopid"]), int(d["member"])
            if a in ATOP and m in cows and d["yrexit"] == "0":
                obl = [c for c in OBLIGATIONS if d[c] == "1"]
                cond = [f"{c}={d[c]}" for c in CONDITIONS if d[c] not in ("", "0")]
                print(f"  {ATOP[a]} atopid {a} phase {d['phase']} line {ln} member {m}: "
                      f"{','.join(obl)}; conditions: {' '.join(cond) or 'none'}")


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "..", "shared", "data")
    if not os.path.exists(os.path.join(shared, "cow_capitals_peacesciencer.csv")):
        shared = os.path.join(ROOT, "..", "shared", "data")
    milex_shares(os.path.join(DATA, "nmc_v7_0_peacesciencer.csv"))
    print(f"Capitals at {YEAR_SCENARIO} (cow_capitals_peacesciencer.csv):")
    capitals(os.path.join(shared, "cow_capitals_peacesciencer.csv"))
    print(f"UNGA ideal points (unga_ideal_points_bsv.csv):")
    ideal_points(os.path.join(shared, "unga_ideal_points_bsv.csv"))
    print("ATOP 5.1 member file (atop5_1m.csv), memberships in force at the end of 2018 (yrexit = 0):")
    atop_conditions(os.path.join(DATA, "atop5_1m.csv"))


if __name__ == "__main__":
    main()
