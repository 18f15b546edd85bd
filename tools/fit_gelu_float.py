"""Fits h(a) = Φ(−a)·e^(a²/2) = ½·erfc(a/√2)·e^(a²/2) on a in [0, 14.5] by a rational P(a)/Q(a),
for the float-lane gelu (VectorGelu): gelu(x) = x·Φ(x), Φ(−|x|) = e^(−x²/2)·h(|x|).

h is smooth and falls from ½ to ~1/(a·√(2π)), so deg Q = deg P + 1. Linearised least squares
(P − y·(Q − 1) = y, reweighted by 1/(y·Q) until it settles) on Chebyshev nodes; coefficients
rounded to float32, then the error measured two ways: the rounded coefficients in exact
arithmetic (the fit), and P and Q by Horner with float fused multiply-adds plus the float
division (what the vector code computes). Dev-time only; prints Java constants. Needs numpy and mpmath.
"""
import sys
import numpy as np
import mpmath as mp

mp.mp.dps = 40
n = int(sys.argv[1]) if len(sys.argv) > 1 else 4
top = 14.5

def h(a):
    a = mp.mpf(a)
    return 0.5 * mp.erfc(a / mp.sqrt(2)) * mp.exp(a * a / 2)

M = 800
x = np.array([top * (0.5 - 0.5 * float(mp.cos(mp.pi * (k + 0.5) / M))) for k in range(M)])
y = np.array([float(h(a)) for a in x])
q = np.zeros(n + 2)
q[0] = 1
for _ in range(30):
    w = 1 / (y * np.polyval(q[::-1], x))
    A = np.hstack([np.vstack([x ** j for j in range(n + 1)]).T,
                   -y[:, None] * np.vstack([x ** j for j in range(1, n + 2)]).T])
    sol, *_ = np.linalg.lstsq(A * w[:, None], y * w, rcond=None)
    p, q = sol[:n + 1], np.concatenate([[1], sol[n + 1:]])
p32 = [np.float32(c) for c in p]
q32 = [np.float32(c) for c in q]

def horner32(cs, a):
    r = cs[-1]
    for c in cs[-2::-1]:
        r = np.float32(float(r) * float(a) + float(c))  # fma: one rounding
    return r

fit = evaluated = 0
for a in np.linspace(0, top, 40001, dtype=np.float32):
    exact = h(float(a))
    fit = max(fit, abs(np.polyval([float(c) for c in p32][::-1], float(a))
                       / np.polyval([float(c) for c in q32][::-1], float(a)) / exact - 1))
    evaluated = max(evaluated, abs(float(np.float32(float(horner32(p32, a)) / float(horner32(q32, a)))) / exact - 1))
u = 2.0 ** -24
print(f"// P degree {n}, Q degree {n + 1}, a in [0, {top}]: relative error {float(fit) / u:.2f} u "
      f"(float coefficients), {float(evaluated) / u:.2f} u evaluated in float (u = 2^-24)")
for j, c in enumerate(p32):
    print(f"    private static final float P{j} = {float(c)!r}f;")
for j, c in enumerate(q32[1:], 1):
    print(f"    private static final float Q{j} = {float(c)!r}f;")
