"""Fits P in  log(1 + z) = 2s + 2s*t*P(t),  s = z/(2 + z),  t = s^2,  for z in [0, 1] (t <= 1/9),
for the vector log1p (VectorLog1p.java). The series 2*atanh(s) has P = 1/3 + t/5 + t^2/7 + ...;
a fitted P of degree 3 is as good as seven series terms and saves C2 three FMAs (and their
broadcasts) in softplus's loop, which sits near C2's node cutoff (docs/design.md, rule 16).

Least squares on Chebyshev nodes, weighted for the relative error of the whole log1p, then the
coefficients rounded to float32 and the rounded polynomial re-checked in high precision.
Dev-time only: prints Java constants. Needs numpy and mpmath.
"""
import sys
import numpy as np
import mpmath as mp

mp.mp.dps = 40
deg = int(sys.argv[1]) if len(sys.argv) > 1 else 3
top = 1.0 / 9
m = 600
nodes = [top / 2 * (1 + float(mp.cos(mp.pi * (k + 0.5) / m))) for k in range(m)]


def p(t):
    t = mp.mpf(t)
    if t == 0:
        return mp.mpf(1) / 3
    s = mp.sqrt(t)
    return (mp.atanh(s) / s - 1) / t


A = np.array([[t ** j for j in range(deg + 1)] for t in nodes])
y = np.array([float(p(t)) for t in nodes])
# The relative error of log1p = 2s(1 + tP) is t*dP/(1 + tP).
wts = np.array([t / (1 + t / 3) + 1e-30 for t in nodes])
coef, *_ = np.linalg.lstsq(A * wts[:, None], y * wts, rcond=None)
coef32 = [np.float32(c) for c in coef]

worst = 0
for t in np.linspace(0, top, 20001):
    pp = mp.mpf(0)
    for c in coef32[::-1]:
        pp = pp * t + mp.mpf(float(c))
    s = mp.sqrt(t)
    exact = 2 * mp.atanh(s)
    approx = 2 * s * (1 + t * pp)
    if t > 0:
        worst = max(worst, abs(approx / exact - 1))
print(f"// degree {deg}: max relative error on t <= 1/9 with float coefficients = {float(worst):.3e}")
for j, c in enumerate(coef32):
    print(f"    private static final float P{j} = {float(c)!r}f;")
