package io.whyrelu.kernels.simd.vector;

import static io.whyrelu.kernels.simd.vector.Lanes.D;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * gelu-tanh, x·σ(v) with v = 2u = c1·x + c3·x³ (½(1 + tanh(u)) = σ(2u)), in float lanes where it
 * can and in double lanes where it must. Its tail goes through e^(−|v|), and v is a computed
 * argument: rounded to float, it carries an absolute error of up to ulp(v)/2 ≈ 4e-6 at |v| = 80,
 * which e^(−|v|) turns into a relative one, tens of ULPs.
 * <ul>
 * <li>The short form (2^−125 ≤ |x| ≤ 9.9, so |v| ≤ 85.1: {@link GeluRange}) carries v as a float
 * pair, hi + lo, to about 2^−40 relative: x² split by an FMA, c1 and c3 split in two floats, the
 * sum c1 + c3·x² by an FMA and its error by another, the product by x by an FMA. lo then joins e^(−v)'s reduced
 * argument ({@link VectorExp#expNormalMinus}), and x/(1 + e^(−v)) needs no reflection at the sign,
 * e^(−v) being normal for |v| ≤ 85.1. Twice the lanes of double.
 * <li>Other vectors (a lane beyond ±9.9, a zero, a subnormal, NaN) take the double form: a float x
 * converts to double exactly, v is exact there to far below float precision, and the result
 * rounds once. Each half of a float vector widens to exactly one double vector.
 * </ul>
 */
final class VectorGeluTanh {

    private static final double TWO_SQRT_2_OVER_PI = 2 * 0.7978845608028654;
    private static final double GELU_CUBIC = 0.044715;

    // c1 = 2√(2/π) and c3 = c1·0.044715 as float pairs, hi + lo; C1_HI to 21 significant bits (a multiple of 2^−20).
    private static final float C1_HI = (float) (Math.rint(TWO_SQRT_2_OVER_PI * 0x1p20) * 0x1p-20);
    private static final float C1_LO = (float) (TWO_SQRT_2_OVER_PI - C1_HI);
    private static final float C3_HI = (float) (TWO_SQRT_2_OVER_PI * GELU_CUBIC);
    private static final float C3_LO = (float) (TWO_SQRT_2_OVER_PI * GELU_CUBIC - C3_HI);

    /** |x| ≤ 9.9: |v| ≤ 85.1, within {@link VectorExp#NORMAL_BOUND}. */
    static final float SHORT_BOUND = 9.9f;
    private static final int SHORT_TOP = GeluRange.top(SHORT_BOUND);

    private VectorGeluTanh() {}

    /**
     * out[outOff + i] = gelu-tanh(in[inOff + i]) for i &lt; length. The float and the double loops are
     * methods of their own, compiled apart, with arrays, not vectors, crossing the calls: in one
     * compilation, the float form and the double one passed C2's node cutoff and it stopped inlining
     * the exps (their vectors boxed, 15 B per element).
     */
    static void map(float[] in, int inOff, float[] out, int outOff, int length) {
        int bound = Lanes.F.loopBound(length);
        int i = 0;
        while (i < bound) {
            i = floatRun(in, inOff, out, outOff, i, bound);
            if (i < bound) {
                doubleRun(in, inOff, out, outOff, i, i + Lanes.L);
                i += Lanes.L;
            }
        }
        doubleRun(in, inOff, out, outOff, i, length);
    }

    /** The float form over whole vectors from {@code i}, up to {@code bound} or the first vector out of its range. */
    private static int floatRun(float[] in, int inOff, float[] out, int outOff, int i, int bound) {
        for (; i < bound; i += Lanes.L) {
            FloatVector x = FloatVector.fromArray(Lanes.F, in, inOff + i);
            if (!shortApplies(x)) {
                return i;
            }
            geluTanhShort(x).intoArray(out, outOff + i);
        }
        return i;
    }

    /**
     * The double form over [from, to), one float vector at a time, the last one masked; any value.
     * Each half of the vector widens to one double vector, and each result narrows into its half
     * of a float vector (zeros elsewhere), joined by an OR of the bits (−0 stays −0). Three pitfalls
     * shaped it (rule 11 in docs/design.md): the two halves go through one call site in a loop,
     * since two inlined copies of the double math passed C2's node cutoff; nothing of ours is called
     * with a vector, since on JDK 17 such a helper was compiled first, too big to inline, and boxed;
     * and no half-width float species, whose {@code intoArray} shared a type profile with
     * {@link #floatRun}'s and made JDK 17 fail the store intrinsic there.
     */
    static void doubleRun(float[] in, int inOff, float[] out, int outOff, int from, int to) {
        for (int i = from; i < to; i += Lanes.L) {
            boolean whole = i + Lanes.L <= to;
            VectorMask<Float> inRange = Lanes.F.indexInRange(i, to);
            FloatVector x = whole ? FloatVector.fromArray(Lanes.F, in, inOff + i) : FloatVector.fromArray(Lanes.F, in, inOff + i, inRange);
            IntVector bits = (IntVector) FloatVector.zero(Lanes.F).reinterpretAsInts();
            for (int part = 0; part < 2; part++) {
                // Constant parts in each branch: JDK 17 does not intrinsify a part that varies (it boxes).
                DoubleVector half = (DoubleVector) (part == 0 ? x.convertShape(VectorOperators.F2D, D, 0) : x.convertShape(VectorOperators.F2D, D, 1));
                DoubleVector y = geluTanh(half);
                FloatVector narrowed = (FloatVector) (part == 0 ? y.convertShape(VectorOperators.D2F, Lanes.F, 0) : y.convertShape(VectorOperators.D2F, Lanes.F, -1));
                bits = bits.or((IntVector) narrowed.reinterpretAsInts());
            }
            FloatVector y = (FloatVector) bits.reinterpretAsFloats();
            if (whole) {
                y.intoArray(out, outOff + i);
            } else {
                y.intoArray(out, outOff + i, inRange);
            }
        }
    }

    /** True when every lane has 2^−125 ≤ |x| ≤ 9.9 (false for ±0 and NaN). */
    static boolean shortApplies(FloatVector x) {
        return GeluRange.within(x, SHORT_TOP);
    }

    /** gelu-tanh for 2^−125 ≤ |x| ≤ 9.9 only, in float lanes. */
    static FloatVector geluTanhShort(FloatVector x) {
        // x² = s + sl exactly, from ns = −s (negated: x's negation serves twice).
        FloatVector negX = x.neg();
        FloatVector ns = negX.mul(x);
        FloatVector sl = x.fma(x, ns);
        // w = c1 + c3·x² = wh + wl. wh = C3_HI·s + C1_HI, one rounding. Its error takes one more FMA: with C1_HI a
        // multiple of 2^−20, C1_HI − wh is exact for every wh here (1.59 ≤ wh ≤ 8.6: a multiple of ulp(wh), fewer
        // than 2^24 of them), so fma(s, C3_HI, C1_HI − wh) is the error rounded once, to 2^−24 of itself. Then the
        // low parts: C1_LO, C3_HI·sl and C3_LO·s (C3_LO·sl is below 2^−48 of w). TwoSum took seven operations.
        FloatVector c1 = FloatVector.broadcast(Lanes.F, C1_HI);
        FloatVector negC3 = FloatVector.broadcast(Lanes.F, -C3_HI);
        FloatVector wh = ns.fma(negC3, c1);
        FloatVector error = ns.fma(negC3, c1.sub(wh));
        FloatVector wl = ns.fma(FloatVector.broadcast(Lanes.F, -C3_LO), sl.fma(FloatVector.broadcast(Lanes.F, C3_HI), error.add(C1_LO)));
        // −v = −x·w = vh − d, d = x·wl + (x·wh + vh) (the inner FMA is exact: vh's rounding error).
        FloatVector vh = negX.mul(wh);
        FloatVector d = x.fma(wl, x.fma(wh, vh));
        // x/(1 + e^-v): |v| ≤ 85.1 keeps e^-v normal, so no reflection at the sign (as silu's short form).
        return x.div(VectorExp.expNormalMinus(vh, d).add(1f));
    }

    /** x·σ(2u): PyTorch's tanh form, since ½(1 + tanh(u)) = σ(2u); σ at −|a|, reflected. */
    private static DoubleVector geluTanh(DoubleVector x) {
        DoubleVector one = DoubleVector.broadcast(D, 1.0);
        DoubleVector a = x.mul(x).fma(DoubleVector.broadcast(D, GELU_CUBIC), one).mul(x).mul(TWO_SQRT_2_OVER_PI);
        // −|v|, clamped at −700: beyond it x·e^(−|v|) is below every float (NaN passes the blend).
        DoubleVector negV = a.abs().neg();
        DoubleVector z = VectorExpDouble.exp(negV.blend(-VectorExpDouble.BOUND, negV.compare(VectorOperators.LT, -VectorExpDouble.BOUND)));
        return x.mul(one.blend(z, a.lt(0.0)).div(z.add(1.0))).blend(-0.0, x.eq(Double.NEGATIVE_INFINITY));
    }
}
