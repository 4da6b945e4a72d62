"""Checks of the oracle against itself and against closed forms. Exit code 1 on a failure.

Run from the repository root:  python3 spokes-core/src/test/oracle/v2/selftest.py
"""

import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import spokes_v2 as model  # noqa: E402

failures = []


def check(name, got, want, tol):
    if not abs(got - want) <= tol:
        failures.append("%s: got %.17g, want %.17g" % (name, got, want))


def simpson_p_challenge(A, B, K, p, n=20000):
    """The same integral by Simpson's rule over the challenger's cost quantile u in (0, 1)."""
    from statistics import NormalDist
    nd = NormalDist()
    # endpoints: u -> 0 gives kappa -> 0, x = K/A; u -> 1 gives kappa -> infinity, 1 - G = 0
    x0 = K / A
    total = 0.5 * math.erfc((math.log(x0) - p["mu_theta"]) / (p["sigma_theta"] * math.sqrt(2))) if x0 > 0 else 1.0
    h = 1.0 / n
    for i in range(1, n):
        u = i * h
        kappa = p["kbar"] * math.exp(p["sigma_k"] * nd.inv_cdf(u))
        x = (K + kappa * B) / A
        f = 0.5 * math.erfc((math.log(x) - p["mu_theta"]) / (p["sigma_theta"] * math.sqrt(2))) if x > 0 else 1.0
        total += f * (4 if i % 2 else 2)
    return total * h / 3


# 1. quadrature = v1's closed form without challenge cost or nuclear threat
for kbar in (0.5, 1.0, 2.0):
    for sk in (0.1, 0.5, 1.0):
        for st in (0.5, 0.8):
            p = dict(model.DEFAULTS, kbar=kbar, sigma_k=sk, sigma_theta=st, mu_theta=0.3)
            for Ep in (0.2, 0.6, 0.95):
                for pr in (0.01, 0.5, 0.99):
                    q = model.p_challenge(p["s"] * (1 - pr * Ep), pr, 0.0, p)
                    check("closed form kbar=%s sk=%s st=%s Ep=%s pr=%s" % (kbar, sk, st, Ep, pr), q,
                          model.p_challenge_closed_form(Ep, pr, p), 1e-13)

# 2. with a challenge cost and a nuclear threat, against Simpson's rule on another variable
for chi, zn in ((0.2, 0.0), (0.5, 1.0), (0.0, 1.0)):
    p = dict(model.DEFAULTS)
    pr, Ep = 0.4, 0.6
    A, B, K = 1 - pr * Ep, pr, chi + pr * zn
    check("simpson chi=%s z*nu=%s" % (chi, zn), model.p_challenge(A, B, K, p), simpson_p_challenge(A, B, K, p), 1e-6)

# 3. no candidates, nuclear target, challenge cost: every step by hand
world = {"year": 2000, "states": [
    {"id": "TGT", "cow": 732, "capability": 0.3, "nuclear": True, "capital": None, "ideal_point": None},
    {"id": "CHL", "cow": 710, "capability": 0.2, "nuclear": False, "capital": None, "ideal_point": None}],
    "treaties": [], "parameters": {}, "crises": [{"challenger": "CHL", "target": "TGT"}]}
r = model.solve_world(world)[0]
p0 = 0.3 / 0.5
pr = model.Phi(math.log(p0) / 0.5)
check("no candidates P_resist", r["p_resist"], pr, 1e-15)
check("no candidates P_challenge", r["p_challenge"],
      model.p_challenge(1 - pr * p0, pr, 0.2 + pr * 1.0, model.DEFAULTS), 1e-15)
world["states"][0]["nuclear"] = False
r2 = model.solve_world(world)[0]
if not r2["p_challenge"] > r["p_challenge"]:
    failures.append("a nuclear target must lower P_challenge with no candidates")

# 4. one defender, every quantity by hand (example A of README.md, c_T = 0.18)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import worked_examples  # noqa: E402
r = model.solve_world(worked_examples.TARGET)[0]
d = r["candidates"][0]
pT, pTD = 0.18 ** 2 / (0.18 ** 2 + 0.17 ** 2), 0.51 ** 2 / (0.51 ** 2 + 0.17 ** 2)
k = 0.6 * (pTD - pT) + 0.5
check("example A k*", d["threshold"], k, 1e-15)
q = model.Phi(math.log(k / 0.7) / 0.1)
check("example A q", d["q"], q, 1e-10)
check("example A E_p", r["ep"], pT + q * (pTD - pT), 1e-10)
k0 = 0.0  # no interest: no ideal points, no shared rival
check("example A entanglement", d["entanglement"], q - 0.0, 1e-10)
check("example A entrapment", d["entrapment"], 0.0, 0.0)

if failures:
    print("\n".join(failures))
    sys.exit(1)
print("selftest ok")
