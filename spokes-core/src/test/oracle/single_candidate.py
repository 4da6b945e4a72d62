"""Oracle of SingleCandidateTest (model v2): crises with exactly one candidate j, so the
intervention stage has no fixed point to search (no other candidate moves j's expectations) and
everything follows from the equations of /work/wt/V2.md in order:

    dW     = W_j({j}) - W_j({})                        (W = p for a defender, 1 - p for a supporter)
    eta    = zeta z n_C (defender) or z nu_D (supporter), j's own membership included
    k*     = max(0, a s dW + beta - eta),  q = F(k*)
    k0     = max(0, u s dW - eta)
    Ep     = q p({j}) + (1 - q) p({}),  Eν_D = n_T or q [j an umbrella holder of T],  Eν_C = n_C
    P_resist = F(s Ep - zeta z Eν_C),  P_challenge by integration over theta (v2_formulas.py)

Each case prints its inputs worked out by hand (affinity, interest, beta) and every output.
Rerun: python3 spokes-core/src/test/oracle/single_candidate.py
"""

from v2_formulas import lognormal_cdf, partial_expectation, csf, p_resist, p_challenge, params, show


def solve(name, c_t, c_c, c_j, side, a, u, beta, n_t=False, n_c=False, umbrella=False, **changes):
    p = params(**changes)
    s, g, kbar, sk, z, zeta = p["s"], p["gamma"], p["kbar"], p["sigma_k"], p["z"], p["zeta"]
    if side == "defender":
        p_with, p_without = csf(c_t + c_j, c_c, g), csf(c_t, c_c, g)
        dW = p_with - p_without
        nu_d_with = 1.0 if (n_t or umbrella) else 0.0
        eta = zeta * z * (1.0 if n_c else 0.0)
        share = c_j / (c_t + c_j)
    else:
        p_with, p_without = csf(c_t, c_c + c_j, g), csf(c_t, c_c, g)
        dW = p_without - p_with
        nu_d_with = 1.0 if n_t else 0.0
        eta = z * (1.0 if n_t else 0.0)
        share = c_j / (c_c + c_j)
    k_star = max(0.0, a * s * dW + beta - eta)
    k_zero = max(0.0, u * s * dW - eta)
    q = lognormal_cdf(k_star, kbar, sk)
    induced = q - lognormal_cdf(k_zero, kbar, sk)
    ep = q * p_with + (1 - q) * p_without
    nu_d = q * nu_d_with + (1 - q) * (1.0 if n_t else 0.0)
    nu_c = 1.0 if n_c else 0.0
    pr = p_resist(s, ep, nu_c, zeta, z, kbar, sk)
    pc = p_challenge(s, pr, ep, nu_d, p["chi"], z, p["mu_theta"], p["sigma_theta"], kbar, sk)
    k_t = s * ep - zeta * z * nu_c
    if side == "defender":
        share_t = q * c_t / (c_t + c_j) + (1 - q)
        share_c = 1.0
    else:
        share_t = 1.0
        share_c = q * c_c / (c_c + c_j) + (1 - q)
    print(name)
    for label, v in [("dW", dW), ("eta", eta), ("k*", k_star), ("k0", k_zero), ("q", q), ("induced F(k*)-F(k0)", induced),
                     ("Ep", ep), ("nu_D", nu_d), ("P_resist", pr), ("P_challenge", pc), ("P_war", pc * pr),
                     ("induced x P_war", induced * pc * pr), ("burden share j", share),
                     ("expected war cost j", partial_expectation(k_star, kbar, sk) + q * eta),
                     ("target threshold", k_t), ("target burden share", share_t), ("challenger burden share", share_c),
                     ("target expected war cost", partial_expectation(k_t, kbar, sk) + pr * zeta * z * nu_c)]:
        show(label, v)


# defenderHonouringAnUnconditionalDefensePact: DEF (1.5) owes TAR (1) defense, CHA (2); a = w_def = 0.6,
# u = 0, beta = lambda_defense = 0.5 (no iota, no other protégé, DEF is the hub, not a spoke).
solve("defenderHonouringAnUnconditionalDefensePact", 1.0, 2.0, 1.5, "defender", a=0.6, u=0.0, beta=0.5)
# the same, CHA nuclear and nuclear_compellence 0.5: every defending fighter pays zeta z = 0.5
solve("nuclearChallengerWithCompellence", 1.0, 2.0, 1.5, "defender", a=0.6, u=0.0, beta=0.5, n_c=True, zeta=0.5)
# conditionsThatApply: the pact holds for Asia (TAR's region); CHA is a rival of DEF and of TAR, so DEF and TAR
# share a rival: u = w_sh = 0.1 and a = min(1, 0.6 + 0.1) = 0.7.
solve("conditionsThatApply", 1.0, 2.0, 1.5, "defender", a=0.7, u=0.1, beta=0.5)
# conditionsThatExcludeTheCrisis: the pact holds for Europe only: o* = none, a = u = 0.1, beta = 0.
solve("conditionsThatExcludeTheCrisis", 1.0, 2.0, 1.5, "defender", a=0.1, u=0.1, beta=0.0)
# supporterWithAnOffensePledge: SUP (0.8) owes CHA offense; ideal points CHA 0.0, SUP 0.6:
# u = w_ip (1 - 0.6/3) = 0.16, a = 0.16 (offense adds no affinity), beta = lambda_offense = 0.5.
solve("supporterWithAnOffensePledge", 1.0, 2.0, 0.8, "supporter", a=0.16, u=0.16, beta=0.5)
# supporterWithADefensePactOnly: a defense pact never binds a supporter: o* = none, beta = 0.
solve("supporterWithADefensePactOnly", 1.0, 2.0, 0.8, "supporter", a=0.16, u=0.16, beta=0.0)
# supporterFacingANuclearTarget: as the offense case, TAR nuclear: eta = z = 1.
solve("supporterFacingANuclearTarget", 1.0, 2.0, 0.8, "supporter", a=0.16, u=0.16, beta=0.5, n_t=True)
# umbrellaHolder: NUC (1, nuclear) owes TAR defense under a treaty with iota 0.25: a = 0.6 + 0.2*0.25 = 0.65,
# beta = 0.5 (1 + 0.25) = 0.625; with the nuclear_umbrella flag its joining makes nu_D = 1.
solve("umbrellaHolder", 1.0, 2.0, 1.0, "defender", a=0.65, u=0.0, beta=0.625, umbrella=True)
solve("umbrellaHolderWithoutTheFlag", 1.0, 2.0, 1.0, "defender", a=0.65, u=0.0, beta=0.625)
# spokeOfAHubThatIsTheTarget: TAR (3) and SPK (1) owe each other defense; TAR is the hub, q_H = 1;
# Dep_SPK = c_TAR a_TAR,SPK / (c_TAR a_TAR,SPK + c_CHA a_CHA,SPK) = 3*0.6 / (3*0.6 + 0) = 1;
# beta = 0.5 + lambda_dep * 1 * 1 = 0.8.
solve("spokeOfAHubThatIsTheTarget", 3.0, 2.0, 1.0, "defender", a=0.6, u=0.0, beta=0.8)
