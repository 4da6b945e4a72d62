"""The crisis model of docs/model.md (section 5), written again from the equations alone.

An independent check of the Java engine for small scenarios: exact coalition enumeration only
(no sampling), default coordination rule "auto" (section 5.9), no policies or amendments.
Python 3 standard library only. Used by single_candidate.py and reference_solution.py.
"""

import itertools
import math

DEFAULTS = {
    "w_def": 0.6, "w_con": 0.2, "w_inst": 0.2, "w_sh": 0.1,
    "s": 1.0, "mu_theta": 0.0, "sigma_theta": 0.5, "kbar": 1.0, "sigma_k": 0.5,
    "nuclear_factor": 1.5, "gamma": 1.0, "phi": 0.5,
    "lambda": {"defense": 0.5, "offense": 0.5, "consultation": 0.15, "neutrality": 0.05,
               "nonaggression": 0.0, "none": 0.0},
    "rho": 0.3, "lambda_dep": 0.3,
}

# Section 5.1: the order in which a tie keeps one obligation.
RANK = ["none", "nonaggression", "neutrality", "consultation", "offense", "defense"]


def Phi(z):
    """Standard normal CDF."""
    return 0.5 * math.erfc(-z / math.sqrt(2.0))


class State:
    def __init__(self, sid, c, nuclear=False):
        self.id, self.c, self.nuclear = sid, c, nuclear


class Treaty:
    """members: {state id: obligation}; flags: a subset of {"command", "bases", "intelligence", "umbrella"}."""

    def __init__(self, members, flags=(), consultation_mechanism=False, iota=None, milinst=None):
        self.members = dict(members)
        self.flags = set(flags)
        self.consultation_mechanism = consultation_mechanism
        if iota is None:
            iota = min(1.0, max(0.25 * len(self.flags), (milinst or 0) / 2.0))
        self.iota = iota


class Crisis:
    """Everything section 5 defines for one crisis (C, T), solved."""

    def __init__(self, states, treaties, rivalries, challenger, target, params=None, tolerance=1e-15):
        self.p = dict(DEFAULTS)
        self.p.update(params or {})
        self.states = {s.id: s for s in states}
        self.order = [s.id for s in states]
        self.treaties = treaties
        self.C, self.T = challenger, target
        self.tolerance = tolerance
        self._ties()
        self._affinities(rivalries)
        self._hubs()
        self._candidates()
        self._solve()

    # 5.1 ties ------------------------------------------------------------------------------
    def _ties(self):
        self.o, self.iota = {}, {}
        for tr in self.treaties:
            for j, oj in tr.members.items():
                for t in tr.members:
                    if t == j:
                        continue
                    old = self.o.get((j, t))
                    if old is None or RANK.index(oj) > RANK.index(old):
                        self.o[(j, t)] = oj
                    self.iota[(j, t)] = max(self.iota.get((j, t), 0.0), tr.iota)

    def obl(self, j, t):
        return self.o.get((j, t), "none")

    # 5.2 affinity --------------------------------------------------------------------------
    def _affinities(self, rivalries):
        rivals = {i: set() for i in self.order}
        for a, b in rivalries:
            rivals[a].add(b)
            rivals[b].add(a)
        p = self.p
        self.a = {}
        for j in self.order:
            for t in self.order:
                if j == t:
                    self.a[(j, t)] = 1.0
                    continue
                shared = any(r not in (j, t) for r in rivals[j] & rivals[t])
                o = self.obl(j, t)
                v = (p["w_def"] * (o == "defense") + p["w_con"] * (o == "consultation")
                     + p["w_inst"] * self.iota.get((j, t), 0.0) + p["w_sh"] * shared)
                self.a[(j, t)] = min(1.0, v)

    # 5.3 hubs and spokes -------------------------------------------------------------------
    def _hubs(self):
        nbr = {i: set() for i in self.order}
        for (j, t), o in self.o.items():
            if o == "defense":
                nbr[j].add(t)
                nbr[t].add(j)
        self.spokes_of = {}
        seen = set()
        for start in self.order:
            if start in seen or not nbr[start]:
                continue
            comp, todo = set(), [start]
            while todo:
                x = todo.pop()
                if x not in comp:
                    comp.add(x)
                    todo.extend(nbr[x])
            seen |= comp
            out = {i: sum(1 for t in self.order if self.obl(i, t) == "defense") for i in comp}
            # largest score, then larger capability, then alphabetically first id
            hub = sorted(comp, key=lambda i: (-self.states[i].c * out[i], -self.states[i].c, i))[0]
            self.spokes_of[hub] = set(nbr[hub])

    def hub_of(self, j):
        """The hub whose spoke j is, or None."""
        for h, sp in self.spokes_of.items():
            if j in sp:
                return h
        return None

    # 5.4 / 5.5 candidates, sides, kbar -----------------------------------------------------
    def _candidates(self):
        C, T, a = self.C, self.T, self.a
        self.D, self.S = [], []
        for j in self.order:
            if j in (C, T):
                continue
            d, s = a[(j, T)] > 0, a[(j, C)] > 0
            if d and (not s or a[(j, T)] >= a[(j, C)]):
                self.D.append(j)
            elif s:
                self.S.append(j)
        self.N = [j for j in self.order if j in self.D or j in self.S]
        side_d = [T] + self.D
        side_c = [C] + self.S
        nuc_d = any(self.states[i].nuclear for i in side_d)
        nuc_c = any(self.states[i].nuclear for i in side_c)
        self.kbar = {}
        for i in side_d:
            self.kbar[i] = self.p["kbar"] * (self.p["nuclear_factor"] if nuc_c and not nuc_d else 1.0)
        for i in side_c:
            self.kbar[i] = self.p["kbar"] * (self.p["nuclear_factor"] if nuc_d and not nuc_c else 1.0)

    def F(self, j, k):
        return 0.0 if k <= 0 else Phi((math.log(k) - math.log(self.kbar[j])) / self.p["sigma_k"])

    def principal(self, j):
        return self.T if j in self.D else self.C

    def affinity(self, j):
        return self.a[(j, self.principal(j))]

    def obligated(self, j):
        return j in self.D and self.obl(j, self.T) in ("defense", "offense")

    # 5.6 war -------------------------------------------------------------------------------
    def strengths(self, A):
        xd = self.states[self.T].c + sum(self.states[i].c for i in A if i in self.D)
        xc = self.states[self.C].c + sum(self.states[i].c for i in A if i in self.S)
        return xd, xc

    def p_win(self, A):
        xd, xc = self.strengths(A)
        g = self.p["gamma"]
        return xd ** g / (xd ** g + xc ** g)

    def own(self, j, A):
        xd, xc = self.strengths(A)
        return xd if j in self.D or j == self.T else xc

    def W(self, j, A):
        return self.p_win(A) if j in self.D else 1.0 - self.p_win(A)

    def expect(self, f, q, others):
        """E over the random coalition A of `others`, each i in it with probability q[i]."""
        total = 0.0
        for bits in itertools.product((0, 1), repeat=len(others)):
            w, A = 1.0, set()
            for i, b in zip(others, bits):
                w *= q[i] if b else 1.0 - q[i]
                if b:
                    A.add(i)
            total += w * f(A)
        return total

    # 5.8 breach cost -----------------------------------------------------------------------
    def beta(self, j, q):
        p, C, T = self.p, self.C, self.T
        P = self.principal(j)
        o = self.obl(j, P)
        if j in self.D:
            lam = p["lambda"][o]
        else:  # A6: supporters pay lambda_offense for offense, lambda_consultation for any other obligation
            lam = p["lambda"]["offense"] if o == "offense" else (0.0 if o == "none" else p["lambda"]["consultation"])
        obligation = lam * (1 + self.iota.get((j, P), 0.0))  # pledge multiplier 1 (no amendments here)
        protégés = [self.a[(j, t)] for t in self.order if self.obl(j, t) == "defense" and t not in (T, C)]
        R = (o in ("defense", "offense")) * (sum(protégés) / len(protégés) if protégés else 0.0)
        dep = 0.0
        H = self.hub_of(j)
        if H is not None:
            side = self.D if j in self.D else self.S
            if H == P or H in side:
                qh = 1.0 if H == P else q[H]
                cH = self.states[H].c
                denom = self.states[j].c + sum(self.states[m].c * self.a[(m, j)] for m in self.order if m != j)
                dep = cH * self.a[(H, j)] / denom * qh
        return obligation + p["rho"] * R + p["lambda_dep"] * dep

    # 5.9 thresholds and equilibrium --------------------------------------------------------
    def parts(self, j, q):
        """(E[a s dW], E[(c_j / X_own(A+j))^phi], E[c_j / X_own(A+j)]) over the others' coalition A."""
        others = [i for i in self.N if i != j]
        s, phi, cj = self.p["s"], self.p["phi"], self.states[j].c
        gain = self.expect(lambda A: self.affinity(j) * s * (self.W(j, A | {j}) - self.W(j, A)), q, others)
        cost = self.expect(lambda A: (cj / self.own(j, A | {j})) ** phi, q, others)
        share = self.expect(lambda A: cj / self.own(j, A | {j}), q, others)
        return gain, cost, share

    def threshold(self, j, q, with_beta=True):
        gain, cost, _ = self.parts(j, q)
        return max(0.0, gain + (self.beta(j, q) if with_beta else 0.0)) / cost

    def G(self, q):
        return {j: self.F(j, self.threshold(j, q)) for j in self.N}

    def fixed_point(self, start):
        """Damped iteration of section 5.9, run to a residual below self.tolerance."""
        q = {j: start for j in self.N}
        alpha = {j: 1.0 for j in self.N}
        last = None
        for _ in range(100000):
            g = self.G(q)
            d = {j: g[j] - q[j] for j in self.N}
            if not self.N or max(abs(x) for x in d.values()) < self.tolerance:
                return q
            if last is not None:
                for j in self.N:
                    if d[j] * last[j] < 0 and abs(d[j]) > 0.9 * abs(last[j]):
                        alpha[j] /= 2
            q = {j: q[j] + alpha[j] * d[j] for j in self.N}
            last = d
        raise RuntimeError("no convergence")

    def _solve(self):
        p, C, T = self.p, self.C, self.T
        self.upper = self.fixed_point(1.0)
        self.lower = self.fixed_point(0.0)
        self.selected = "upper" if self._coordinates() else "lower"
        q = self.upper if self.selected == "upper" else self.lower
        self.q = q
        self.k = {j: self.threshold(j, q) for j in self.N}
        self.k0 = {j: self.threshold(j, q, with_beta=False) for j in self.N}
        self.betas = {j: self.beta(j, q) for j in self.N}
        self.entrapment = {j: self.F(j, self.k[j]) - self.F(j, self.k0[j]) for j in self.N}
        self.burden = {j: self.parts(j, q)[2] for j in self.N}
        self.expected_cost = {j: self.parts(j, q)[1] * self.truncated_mean(j, self.k[j]) for j in self.N}
        # 5.10 target and challenger
        phi, s = p["phi"], p["s"]
        cT, cC = self.states[T].c, self.states[C].c
        self.Ep = self.expect(lambda A: self.p_win(A), q, self.N)
        self.EcT = self.expect(lambda A: (cT / self.strengths(A)[0]) ** phi, q, self.N)
        self.EcC = self.expect(lambda A: (cC / self.strengths(A)[1]) ** phi, q, self.N)
        self.kT = s * self.Ep / self.EcT
        self.p_resist = self.F(T, self.kT)
        self.burden_T = self.expect(lambda A: cT / self.strengths(A)[0], q, self.N)
        self.burden_C = self.expect(lambda A: cC / self.strengths(A)[1], q, self.N)
        self.expected_cost_T = self.EcT * self.truncated_mean(T, self.kT)
        sigma = math.sqrt(p["sigma_theta"] ** 2 + p["sigma_k"] ** 2)
        if self.p_resist == 0:
            self.p_challenge = 1.0
        elif self.p_resist * self.Ep == 1:
            self.p_challenge = 0.0
        else:
            L = math.log(self.p_resist * self.EcC / (s * (1 - self.p_resist * self.Ep)))
            self.p_challenge = Phi((p["mu_theta"] - math.log(self.kbar[C]) - L) / sigma)
        self.p_war = self.p_challenge * self.p_resist

    def _coordinates(self):
        """A10: some treaty of 3+ members with a command or consultation body holds T and its obligated defenders."""
        need = {self.T} | {j for j in self.D if self.obligated(j)}
        for tr in self.treaties:
            members = [m for m in tr.members if m in self.states]
            if len(members) >= 3 and ("command" in tr.flags or tr.consultation_mechanism) and need <= set(members):
                return True
        return False

    def truncated_mean(self, j, k):
        """E[kappa 1{kappa <= k}] of a log-normal war cost (section 5.11)."""
        if k <= 0:
            return 0.0
        sk = self.p["sigma_k"]
        return self.kbar[j] * math.exp(sk * sk / 2) * Phi((math.log(k) - math.log(self.kbar[j]) - sk * sk) / sk)


def show(name, value):
    """One expected value, with the 17 significant digits a double needs."""
    print(f"  {name:<28} {value!r}")
