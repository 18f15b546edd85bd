"""Fits P in erfc(z) = t * exp(-z*z + P(t)), t = 1/(1 + z/2), for FLOAT evaluation (VectorGelu).

Differs from fit_erfc.py (double): the range is z in [0, 10.5] only (gelu underflows beyond), the
coefficients are rounded to float32 one at a time from the highest degree with the lower ones
refitted after each rounding, and the error is measured with the polynomial evaluated in float32
arithmetic (Horner with fused multiply-adds, each rounded once). Prints Java constants.
"""
import sys
import numpy as np
import mpmath as mp

mp.mp.dps = 40
deg = int(sys.argv[1]) if len(sys.argv) > 1 else 10
tlo = 1 / (1 + 10.5 / 2)

def g(t):
    z = 2 / mp.mpf(t) - 2
    return mp.log(mp.erfc(z) * mp.exp(z * z) / t)

m = 500
nodes = [tlo + (1 - tlo) * (0.5 - 0.5 * float(mp.cos(mp.pi * (k + 0.5) / m))) for k in range(m)]
y = np.array([float(g(t)) for t in nodes])
A = np.array([[t ** j for j in range(deg + 1)] for t in nodes])
fixed = {}
for j in range(deg, -1, -1):
    free = [i for i in range(deg + 1) if i not in fixed]
    rhs = y - sum(A[:, i] * c for i, c in fixed.items()) if fixed else y
    coef, *_ = np.linalg.lstsq(A[:, free], rhs, rcond=None)
    fixed[j] = float(np.float32(coef[free.index(j)]))
c32 = [np.float32(fixed[j]) for j in range(deg + 1)]

def horner32(t):
    t = np.float32(t)
    p = c32[-1]
    for c in c32[-2::-1]:
        p = np.float32(float(p) * float(t) + float(c))  # fma: exact product and sum in double, one rounding
    return float(p)

worst = 0
for t in np.linspace(tlo, 1, 20001):
    worst = max(worst, abs(horner32(t) - float(g(t))))
print(f"// degree {deg}, t in [{tlo:.4f}, 1]: max absolute error of P in float arithmetic = {worst:.3e}")
for j, c in enumerate(c32):
    print(f"    private static final float P{j} = {float(c)!r}f;")
