"""Fits Q in  e^r = 1 + r + r^2 * Q(r)  on |r| <= ln2/2, for the vector expf (VectorExp.java).

Least squares on Chebyshev nodes, weighted for relative error, then coefficients rounded to
float32 and the rounded polynomial re-checked in high precision. Dev-time only: prints Java
constants. Needs numpy and mpmath.
"""
import sys
import numpy as np
import mpmath as mp

mp.mp.dps = 40
deg = int(sys.argv[1]) if len(sys.argv) > 1 else 5
half = float(mp.log(2) / 2)
m = 600
nodes = [half * float(mp.cos(mp.pi * (k + 0.5) / m)) for k in range(m)]

def q(r):
    r = mp.mpf(r)
    if r == 0:
        return mp.mpf(0.5)
    return (mp.exp(r) - 1 - r) / (r * r)

A = np.array([[r ** j for j in range(deg + 1)] for r in nodes])
y = np.array([float(q(r)) for r in nodes])
# weight: relative error of the whole e^r ~ r^2 * dq / e^r
wts = np.array([r * r / float(mp.exp(r)) + 1e-30 for r in nodes])
coef, *_ = np.linalg.lstsq(A * wts[:, None], y * wts, rcond=None)
coef32 = [np.float32(c) for c in coef]

worst = 0
for r in np.linspace(-half, half, 20001):
    qq = mp.mpf(0)
    for c in coef32[::-1]:
        qq = qq * r + mp.mpf(float(c))
    approx = 1 + r + r * r * qq
    worst = max(worst, abs(approx / mp.exp(r) - 1))
print(f"// degree {deg}: max relative error on |r| <= ln2/2 with float coefficients = {float(worst):.3e}")
for j, c in enumerate(coef32):
    print(f"    private static final float Q{j} = {float(c)!r}f;")
