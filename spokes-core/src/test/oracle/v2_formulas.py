"""The pieces of crisis model v2 (/work/wt/V2.md, docs/model.md) that the small oracles share,
written from the equations, not ported from the Java engine. Python 3 standard library only.

The challenger's decision is integrated over theta_C here (the engine integrates over kappa_C), so
the two implementations agree only if both integrals are right:
    P_challenge = P(theta A - kappa B - K > 0) = E_theta[ F_kappa((theta A - K) / B) ].
"""

import math

E = math.e
EARTH_RADIUS_MILES = 6371.0088 / 1.609344


def Phi(x):
    return 0.5 * math.erfc(-x / math.sqrt(2.0))


def lognormal_cdf(k, median, sigma):
    """F(k) = P(kappa <= k), kappa ~ LogNormal(ln median, sigma); 0 for k <= 0."""
    if k <= 0:
        return 0.0
    return Phi((math.log(k) - math.log(median)) / sigma)


def partial_expectation(k, median, sigma):
    """E[kappa 1{kappa <= k}] = median e^(sigma^2/2) Phi((ln k - ln median - sigma^2) / sigma)."""
    if k <= 0:
        return 0.0
    return median * math.exp(sigma * sigma / 2) * Phi((math.log(k) - math.log(median) - sigma * sigma) / sigma)


def csf(xd, xc, gamma):
    return xd ** gamma / (xd ** gamma + xc ** gamma)


def p_resist(s, ep, nu_c, zeta, z, kbar, sigma_k):
    """The target resists iff kappa_T <= s Ep - zeta z Eν_C."""
    return lognormal_cdf(s * ep - zeta * z * nu_c, kbar, sigma_k)


def adaptive_simpson(f, a, b, tol=1e-14, depth=40):
    """Adaptive Simpson quadrature (Richardson-corrected), refining where the integrand turns fast."""
    def simpson3(fa, fm, fb, a, b):
        return (b - a) / 6 * (fa + 4 * fm + fb)

    def recurse(a, b, fa, fm, fb, whole, tol, depth):
        m = (a + b) / 2
        lm, rm = (a + m) / 2, (m + b) / 2
        flm, frm = f(lm), f(rm)
        left = simpson3(fa, flm, fm, a, m)
        right = simpson3(fm, frm, fb, m, b)
        # tolerance halves per level but never below what double precision can resolve
        if depth <= 0 or abs(left + right - whole) <= 15 * max(tol, 1e-17):
            return left + right + (left + right - whole) / 15
        return recurse(a, m, fa, flm, fm, left, tol / 2, depth - 1) + recurse(m, b, fm, frm, fb, right, tol / 2, depth - 1)

    total = 0.0
    pieces = 64  # start from 64 panels so that no feature hides between the first nodes
    h = (b - a) / pieces
    for i in range(pieces):
        lo, hi = a + i * h, a + (i + 1) * h
        flo, fmid, fhi = f(lo), f((lo + hi) / 2), f(hi)
        total += recurse(lo, hi, flo, fmid, fhi, simpson3(flo, fmid, fhi, lo, hi), tol / pieces, depth)
    return total


def p_challenge(s, pr, ep, nu_d, chi, z, mu_theta, sigma_theta, kbar, sigma_k):
    """P(theta A - kappa B - K > 0), A = s(1 - P_r Ep), B = P_r, K = chi + P_r z Eν_D, over theta:
    E_theta[F_kappa((theta A - K) / B)], by adaptive Simpson from the theta where theta A = K (below it
    the integrand is 0) to 12 standard deviations."""
    a = s * (1 - pr * ep)
    b = pr
    k = chi + pr * z * nu_d
    if a <= 0:
        return 0.0
    if b == 0:
        if k <= 0:
            return 1.0
        return 1 - Phi((math.log(k / a) - mu_theta) / sigma_theta)

    def integrand(v):
        theta = math.exp(mu_theta + sigma_theta * v)
        density = math.exp(-v * v / 2) / math.sqrt(2 * math.pi)
        return density * lognormal_cdf((theta * a - k) / b, kbar, sigma_k)

    lower = -12.0 if k <= 0 else max(-12.0, (math.log(k / a) - mu_theta) / sigma_theta)
    if lower >= 12.0:
        return 0.0
    return adaptive_simpson(integrand, lower, 12.0)


def p_challenge_v1_closed_form(s, pr, ep, mu_theta, sigma_theta, kbar, sigma_k):
    """v1's closed form (docs/model.md v0.1.0 §5.10), valid when chi = 0 and no nuclear threat."""
    big_sigma = math.sqrt(sigma_theta ** 2 + sigma_k ** 2)
    L = math.log(pr / (s * (1 - pr * ep)))
    return Phi((mu_theta - math.log(kbar) - L) / big_sigma)


def miles(lat1, lon1, lat2, lon2):
    """Great-circle distance in statute miles (haversine), mean Earth radius 6371.0088 km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * math.asin(min(1.0, math.sqrt(h)))


def projected(c, d_miles, miles_per_day=250.0):
    """Loss-of-strength gradient: c^x, x = log10(d / mpd + (10 - e))."""
    return c ** math.log10(d_miles / miles_per_day + (10 - E))


DEFAULTS = dict(s=1.0, mu_theta=0.0, sigma_theta=0.5, kbar=1.0, sigma_k=0.5, chi=0.2, z=1.0, zeta=0.0, gamma=1.0,
                w_def=0.6, w_con=0.2, w_inst=0.2, w_sh=0.1, w_ip=0.2, ip_scale=3.0,
                lambda_defense=0.5, lambda_offense=0.5, rho=0.3, lambda_dep=0.3)


def params(**changes):
    p = dict(DEFAULTS)
    p.update(changes)
    return p


def show(name, value):
    print("  %-28s %.17g" % (name, value))
