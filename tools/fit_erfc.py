"""Fits the polynomial P in  erfc(z) = t * exp(-z*z + P(t)),  t = 1/(1 + z/2),  z >= 0.

This is the form of Numerical Recipes' erfcc (one formula for all z >= 0, no branches, so it
vectorises), with our own coefficients fitted to double precision by least squares on Chebyshev
nodes of t in [0, 1] (t -> 0 is z -> infinity, where the form tends to erfc's asymptote).
Dev-time only: prints Java constants. Needs numpy and mpmath.
"""
import sys
import numpy as np
import mpmath as mp

mp.mp.dps = 40
deg = int(sys.argv[1]) if len(sys.argv) > 1 else 14

def g(t):
    t = mp.mpf(t)
    if t == 0:
        return mp.log(2 / mp.sqrt(mp.pi))
    z = 2 / t - 2
    return mp.log(mp.erfc(z) * mp.exp(z * z) / t)

m = 400
nodes = [0.5 - 0.5 * mp.cos(mp.pi * (k + 0.5) / m) for k in range(m)]
A = np.array([[float(t) ** j for j in range(deg + 1)] for t in nodes])
y = np.array([float(g(t)) for t in nodes])
# Chebyshev nodes + monomial basis is well enough conditioned for deg <= 16 in double.
coef, *_ = np.linalg.lstsq(A, y, rcond=None)

def approx(z):
    t = 1.0 / (1.0 + 0.5 * z)
    p = 0.0
    for c in coef[::-1]:
        p = p * t + c
    return t * np.exp(-z * z + p)

worst = 0.0
for z in np.linspace(0, 26, 20001):
    ref = float(mp.erfc(z))
    if ref == 0:
        continue
    worst = max(worst, abs(approx(z) - ref) / ref)
print(f"// degree {deg}: max relative error on z in [0, 26] = {worst:.3e}")
for j, c in enumerate(coef):
    print(f"    static final double C{j} = {float(c)!r};")
