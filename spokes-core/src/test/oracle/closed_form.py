"""Oracle of ClosedFormTest (spokes-core): the crisis with no candidates, docs/model.md section 5.12.

With no candidate interveners the game is C against T in closed form:
  Ep = c_T^g / (c_T^g + c_C^g),  Ec_T = Ec_C = 1
  P_resist    = Phi((ln(s Ep) - ln kbar_T) / sigma_k)
  P_challenge = Phi((mu_theta - ln kbar_C - ln(P_resist / (s (1 - P_resist Ep)))) / sqrt(sigma_theta^2 + sigma_k^2))
kbar_j is multiplied by nuclear_factor (1.5) when only the other side is nuclear (section 5.5).
Written straight from those formulas, without spokes_model.py. Standard library only.

Rerun: python3 spokes-core/src/test/oracle/closed_form.py
"""

import math


def Phi(z):
    return 0.5 * math.erfc(-z / math.sqrt(2.0))


def closed_form(c_C, c_T, nuclear_C=False, nuclear_T=False, s=1.0, kbar=1.0, mu_theta=0.0,
                sigma_theta=0.5, sigma_k=0.5, gamma=1.0, nu=1.5):
    kbar_T = kbar * (nu if nuclear_C and not nuclear_T else 1.0)
    kbar_C = kbar * (nu if nuclear_T and not nuclear_C else 1.0)
    ep = c_T ** gamma / (c_T ** gamma + c_C ** gamma)
    k_T = s * ep  # the target's threshold s Ep / Ec_T with Ec_T = 1
    z_r = (math.log(k_T) - math.log(kbar_T)) / sigma_k
    p_r = Phi(z_r)
    L = math.log(p_r / (s * (1 - p_r * ep)))
    p_c = Phi((mu_theta - math.log(kbar_C) - L) / math.sqrt(sigma_theta ** 2 + sigma_k ** 2))
    # the target's expected war cost: Ec_T * E[kappa 1{kappa <= k_T}] (section 5.11)
    cost_T = kbar_T * math.exp(sigma_k ** 2 / 2) * Phi((math.log(k_T) - math.log(kbar_T) - sigma_k ** 2) / sigma_k)
    return {"Ep": ep, "k_T": k_T, "kbar_T": kbar_T, "kbar_C": kbar_C, "z_resist": z_r, "P_resist": p_r, "P_challenge": p_c,
            "deterrence": 1 - p_c, "P_war": p_c * p_r, "expected_war_cost_T": cost_T}


# (test method, arguments) in the order of ClosedFormTest; "case N" in the test comments counts from 1.
CASES = [
    ("equalCapabilitiesNoNuclear", dict(c_C=1, c_T=1)),
    ("strongerTargetNoNuclear", dict(c_C=1, c_T=3)),
    ("onlyTheChallengerIsNuclear", dict(c_C=1, c_T=3, nuclear_C=True)),
    ("onlyTheTargetIsNuclear", dict(c_C=1, c_T=3, nuclear_T=True)),
    ("bothNuclearCancels", dict(c_C=1, c_T=3, nuclear_C=True, nuclear_T=True)),
    ("onlyTheChallengerNuclearWithEqualCapabilities", dict(c_C=1, c_T=1, nuclear_C=True)),
    ("decisivenessGammaTwo", dict(c_C=1, c_T=3, gamma=2.0)),
    ("stakeKbarAndResolveParameters", dict(c_C=1, c_T=3, s=2.0, kbar=0.5, mu_theta=-0.5)),
    ("noiseParameters", dict(c_C=2, c_T=1, kbar=0.5, sigma_k=0.3, sigma_theta=1.0)),
    ("noiseParameters (nuclear challenger)", dict(c_C=2, c_T=1, kbar=0.5, sigma_k=0.3, sigma_theta=1.0, nuclear_C=True)),
    ("unrelatedStatesAreNoCandidates", dict(c_C=1, c_T=3)),
]

if __name__ == "__main__":
    for n, (name, args) in enumerate(CASES, 1):
        print(f"case {n}: {name} {args}")
        for key, value in closed_form(**args).items():
            print(f"  {key:<20} {value!r}")
