#!/usr/bin/env python3
"""Independent check of the values ScenarioFromDataV2Test asserts (spokes scenario from-data, model v2
fields), computed straight from the bundled CSVs in data/ with the rules of docs/data.md:

* milex share = the state's NMC 7.0 milex / the sum of milex over every state reporting it that year;
  a state with no milex in the year takes its share in the latest earlier year with one;
* capital = the COW capitals row overlapping the year that starts last;
* ideal point = BSV idealpointall of the year (else idealpointfp);
* ATOP conditions of a member-file row: location -> the COW regions of every member of the alliance in
  effect in the year; adversary -> the ongoing TSS strategic rivals of the other members, members
  excluded; defconpr -> non_provocation; *conum -> min_adversaries 2; *codem -> on_request;
  *cocon -> conflict_specific.

Run from the repository root: python3 spokes-data/src/test/oracle/from_data_v2.py
"""
import csv
import gzip

DATA = "data/"


def rows(name):
    opener = gzip.open if name.endswith(".gz") else open
    with opener(DATA + name, "rt", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def milex_share(ccode, year):
    nmc = rows("nmc_v7_0_peacesciencer.csv")
    for y in range(year, 1815, -1):
        mine = [r for r in nmc if r["ccode"] == str(ccode) and r["year"] == str(y) and r["milex"] not in ("", "NA")]
        if mine:
            reporting = [float(r["milex"]) for r in nmc if r["year"] == str(y) and r["milex"] not in ("", "NA")]
            return y, float(mine[0]["milex"]), sum(reporting), len(reporting), float(mine[0]["milex"]) / sum(reporting)
    return None


def capital(ccode, year):
    best = None
    for line, r in enumerate(rows("cow_capitals_peacesciencer.csv"), start=2):
        if r["ccode"] == str(ccode) and int(r["stdate"][:4]) <= year <= int(r["enddate"][:4]):
            if best is None or r["stdate"] > best[1]["stdate"]:
                best = (line, r)
    return best[0], best[1]["capital"], float(best[1]["lat"]), float(best[1]["lng"])


def ideal_point(ccode, year):
    for line, r in enumerate(rows("unga_ideal_points_bsv.csv.gz"), start=2):
        if r["ccode"] == str(ccode) and r["year"] == str(year):
            return line, r["idealpointall"], r["idealpointfp"]
    return None


def region(c):
    c = int(c)
    return ("americas" if c < 200 else "europe" if c < 400 else "africa" if c < 600 else "middle_east" if c < 700
            else "asia" if c < 900 else "oceania")


def conditions(line, year):
    members = rows("atop5_1m.csv")
    row = members[line - 2]
    atopid = row["atopid"]
    in_effect = set()
    for m in members:
        last = 2018 if m["yrexit"] == "0" else int(m["yrexit"])
        if m["atopid"] == atopid and int(m["yrent"]) <= year <= last:
            in_effect.add(int(m["member"]))
    rivals = set()
    for r in rows("tss_rivalries_peacesciencer.csv"):
        if int(r["start"]) <= year <= int(r["end"]):
            a, b = int(r["ccode1"]), int(r["ccode2"])
            for x, y in ((a, b), (b, a)):
                if x in in_effect and x != int(row["member"]):
                    rivals.add(y)
    rivals -= in_effect
    out = {}
    for p in ("def", "off"):
        set_ = [c for c in ("coloc", "coadv", "conpr", "conum", "codem", "cocon") if row.get(p + c) == "1"]
        if not set_:
            continue
        out[p] = {
            "columns": [p + c for c in set_],
            "regions": sorted({region(c) for c in in_effect if c <= 999}) if "coloc" in set_ else [],
            "adversaries (COW)": sorted(rivals) if "coadv" in set_ else [],
            "non_provocation": "conpr" in set_,
            "min_adversaries": 2 if "conum" in set_ else 0,
            "on_request": "codem" in set_,
            "conflict_specific": "cocon" in set_,
        }
    return "ATOP %s member %s, members in %d: %s" % (atopid, row["member"], year, sorted(in_effect)), out


if __name__ == "__main__":
    for c, y in ((732, 2018), (2, 2018), (731, 2018), (710, 2018)):
        print("milex share", c, y, "-> (year used, milex, world total, states reporting, share) =", milex_share(c, y))
    for c, y in ((732, 2018), (731, 2018)):
        print("capital", c, y, capital(c, y))
        print("ideal point", c, y, "(line, all, fp) =", ideal_point(c, y))
    for line, y in ((937, 2018), (938, 2018), (953, 2018), (228, 1914), (229, 1914), (636, 1945), (304, 1912)):
        print("atop5_1m.csv line", line, "in", y, conditions(line, y))
