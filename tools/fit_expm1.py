"""Fits Q in  expm1(r) = r + r^2/2 + r^3 * Q(r)  on |r| <= ln2/2, for the vector expm1 (VectorExpm1.java).

Least squares on Chebyshev nodes weighted for relative error of expm1(r) (which vanishes at 0,
so the weight is 1/|expm1(r)|), coefficients rounded to float32 and re-checked in high
precision. Dev-time only: prints Java constants. Needs numpy and mpmath.
"""
import sys
import numpy as np
import mpmath as mp

mp.mp.dps = 40
deg = int(sys.argv[1]) if len(sys.argv) > 1 else 4
half = float(mp.log(2) / 2)
m = 600
nodes = [half * float(mp.cos(mp.pi * (k + 0.5) / m)) for k in range(m)]

def q(r):
    r = mp.mpf(r)
    return (mp.expm1(r) - r - r * r / 2) / r ** 3

A = np.array([[r ** j for j in range(deg + 1)] for r in nodes])
y = np.array([float(q(r)) for r in nodes])
wts = np.array([abs(r ** 3 / float(mp.expm1(r))) for r in nodes])
coef, *_ = np.linalg.lstsq(A * wts[:, None], y * wts, rcond=None)
coef32 = [np.float32(c) for c in coef]
worst = 0
for r in np.linspace(-half, half, 20001):
    if r == 0:
        continue
    qq = mp.mpf(0)
    for c in coef32[::-1]:
        qq = qq * r + mp.mpf(float(c))
    approx = r + r * r / 2 + r ** 3 * qq
    worst = max(worst, abs(approx / mp.expm1(r) - 1))
print(f"// degree {deg}: max relative error on |r| <= ln2/2 with float coefficients = {float(worst):.3e}")
for j, c in enumerate(coef32):
    print(f"    private static final float E{j} = {float(c)!r}f;")
