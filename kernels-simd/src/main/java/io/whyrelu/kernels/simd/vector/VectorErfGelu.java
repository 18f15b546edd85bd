package io.whyrelu.kernels.simd.vector;

import static io.whyrelu.kernels.simd.vector.Lanes.F;
import static io.whyrelu.kernels.simd.vector.Lanes.L;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * gelu(x) = x·Φ(x) in float lanes, from Φ(−a) = e^(−a²/2)·h(a), a = |x|, and Φ(x) = 1 − Φ(−x):
 * <ul>
 * <li>x ≤ 0: x·q, q = Φ(−a); x &gt; 0: x − a·q, one FMA either way;
 * <li>h(a) = ½·erfc(a/√2)·e^(a²/2) falls smoothly from ½ to ~1/(a√(2π)): h = 1/(√(2π)·a + ρ(a)),
 * ρ = N/M of degrees 4 and 5 fitted on [0, 14.5] by tools/fit_gelu_float.py; a is x's own bits,
 * so nothing is rounded before the fit is evaluated;
 * <li>e^(−x²/2) with −x²/2 = s − d split exactly by an FMA and d fed into the exp's reduced
 * argument ({@link VectorExp#expNormalMinus}): rounded to float, x²/2
 * would carry an absolute error of up to 4e-6 at x = −13, which e^(−x²/2) turns into 60 ULPs.
 * </ul>
 * That is the one exp of the sigmoid family plus a rational, in float lanes: twice the lanes of
 * the double form it replaced and no double division, 4.3× its speed. Its error, the exp's
 * ≤ 1 ULP plus h's (≤ 2.3 u evaluated in float) and three roundings, reaches 4.65 ULPs over all
 * floats (budget 5, {@link UlpBudgets}; docs/accuracy.md).
 */
final class VectorErfGelu {

    /** float(√(2π)); ρ is fitted against this very constant, so its rounding costs nothing. */
    private static final float SQRT_2PI = 2.5066282749176025f;
    private static final float N0 = 2.0f;
    private static final float N1 = 1.2670520544052124f;
    private static final float N2 = 0.4197988510131836f;
    private static final float N3 = 0.07569754868745804f;
    private static final float N4 = 0.006360771134495735f;
    private static final float M1 = 1.0889556407928467f;
    private static final float M2 = 0.569221556186676f;
    private static final float M3 = 0.17229385673999786f;
    private static final float M4 = 0.030210481956601143f;
    private static final float M5 = 0.0025373552925884724f;

    /** |x| ≤ 13: x²/2 ≤ 84.5, within {@link VectorExp#NORMAL_BOUND}, and gelu(x) a normal float. */
    static final float SHORT_BOUND = 13f;
    private static final int SHORT_TOP = GeluRange.top(SHORT_BOUND);
    /** Beyond ±14.5 gelu(x) is x, or rounds to −0 (|gelu(−14.5)| ≈ 8e-47 &lt; MIN_VALUE/2). */
    private static final float TOP = 14.5f;

    private VectorErfGelu() {}

    /** out[outOff + i] = gelu(in[inOff + i]) for i &lt; length; the short form for vectors within 2^−125 ≤ |x| ≤ 13. */
    static void map(float[] in, int inOff, float[] out, int outOff, int length) {
        int i = 0;
        int bound = F.loopBound(length);
        for (; i < bound; i += L) {
            FloatVector x = FloatVector.fromArray(F, in, inOff + i);
            (shortApplies(x) ? geluShort(x) : gelu(x)).intoArray(out, outOff + i);
        }
        if (i < length) {
            VectorMask<Float> tail = F.indexInRange(i, length);
            gelu(FloatVector.fromArray(F, in, inOff + i, tail)).intoArray(out, outOff + i, tail);
        }
    }

    /** True when every lane has 2^−125 ≤ |x| ≤ 13 (false for ±0 and NaN; see {@link GeluRange}). */
    static boolean shortApplies(FloatVector x) {
        return GeluRange.within(x, SHORT_TOP);
    }

    /** gelu for |x| ≤ 13 only: e^(−x²/2) and the result are normal floats there. */
    static FloatVector geluShort(FloatVector x) {
        // Our helpers first, the exp (the biggest) last: C2 stops inlining our methods once a compilation
        // passes ~18 000 nodes, and a helper it reaches after that is called, boxing its vectors (see Lanes).
        FloatVector negA = VectorExp.negAbs(x);
        FloatVector a = x.abs();
        FloatVector h = rational(a);
        // −x²/2 = s − d exactly: a/2 is exact, s = −a·(a/2) rounded, and the FMA gives d = a·(a/2) + s, its error.
        FloatVector halfA = a.mul(0.5f);
        FloatVector s = negA.mul(halfA);
        FloatVector e = VectorExp.expNormalMinus(s, a.fma(halfA, s));
        // x ≤ 0: (−a)·q + 0, and −0 stays −0 (−0 + −0); x > 0: (−a)·q + x.
        return negA.fma(e.mul(h), x.blend(0f, x.lt(0f)));
    }

    /**
     * gelu over every float. x·q is formed before e^(−x²/2)'s final 2^k scaling
     * ({@link VectorExp#expTimes}), which keeps it accurate where the result is subnormal
     * (x &lt; −13.2); e^sl is 1 + sl there to far below float precision.
     */
    static FloatVector gelu(FloatVector x) {
        FloatVector c = x.blend(TOP, x.compare(VectorOperators.GT, TOP)).blend(-TOP, x.compare(VectorOperators.LT, -TOP));
        FloatVector h = rational(c.abs());
        FloatVector hx = c.mul(-0.5f);
        FloatVector s = c.mul(hx);
        FloatVector m = c.mul(h).mul(c.fma(hx, s.neg()).add(1f));
        FloatVector xq = VectorExp.expTimes(s, m);
        // ≤: at −0, x·q is −0 and x − x·q would be +0.
        FloatVector y = c.sub(xq).blend(xq, c.compare(VectorOperators.LE, 0f));
        y = y.blend(x, x.compare(VectorOperators.GT, TOP)).blend(-0f, x.compare(VectorOperators.LT, -TOP));
        // |x| < 2^−125 (±0 too): x/2 from the bits, rounded up in magnitude for x > 0 and down for x < 0, as the
        // true value lies just above (x > 0) or just inside (x < 0) the tie. Exact halving of magnitudes holds
        // there because subnormal and smallest-normal bit patterns are linear in the value.
        IntVector bits = (IntVector) x.reinterpretAsInts();
        IntVector sign = bits.and(0x80000000);
        IntVector magnitude = bits.and(0x7fffffff);
        IntVector halved = magnitude.add(bits.lanewise(VectorOperators.LSHR, 31).lanewise(VectorOperators.XOR, 1))
                .lanewise(VectorOperators.LSHR, 1).or(sign);
        return y.blend((FloatVector) halved.reinterpretAsFloats(), magnitude.compare(VectorOperators.LT, GeluRange.SMALLEST_HALVABLE).cast(F));
    }

    /**
     * h(a) = 1/(√(2π)·a + ρ(a)), ρ = N/M, so h = M/(√(2π)·a·M + N): one division. ρ falls from 2 to
     * ~√(2π)/a while √(2π)·a grows, so the errors of N and M are damped by ρ/(√(2π)·a + ρ): 2.3 u at
     * worst, where a plain P/Q evaluated by Horner reached 5.5 u at large a.
     */
    private static FloatVector rational(FloatVector a) {
        FloatVector n = FloatVector.broadcast(F, N4);
        n = n.fma(a, FloatVector.broadcast(F, N3));
        n = n.fma(a, FloatVector.broadcast(F, N2));
        n = n.fma(a, FloatVector.broadcast(F, N1));
        n = n.fma(a, FloatVector.broadcast(F, N0));
        FloatVector m = FloatVector.broadcast(F, M5);
        m = m.fma(a, FloatVector.broadcast(F, M4));
        m = m.fma(a, FloatVector.broadcast(F, M3));
        m = m.fma(a, FloatVector.broadcast(F, M2));
        m = m.fma(a, FloatVector.broadcast(F, M1));
        m = m.fma(a, FloatVector.broadcast(F, 1f));
        return m.div(a.mul(SQRT_2PI).fma(m, n));
    }
}
