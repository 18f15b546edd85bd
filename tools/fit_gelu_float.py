"""Fits the float-lane gelu's h(a) = Φ(−a)·e^(a²/2) on a in [0, 14.5] (VectorErfGelu), as
h = 1/(C·a + ρ(a)) with C = float(√(2π)) and ρ = N/M, N(0) = 2 so that h(0) = ½ exactly.

ρ falls from 2 to ~C/a while C·a grows, so the evaluation errors of N and M are damped by
ρ/(C·a + ρ); the code computes h = M/(C·a·M + N), one division. Linearised least squares for the
error of ρ relative to C·a + ρ, reweighted until it settles, on Chebyshev nodes; coefficients
rounded to float32; then h evaluated as the code does (float Horner with FMAs, float division)
and its relative error printed in u = 2^-24. Dev-time only; prints Java constants. Needs numpy, mpmath.
"""
import sys
import numpy as np
import mpmath as mp

mp.mp.dps = 40
n, m = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) > 2 else (4, 5)
top = 14.5
C = np.float32(float(mp.sqrt(2 * mp.pi)))

def h(a):
    a = mp.mpf(a)
    return 0.5 * mp.erfc(a / mp.sqrt(2)) * mp.exp(a * a / 2)

K = 800
x = np.array([top * (0.5 - 0.5 * float(mp.cos(mp.pi * (k + 0.5) / K))) for k in range(K)])
inv = np.array([float(1 / h(a)) for a in x])
rho = inv - float(C) * x
q = np.zeros(m + 1)
q[0] = 1
for _ in range(40):
    w = 1 / (inv * np.polyval(q[::-1], x))
    A = np.hstack([np.vstack([x ** j for j in range(1, n + 1)]).T,
                   -rho[:, None] * np.vstack([x ** j for j in range(1, m + 1)]).T])
    sol, *_ = np.linalg.lstsq(A * w[:, None], (rho - 2) * w, rcond=None)
    p, q = np.concatenate([[2], sol[:n]]), np.concatenate([[1], sol[n:]])
N32 = [np.float32(c) for c in p]
M32 = [np.float32(c) for c in q]

def horner32(cs, a):
    r = cs[-1]
    for c in cs[-2::-1]:
        r = np.float32(float(r) * float(a) + float(c))  # fma: one rounding
    return r

worst, where = 0.0, 0.0
for a in np.linspace(0, top, 20001, dtype=np.float32):
    mm = horner32(M32, a)
    den = np.float32(float(np.float32(float(C) * float(a))) * float(mm) + float(horner32(N32, a)))
    err = abs(float(np.float32(float(mm) / float(den))) / float(h(float(a))) - 1) / 2.0 ** -24
    if err > worst:
        worst, where = err, float(a)
print(f"// N degree {n}, M degree {m}: h evaluated in float within {worst:.2f} u (worst at a = {where:.4g})")
print(f"    private static final float SQRT_2PI = {float(C)!r}f;")
for j, c in enumerate(N32):
    print(f"    private static final float N{j} = {float(c)!r}f;")
for j, c in enumerate(M32[1:], 1):
    print(f"    private static final float M{j} = {float(c)!r}f;")
