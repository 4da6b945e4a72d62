"""Oracle of ClosedFormTest (model v2): the crisis with no candidates, C against T alone.

    p0 = c_T^g / (c_T^g + c_C^g) on effective capabilities; Eν_D = n_T, Eν_C = n_C
    P_resist    = F(s p0 - zeta z n_C)
    P_challenge = P(theta A - kappa B - K > 0), A = s(1 - P_r p0), B = P_r, K = chi + P_r z n_T
    target's expected war cost = E[kappa 1{kappa <= k*_T}] + P_r zeta z n_C

Rerun: python3 spokes-core/src/test/oracle/closed_form.py   (prints "case N" blocks; ClosedFormTest cites them)
"""

from v2_formulas import p_resist, p_challenge, p_challenge_v1_closed_form, partial_expectation, csf, params, show, miles, projected


def case(n, title, c_t, c_c, nuclear_t=False, nuclear_c=False, **changes):
    p = params(**changes)
    p0 = csf(c_t, c_c, p["gamma"])
    nu_d = 1.0 if nuclear_t else 0.0
    nu_c = 1.0 if nuclear_c else 0.0
    k_t = p["s"] * p0 - p["zeta"] * p["z"] * nu_c
    pr = p_resist(p["s"], p0, nu_c, p["zeta"], p["z"], p["kbar"], p["sigma_k"])
    pc = p_challenge(p["s"], pr, p0, nu_d, p["chi"], p["z"], p["mu_theta"], p["sigma_theta"], p["kbar"], p["sigma_k"])
    print("case %d: %s" % (n, title))
    show("Ep", p0)
    show("target threshold", k_t)
    show("P_resist", pr)
    show("P_challenge", pc)
    show("deterrence", 1 - pc)
    show("P_war", pc * pr)
    show("target expected war cost", partial_expectation(k_t, p["kbar"], p["sigma_k"]) + pr * p["zeta"] * p["z"] * nu_c)
    if p["chi"] == 0 and not nuclear_t:
        show("v1 closed form P_challenge", p_challenge_v1_closed_form(p["s"], pr, p0, p["mu_theta"], p["sigma_theta"], p["kbar"], p["sigma_k"]))
    return pc


case(1, "c_C = c_T = 1, defaults (chi 0.2)", 1, 1)
case(2, "c_C = 1, c_T = 3, defaults (chi 0.2)", 3, 1)
case(3, "c_C = 1, c_T = 3, chi = 0: v1's closed form", 3, 1, chi=0.0)
case(4, "c_C = 1, c_T = 3 nuclear, chi 0.2", 3, 1, nuclear_t=True)
case(5, "c_C = 1, c_T = 3 nuclear, chi = 0", 3, 1, nuclear_t=True, chi=0.0)
case(6, "c_C = 1 nuclear, c_T = 3, nuclear_compellence 0.5", 3, 1, nuclear_c=True, zeta=0.5)
case(7, "c_C = 1, c_T = 3, s 2, kbar 0.5, mu_theta -0.5, chi 0: v1's case 8", 3, 1, s=2.0, kbar=0.5, mu_theta=-0.5, chi=0.0)
case(8, "c_C = 2, c_T = 1, kbar 0.5, sigma_k 0.3, sigma_theta 1, gamma 2, chi 0.5", 1, 2, kbar=0.5, sigma_k=0.3, sigma_theta=1.0,
     gamma=2.0, chi=0.5)

# case 9: projection. CHA's capital Beijing (39.9042, 116.4074), TAR's Seoul (37.5665, 126.978), capabilities
# 0.2 and 0.05 (shares), theater the target's capital: d_T = 0, d_C = Beijing-Seoul.
d_c = miles(39.9042, 116.4074, 37.5665, 126.978)
c_c = projected(0.2, d_c)
c_t = projected(0.05, 0.0)
print("case 9: projection, CHA 0.2 at Beijing, TAR 0.05 at Seoul, theater Seoul")
show("miles Beijing-Seoul", d_c)
show("effective c_C", c_c)
show("effective c_T", c_t)
case(9, "  ... the same crisis on effective capabilities", c_t, c_c)
print("case 10: the same with projection 0 (raw capabilities)")
case(10, "  ... raw capabilities", 0.05, 0.2)
