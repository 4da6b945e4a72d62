"""Crisis model v2 (issue #9), written again from the design contract /work/wt/V2.md alone.

An independent check of the Java engine: it never reads the engine's code. Python 3 standard
library only. Exact coalition enumeration only (worlds of up to ~10 candidates).

A *world* is a dict (the JSON of the fixtures under spokes-core/src/test/resources/oracle-v2/):

    states:     [{id, cow, capability, nuclear, capital: {lat, lon} | null, ideal_point: x | null}]
    treaties:   [{id, members: [{state, obligations: [...], conditions: {obligation: {regions, places,
                  adversaries, non_provocation, min_adversaries, on_request, conflicts, conflict_specific}}}],
                  institutions: {integrated_command, bases_troops, intelligence_sharing, nuclear_umbrella},
                  consultation_mechanism, milinst: n | null, iota: x | null, signed: year, ended: year | null}]
    pledges:    [{from, to, pledge}]             (v1 AdjustTie amendments: pi_jt *= pledge)
    rivalries:  [[a, b]]
    affinities: [{from, to, value}]              (scenario affinity overrides)
    hub, spokes: named hub system or null / []
    year, parameters: {symbol: value, coordination: auto|upper|lower}
    crises:     [{challenger, target, label, region: code | null, theater: {lat, lon} | null}]

`solve(world, crisis)` returns every measure of V2.md for one crisis (see `solve`). The readings of
V2.md this oracle had to choose are listed in README.md; `READINGS` holds the alternatives the
fixture generator tries to find crises whose results depend on a reading.
"""

import math

DEFAULTS = {
    "w_def": 0.6, "w_con": 0.2, "w_inst": 0.2, "w_sh": 0.1, "w_ip": 0.2, "ip_scale": 3.0,
    "s": 1.0, "mu_theta": 0.0, "sigma_theta": 0.5, "kbar": 1.0, "sigma_k": 0.5,
    "challenge_cost": 0.2, "opportunity": 1.0, "nuclear_cost": 1.0, "nuclear_compellence": 0.0,
    "gamma": 1.0, "projection": 1, "miles_per_day": 250.0,
    "lambda_defense": 0.5, "lambda_offense": 0.5, "lambda_consultation": 0.15,
    "lambda_neutrality": 0.05, "lambda_nonaggression": 0.0,
    "rho": 0.3, "lambda_dep": 0.3, "tolerance": 1e-10, "max_iterations": 5000,
    "coordination": "auto",
}

# A1: the order in which a tie ranks obligations (highest first).
RANK = ["defense", "offense", "consultation", "neutrality", "nonaggression"]
MILITARY = ("defense", "offense")

# Readings of V2.md where the contract leaves a choice; the first value is the oracle's.
READINGS = {
    # C4: "opposingStates = 1 + #candidates on the other side" is circular (sides depend on which
    # obligations apply). Primary: count the other side as formed with min_adversaries ignored.
    # The engine (CrisisGame) counts the sides the general affinities give ("general_affinity").
    "opposing_count": ["ignore_min_adversaries", "principal_only", "general_affinity"],
    # C5: umbrella = tie flag OR-merged over every treaty making the tie; alternative: only treaties
    # under which j owes a military obligation that applies.
    "umbrella": ["tie_or", "applying_treaty"],
    # headline abandonment when the target's hub is not an obligated defender: NaN; alternative 1-q_H.
    "headline_unobligated_hub": ["nan", "one_minus_q"],
    # a named hub system replaces the detected hub and spokes of its component (A4); alternative: the
    # detected spokes of the named hub's component stay spokes beside the named ones.
    "named_hub": ["replace", "merge"],
    # "the target's hub" (headline abandonment, the reported hub): the hub of T's component of the
    # defense graph (T need not be its spoke; the engine's reading, adopted after the first comparison);
    # alternative: the hub T is a spoke of.
    "target_hub": ["component", "spoke"],
    # the dependence term's hub: the hub j is a spoke of; alternative: the hub of j's component.
    "dependence_hub": ["spoke", "component"],
}

EARTH_RADIUS_MILES = 6371.0088 / 1.609344
TRAPEZOID_NODES = 2401


def Phi(z):
    return 0.5 * math.erfc(-z / math.sqrt(2.0))


def region_of_cow(cow):
    if cow < 200:
        return "americas"
    if cow < 400:
        return "europe"
    if cow < 600:
        return "africa"
    if cow < 700:
        return "middle_east"
    if cow < 900:
        return "asia"
    return "oceania"


def miles(a, b):
    """Great-circle miles (haversine), as Location.milesTo states it."""
    p1, p2 = math.radians(a["lat"]), math.radians(b["lat"])
    dp = p2 - p1
    dl = math.radians(b["lon"] - a["lon"])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * math.asin(min(1.0, math.sqrt(h)))


def condition_applies(cs, region, theater, adversary, protege_started, opposing, label):
    """One condition set (ATOP member conditions) against a crisis, as V2.md C4 lists the arguments."""
    regions, places = cs.get("regions") or [], cs.get("places") or []
    if (regions or places) and region not in regions and theater not in places:
        return False
    adversaries = cs.get("adversaries") or []
    if adversaries and adversary not in adversaries:
        return False
    if cs.get("non_provocation") and protege_started:
        return False
    if opposing < (cs.get("min_adversaries") or 0):
        return False
    conflicts = cs.get("conflicts") or []
    if (cs.get("conflict_specific") or conflicts) and label not in conflicts:
        return False
    return True


def treaty_iota(t):
    if t.get("iota") is not None:
        return t["iota"]
    inst = t.get("institutions") or {}
    flags = sum(1 for k in ("integrated_command", "bases_troops", "intelligence_sharing", "nuclear_umbrella") if inst.get(k))
    milinst = t.get("milinst")
    return max(min(1.0, 0.25 * flags), 0.0 if milinst is None else milinst / 2.0)


def in_force(t, year):
    return t["signed"] <= year and (t.get("ended") is None or t["ended"] >= year)


class Network:
    """Crisis-free part: ties (C4: every obligation with each treaty's conditions), interests,
    general affinities (C6), hubs (A4), protégés."""

    def __init__(self, world, frozen_hubs=None, named_hub="replace", dependence_hub="spoke"):
        self.world = world
        self.dependence_hub = dependence_hub
        self.named_hub = named_hub
        self.frozen_hubs = frozen_hubs
        self.p = dict(DEFAULTS)
        self.p.update(world.get("parameters") or {})
        self.states = {s["id"]: s for s in world["states"]}
        self.order = [s["id"] for s in world["states"]]
        self.year = world.get("year", 2000)
        self.treaties = [t for t in world.get("treaties", []) if in_force(t, self.year)]
        self._ties()
        self.overrides = {(a["from"], a["to"]): a["value"] for a in world.get("affinities", [])}
        rivals = {}
        for a, b in world.get("rivalries", []):
            rivals.setdefault(a, set()).add(b)
            rivals.setdefault(b, set()).add(a)
        self.rivals = rivals
        self._hubs()
        if frozen_hubs is not None:  # exploration only: hold the hub system of another world fixed
            self.hub_of = dict(frozen_hubs)

    def _ties(self):
        # tie (j, t) -> {"obl": {o: [condition sets; {} = unconditional]}, "iota", "pledge", "umbrella",
        #                "umbrella_obl": {o: [condition sets from umbrella treaties]}}
        ties = {}
        for t in self.treaties:
            iota = treaty_iota(t)
            umbrella = bool((t.get("institutions") or {}).get("nuclear_umbrella"))
            for m in t["members"]:
                obls = [o for o in m["obligations"] if o != "none"]
                for other in t["members"]:
                    if other["state"] == m["state"]:
                        continue
                    key = (m["state"], other["state"])
                    tie = ties.setdefault(key, {"obl": {}, "iota": 0.0, "pledge": 1.0, "umbrella": False, "umbrella_obl": {}})
                    tie["iota"] = max(tie["iota"], iota)
                    tie["umbrella"] = tie["umbrella"] or umbrella
                    for o in obls:
                        cs = (m.get("conditions") or {}).get(o) or {}
                        tie["obl"].setdefault(o, []).append(cs)
                        if umbrella:
                            tie["umbrella_obl"].setdefault(o, []).append(cs)
        for pl in self.world.get("pledges", []):
            key = (pl["from"], pl["to"])
            tie = ties.setdefault(key, {"obl": {}, "iota": 0.0, "pledge": 1.0, "umbrella": False, "umbrella_obl": {}})
            tie["pledge"] *= pl["pledge"]
        self.ties = ties

    def tie(self, j, t):
        return self.ties.get((j, t))

    def iota(self, j, t):
        tie = self.tie(j, t)
        return tie["iota"] if tie else 0.0

    def owes(self, j, t, o):
        tie = self.tie(j, t)
        return bool(tie and o in tie["obl"])

    def top_obligation(self, j, t):
        tie = self.tie(j, t)
        if tie:
            for o in RANK:
                if o in tie["obl"]:
                    return o
        return "none"

    def shared_rival(self, j, t):
        return bool((self.rivals.get(j, set()) & self.rivals.get(t, set())) - {j, t})

    def interest(self, j, t):
        """u_jt (C6), capped by an override."""
        p = self.p
        ip = 0.0
        xj, xt = self.states[j].get("ideal_point"), self.states[t].get("ideal_point")
        if xj is not None and xt is not None:
            ip = max(0.0, 1.0 - abs(xj - xt) / p["ip_scale"])
        u = min(1.0, p["w_sh"] * (1.0 if self.shared_rival(j, t) else 0.0) + p["w_ip"] * ip)
        if (j, t) in self.overrides:
            u = min(u, self.overrides[(j, t)])
        return u

    def general_affinity(self, j, t):
        if j == t:
            return 1.0
        if (j, t) in self.overrides:
            return self.overrides[(j, t)]
        p = self.p
        return min(1.0, p["w_def"] * (1.0 if self.owes(j, t, "defense") else 0.0)
                   + p["w_con"] * (1.0 if self.top_obligation(j, t) == "consultation" else 0.0)
                   + p["w_inst"] * self.iota(j, t) + self.interest(j, t))

    def _hubs(self):
        """A4 on the defense graph (j owes t defense, either direction); a named hub system replaces
        the detected one of its component."""
        adj = {s: set() for s in self.order}
        for (j, t), tie in self.ties.items():
            if "defense" in tie["obl"]:
                adj[j].add(t)
                adj[t].add(j)
        seen, self.hub_of, self.component_hub = set(), {}, {}
        for s in self.order:
            if s in seen or not adj[s]:
                continue
            comp, stack = set(), [s]
            while stack:
                x = stack.pop()
                if x in comp:
                    continue
                comp.add(x)
                stack.extend(adj[x] - comp)
            seen |= comp
            c = lambda i: self.states[i]["capability"]
            score = lambda i: c(i) * sum(1 for t in self.order if self.owes(i, t, "defense"))
            hub = sorted(comp, key=lambda i: (-score(i), -c(i), i))[0]
            named = self.world.get("hub")
            for x in comp:
                self.component_hub[x] = named if named is not None and named in comp else hub
            if named is not None and named in comp and self.named_hub == "replace":
                continue  # replaced by the named system below
            for sp in adj[hub]:
                self.hub_of[sp] = hub
        named = self.world.get("hub")
        if named is not None:
            for sp in self.world.get("spokes", []):
                self.hub_of[sp] = named
            if named not in self.component_hub:
                self.component_hub[named] = named
                for sp in self.world.get("spokes", []):
                    self.component_hub.setdefault(sp, named)
        if self.dependence_hub == "component":
            self.hub_of = {x: h for x, h in self.component_hub.items() if x != h}

    def protected(self, j):
        """Prot_j: states j owes defense (C8)."""
        return [t for t in self.order if t != j and self.owes(j, t, "defense")]

    def dependence(self, j):
        """Dep_j (C9): the hub's share of the outside support j can expect."""
        h = self.hub_of.get(j)
        if h is None:
            return 0.0
        c = lambda i: self.states[i]["capability"]
        den = sum(c(m) * self.general_affinity(m, j) for m in self.order if m != j)
        return 0.0 if den == 0 else c(h) * self.general_affinity(h, j) / den


class Crisis:
    """One crisis (C, T) of a world, solved (V2.md 'Equations of v2, in order')."""

    def __init__(self, net, crisis, readings=None):
        self.net, self.crisis = net, crisis
        self.r = {k: v[0] for k, v in READINGS.items()}
        self.r.update(readings or {})
        self.p = net.p
        self.C, self.T = crisis["challenger"], crisis["target"]
        self.label = crisis.get("label") or (self.C + " vs " + self.T)
        self.region = crisis.get("region") or region_of_cow(net.states[self.T]["cow"])
        self._sides()
        self._projection()
        self._nuclear()
        self._fixed()

    # ---- C4, C6: applying obligations, crisis affinities, candidates ----
    def applying(self, j, P, opposing, ignore_min=False, umbrella_only=False):
        """o*_jP, the highest-ranked obligation j owes P that applies in this crisis."""
        tie = self.net.tie(j, P)
        if not tie:
            return "none"
        table = tie["umbrella_obl"] if umbrella_only else tie["obl"]
        supporter = P == self.C
        adversary = self.T if supporter else self.C
        for o in RANK:
            if supporter and o != "offense":
                continue  # C4: for supporters only offense binds
            for cs in table.get(o, []):
                if condition_applies(cs, self.region, self.T, adversary, supporter,
                                     10 ** 9 if ignore_min else opposing, self.label):
                    return o
        return "none"

    def crisis_affinity(self, j, P, o_star):
        if (j, P) in self.net.overrides:
            return self.net.overrides[(j, P)]
        p = self.p
        return min(1.0, p["w_def"] * (o_star == "defense") + p["w_con"] * (o_star == "consultation")
                   + p["w_inst"] * self.net.iota(j, P) + self.net.interest(j, P))

    def _assign(self, opp_D, opp_S, ignore_min):
        """Sides given the opposing-state counts each side's obligations see."""
        D, S, info = [], [], {}
        for j in self.net.order:
            if j in (self.C, self.T):
                continue
            oT = self.applying(j, self.T, opp_D, ignore_min)
            oC = self.applying(j, self.C, opp_S, ignore_min)
            aT, aC = self.crisis_affinity(j, self.T, oT), self.crisis_affinity(j, self.C, oC)
            if aT > 0 and (aC <= 0 or aT >= aC):
                D.append(j)
                info[j] = ("D", oT, aT)
            elif aC > 0:
                S.append(j)
                info[j] = ("S", oC, aC)
        return D, S, info

    def _sides(self):
        if self.r["opposing_count"] == "ignore_min_adversaries":
            D0, S0, _ = self._assign(0, 0, True)
        elif self.r["opposing_count"] == "general_affinity":
            D0, S0 = [], []
            for j in self.net.order:
                if j in (self.C, self.T):
                    continue
                aT, aC = self.net.general_affinity(j, self.T), self.net.general_affinity(j, self.C)
                if aT > 0 and aT >= aC:
                    D0.append(j)
                elif aC > 0:
                    S0.append(j)
        else:
            D0, S0 = [], []
        D, S, info = self._assign(1 + len(S0), 1 + len(D0), False)
        self.opp_D, self.opp_S = 1 + len(S0), 1 + len(D0)
        self.D, self.S = D, S
        self.N = [j for j in self.net.order if j in info]  # scenario order
        self.side = {j: info[j][0] for j in self.N}
        self.o_star = {j: info[j][1] for j in self.N}
        self.a = {j: info[j][2] for j in self.N}
        self.protege = {j: (self.T if self.side[j] == "D" else self.C) for j in self.N}
        self.u = {j: self.net.interest(j, self.protege[j]) for j in self.N}
        self.obligated = {j: self.side[j] == "D" and self.o_star[j] in MILITARY for j in self.N}

    # ---- C3 ----
    def _projection(self):
        p, net = self.p, self.net
        parts = [self.C, self.T] + self.N
        c = {i: net.states[i]["capability"] for i in parts}
        self.c = c
        if int(p["projection"]) == 0:
            self.projection = "off: projection = 0"
            self.chat = dict(c)
            return
        over = [i for i in parts if c[i] > 1]
        if over:
            raise ValueError("capability of %s exceeds 1: set projection: 0" % over[0])
        theater = self.crisis.get("theater") or net.states[self.T].get("capital")
        if theater is None:
            self.projection = "off: no capital for " + self.T
            self.chat = dict(c)
            return
        for i in parts:
            if net.states[i].get("capital") is None:
                self.projection = "off: no capital for " + i
                self.chat = dict(c)
                return
        self.projection = "on"
        self.chat = {}
        for i in parts:
            d = miles(net.states[i]["capital"], theater)
            x = math.log10(d / p["miles_per_day"] + (10 - math.e))
            self.chat[i] = c[i] ** x
        self.distance_exponent = None

    # ---- C5 ----
    def _nuclear(self):
        net = self.net

        def holder(j, P):
            if not net.states[j]["nuclear"] or self.o_star[j] not in MILITARY:
                return False
            if self.r["umbrella"] == "tie_or":
                return net.tie(j, P)["umbrella"]
            opp = self.opp_D if P == self.T else self.opp_S
            return self.applying(j, P, opp, umbrella_only=True) in MILITARY

        self.umb_D = [j for j in self.D if holder(j, self.T)]
        self.umb_S = [j for j in self.S if holder(j, self.C)]

    # ---- coalition tables over every subset of N ----
    def _fixed(self):
        n, N, p = len(self.N), self.N, self.p
        g = p["gamma"]
        idx = {j: i for i, j in enumerate(N)}
        self.idx = idx
        nT, nC = self.net.states[self.T]["nuclear"], self.net.states[self.C]["nuclear"]
        uD = sum(1 << idx[j] for j in self.umb_D)
        uC = sum(1 << idx[j] for j in self.umb_S)
        size = 1 << n
        self.XD, self.XC, self.pw, self.nuD, self.nuC = [0.0] * size, [0.0] * size, [0.0] * size, [0] * size, [0] * size
        for m in range(size):
            xd, xc = self.chat[self.T], self.chat[self.C]
            for j in N:
                if m >> idx[j] & 1:
                    if self.side[j] == "D":
                        xd += self.chat[j]
                    else:
                        xc += self.chat[j]
            self.XD[m], self.XC[m] = xd, xc
            self.pw[m] = xd ** g / (xd ** g + xc ** g)
            self.nuD[m] = 1 if (nT or (m & uD)) else 0
            self.nuC[m] = 1 if (nC or (m & uC)) else 0

    def F(self, k):
        if k <= 0:
            return 0.0
        return Phi((math.log(k) - math.log(self.p["kbar"])) / self.p["sigma_k"])

    def truncated_mean(self, k):
        """E[kappa 1{kappa <= k}] for kappa ~ LogNormal(ln kbar, sigma_k)."""
        if k <= 0:
            return 0.0
        kb, sk = self.p["kbar"], self.p["sigma_k"]
        return kb * math.exp(sk * sk / 2) * Phi((math.log(k) - math.log(kb) - sk * sk) / sk)

    def others(self, j, q):
        """[(mask of the others who join, probability)] for the other candidates of j."""
        out = [(0, 1.0)]
        for i, x in enumerate(self.N):
            if x == j:
                continue
            b = 1 << i
            qi = q[i]
            out = [(m, w * (1 - qi)) for m, w in out] + [(m | b, w * qi) for m, w in out]
        return out

    def everyone(self, q):
        return self.others(None, q)

    def eta(self, j, m):
        """Nuclear exposure of j's side at coalition mask m (C5)."""
        z = self.p["nuclear_cost"]
        if self.side[j] == "D":
            return z * self.nuC[m] * self.p["nuclear_compellence"]
        return z * self.nuD[m]

    def parts(self, j, q):
        """E_A[Delta W_j], E_A[eta_j(A u j)], burden share, over the others at q."""
        b = 1 << self.idx[j]
        dW = eta = share = 0.0
        defender = self.side[j] == "D"
        cj = self.chat[j]
        for m, w in self.others(j, q):
            mj = m | b
            d = self.pw[mj] - self.pw[m]
            dW += w * (d if defender else -d)
            eta += w * self.eta(j, mj)
            share += w * cj / (self.XD[mj] if defender else self.XC[mj])
        return dW, eta, share

    def beta(self, j, q):
        """C9 (with C8's R_j and the v1 hub condition, A8)."""
        p, net = self.p, self.net
        o = self.o_star[j]
        P = self.protege[j]
        tie = net.tie(j, P)
        lam = {"defense": p["lambda_defense"], "offense": p["lambda_offense"], "consultation": p["lambda_consultation"],
               "neutrality": p["lambda_neutrality"], "nonaggression": p["lambda_nonaggression"], "none": 0.0}[o]
        obl = lam * (1 + net.iota(j, P)) * (tie["pledge"] if tie else 1.0)
        R = 0.0
        if o in MILITARY:
            prod = 1.0
            for t in net.protected(j):
                if t not in (self.T, self.C):
                    prod *= 1 - net.general_affinity(j, t)
            R = 1 - prod
        dep = 0.0
        h = net.hub_of.get(j)
        if h is not None:
            if h == P:
                qh = 1.0
            elif h in self.idx and self.side[h] == self.side[j]:
                qh = q[self.idx[h]]
            else:
                qh = None
            if qh is not None:
                dep = p["lambda_dep"] * net.dependence(j) * qh
        return obl + p["rho"] * R + dep

    def threshold(self, j, q, interest_only=False):
        dW, eta, _ = self.parts(j, q)
        s = self.p["s"]
        if interest_only:
            return max(0.0, self.u[j] * s * dW - eta)
        return max(0.0, self.a[j] * s * dW + self.beta(j, q) - eta)

    def G(self, q):
        return [self.F(self.threshold(j, q)) for j in self.N]

    def iterate(self, start):
        """v1 §5.9 (A9): damped iteration, per-coordinate halving, residual test."""
        n = len(self.N)
        q = [float(start)] * n
        alpha, prev = [1.0] * n, None
        tol, maxit = self.p["tolerance"], int(self.p["max_iterations"])
        for it in range(maxit + 1):
            g = self.G(q)
            d = [g[i] - q[i] for i in range(n)]
            if n == 0 or max(abs(x) for x in d) < tol:
                return q, it, True
            if it == maxit:
                break
            for i in range(n):
                if prev is not None and d[i] * prev[i] < 0 and abs(d[i]) > 0.9 * abs(prev[i]):
                    alpha[i] /= 2
                q[i] += alpha[i] * d[i]
            prev = d
        return q, maxit, False

    def equilibrium(self, q):
        """Everything computed at one fixed point q (upper or lower)."""
        out = {"q": {j: q[self.idx[j]] for j in self.N}, "cand": {}}
        Ep = EnD = EnC = shT = shC = 0.0
        for m, w in self.everyone(q):
            Ep += w * self.pw[m]
            EnD += w * self.nuD[m]
            EnC += w * self.nuC[m]
            shT += w * self.chat[self.T] / self.XD[m]
            shC += w * self.chat[self.C] / self.XC[m]
        out.update(Ep=Ep, nuD=EnD, nuC=EnC, shareT=shT, shareC=shC)
        for j in self.N:
            dW, eta, share = self.parts(j, q)
            k = self.threshold(j, q)
            k0 = self.threshold(j, q, interest_only=True)
            qj = q[self.idx[j]]
            out["cand"][j] = {"beta": self.beta(j, q), "threshold": k, "k0": k0,
                              "delta": self.F(k) - self.F(k0), "burden_share": share,
                              "expected_cost": self.truncated_mean(k) + qj * eta, "q": qj}
        return out

    def coordination_weight(self):
        rule = self.p["coordination"]
        if rule == "upper":
            return 1.0
        if rule == "lower":
            return 0.0
        need = {self.T} | {j for j in self.N if self.obligated[j]}
        w = 0.0
        for t in self.net.treaties:
            members = {m["state"] for m in t["members"]}
            if need <= members:
                inst = t.get("institutions") or {}
                bonus = 0.5 if (t.get("consultation_mechanism") or inst.get("integrated_command")) else 0.0
                w = max(w, min(1.0, self.members_iota(members) + bonus))
        return w

    def members_iota(self, members):
        """Mean iota of the ties among a treaty's members, as the network has them (A20, the lead's
        change after the first comparison: a treaty's own coding made the collective architecture
        coordinate less than the bilateral treaty it replaces)."""
        ms = sorted(members)
        pairs = [(a, b) for a in ms for b in ms if a != b]
        return sum(self.net.iota(a, b) for a, b in pairs) / len(pairs) if pairs else 0.0

    def principals(self, Ep, EnD, EnC):
        """Target's threshold and P_resist, challenger's P_challenge (V2.md 'Principals')."""
        p = self.p
        s, z, zeta = p["s"], p["nuclear_cost"], p["nuclear_compellence"]
        kT = s * Ep - zeta * z * EnC
        pr = self.F(kT)
        A = s * (1 - pr * Ep)
        B = pr
        K = p["challenge_cost"] + pr * z * EnD
        return kT, pr, p_challenge(A, B, K, p)

    def solve(self):
        up_q, up_it, up_ok = self.iterate(1)
        lo_q, lo_it, lo_ok = self.iterate(0)
        U, L = self.equilibrium(up_q), self.equilibrium(lo_q)
        w = self.coordination_weight()
        mix = lambda u, l: w * u + (1 - w) * l
        Ep, EnD, EnC = mix(U["Ep"], L["Ep"]), mix(U["nuD"], L["nuD"]), mix(U["nuC"], L["nuC"])
        kT, pr, pc = self.principals(Ep, EnD, EnC)
        p = self.p
        pwar = pc * pr
        # "the target's hub" (C10/A11): the hub of the target's system, read as the hub of the component
        # of the defense graph that contains T (the target itself when it is that hub)
        hub = (self.net.component_hub if self.r["target_hub"] == "component" else self.net.hub_of).get(self.T)

        def headline(E):
            _, prE, pcE = self.principals(E["Ep"], E["nuD"], E["nuC"])
            return {"deterrence": 1 - pcE, "p_war": pcE * prE, "hub_abandonment": self._hub_ab(hub, E["q"])}

        hu, hl = headline(U), headline(L)
        differ = any(_differ(hu[k], hl[k]) for k in hu)
        cands = []
        for j in self.N:
            cu, cl = U["cand"][j], L["cand"][j]
            m = {k: mix(cu[k], cl[k]) for k in cu}
            ent = m["delta"] if self.obligated[j] else 0.0
            trap = 0.0 if self.obligated[j] else m["delta"]
            cands.append({
                "state": j, "side": "defender" if self.side[j] == "D" else "supporter",
                "obligation": self.o_star[j], "obligated": self.obligated[j],
                "capability": self.c[j], "effective_capability": self.chat[j],
                "affinity": self.a[j], "interest": self.u[j], "beta": m["beta"], "threshold": m["threshold"],
                "q": m["q"], "entanglement": ent, "entanglement_unconditional": ent * pwar,
                "entrapment": trap, "entrapment_unconditional": trap * pwar,
                "abandonment": (1 - m["q"]) if self.obligated[j] else None,
                "burden_share": m["burden_share"], "expected_cost": m["expected_cost"],
                "upper": {"q": cu["q"], "beta": cu["beta"], "threshold": cu["threshold"], "k0": cu["k0"]},
                "lower": {"q": cl["q"], "beta": cl["beta"], "threshold": cl["threshold"], "k0": cl["k0"]},
            })
        s, z, zeta = p["s"], p["nuclear_cost"], p["nuclear_compellence"]
        hub_ab = self._hub_ab(hub, {j: mix(U["q"][j], L["q"][j]) for j in self.N})
        return {
            "challenger": self.C, "target": self.T, "label": self.label, "region": self.region,
            "projection": self.projection, "hub": hub,
            "candidates_D": self.D, "candidates_S": self.S,
            "umbrella_D": self.umb_D, "umbrella_S": self.umb_S,
            "coordination_weight": w,
            "upper": {"q": U["q"], "iterations": up_it, "converged": up_ok, "ep": U["Ep"], "nu_defenders": U["nuD"], "nu_challengers": U["nuC"]},
            "lower": {"q": L["q"], "iterations": lo_it, "converged": lo_ok, "ep": L["Ep"], "nu_defenders": L["nuD"], "nu_challengers": L["nuC"]},
            "ep": Ep, "nu_defenders": EnD, "nu_challengers": EnC,
            "p_resist": pr, "p_challenge": pc, "deterrence": 1 - pc, "p_war": pwar,
            "p_challenge_year": p["opportunity"] * pc, "p_war_year": p["opportunity"] * pwar,
            "hub_abandonment": hub_ab,
            "upper_headline": hu, "lower_headline": hl, "equilibria_differ": differ,
            "target_principal": {"state": self.T, "capability": self.c[self.T], "effective_capability": self.chat[self.T],
                                 "threshold": kT, "burden_share": mix(U["shareT"], L["shareT"]),
                                 "expected_cost": self.truncated_mean(kT) + pr * zeta * z * EnC},
            "challenger_principal": {"state": self.C, "capability": self.c[self.C], "effective_capability": self.chat[self.C],
                                     "burden_share": mix(U["shareC"], L["shareC"])},
            "candidates": cands,
        }

    def _hub_ab(self, hub, q):
        if hub is None or hub not in self.idx:
            return None
        if not self.obligated[hub] and self.r["headline_unobligated_hub"] == "nan":
            return None
        return 1 - q[hub]


def _differ(a, b):
    if a is None or b is None:
        return (a is None) != (b is None)
    return abs(a - b) > 1e-8


def p_challenge(A, B, K, p):
    """P_challenge = E_kappa[1 - G((K + kappa B)/A)] by the trapezoid rule on t in [-12, 12]."""
    if A <= 0:
        return 0.0
    mu, st = p["mu_theta"], p["sigma_theta"]

    def survive(x):  # 1 - G(x), G the LogNormal(mu, st) CDF
        if x <= 0:
            return 1.0
        return 0.5 * math.erfc((math.log(x) - mu) / (st * math.sqrt(2.0)))

    if B == 0:
        return 1.0 if K == 0 else survive(K / A)
    kb, sk = p["kbar"], p["sigma_k"]
    n = TRAPEZOID_NODES
    h = 24.0 / (n - 1)
    total = 0.0
    for i in range(n):
        t = -12.0 + i * h
        f = math.exp(-t * t / 2) / math.sqrt(2 * math.pi) * survive((K + kb * math.exp(sk * t) * B) / A)
        total += f * (0.5 if i in (0, n - 1) else 1.0)
    return total * h


def p_challenge_closed_form(Ep, pr, p):
    """v1's closed form (no challenge cost, no nuclear threat, costs not scaled in v2)."""
    if pr == 0:
        return 1.0
    if pr * Ep >= 1:
        return 0.0
    L = math.log(pr / (p["s"] * (1 - pr * Ep)))
    Sig = math.sqrt(p["sigma_theta"] ** 2 + p["sigma_k"] ** 2)
    return Phi((p["mu_theta"] - math.log(p["kbar"]) - L) / Sig)


def network(world, readings=None):
    r = readings or {}
    return Network(world, named_hub=r.get("named_hub", "replace"), dependence_hub=r.get("dependence_hub", "spoke"))


def solve(world, crisis, readings=None):
    return Crisis(network(world, readings), crisis, readings).solve()


def solve_world(world, readings=None):
    net = network(world, readings)
    return [Crisis(net, c, readings).solve() for c in world["crises"]]
