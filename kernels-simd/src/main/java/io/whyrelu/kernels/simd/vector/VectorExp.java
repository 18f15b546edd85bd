package io.whyrelu.kernels.simd.vector;

import static io.whyrelu.kernels.simd.vector.Lanes.F;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;

/**
 * e^x in float lanes: x = k·ln2 + r with |r| ≤ ln2/2 (Cody–Waite, ln2 split so k·ln2_hi is exact),
 * e^r = 1 + r + r²·Q(r) with a degree-4 Q fitted in tools/fit_exp.py (relative error 3.8e-9 with
 * float coefficients, well under float's 6e-8), then 2^k applied through the exponent bits. No
 * calls to our own methods inside: see {@link Lanes} for why.
 *
 * <p>2^k is applied in two halves, 2^(k−⌊k/2⌋)·2^⌊k/2⌋, each a normal float, so that gradual
 * underflow happens in the last multiplication only and overflow gives ∞ rather than a wrapped
 * exponent. {@link #expTimes} multiplies by m before that scaling: m·e^x stays accurate where
 * e^x alone would already be subnormal (x·e^x for silu at x = −100, say).
 *
 * <p>That care costs: the clamps, the two-half scaling and the final blend are half of the
 * operations. So the activation loops ({@link VectorActivation#map}) test each vector with
 * {@link #normal} and take the short forms, built on {@link #expNormal}, when all its lanes are in
 * the range where none of it is needed (always, for inputs like the benchmarks' [−10, 10]); the
 * branch is per vector and predictable.
 */
final class VectorExp {

    // The Cody–Waite reduction, shared with VectorExpm1.
    static final float LOG2E = 1.44269504088896341f;
    static final float LN2_HI = 0.693359375f;
    static final float LN2_LO = -2.12194440e-4f;
    /** 1.5·2^23: adding it rounds to an integer and leaves that integer in the low mantissa bits. */
    static final float SHIFTER = 0x1.8p23f;
    static final int SHIFTER_BITS = Float.floatToRawIntBits(SHIFTER);
    /** Beyond these, e^x is 0 or ∞ in float; clamping keeps k (and the exponent arithmetic) in range. */
    private static final float LO = -150f;  // e^-150 < 2^-216
    private static final float HI = 100f;

    private static final float Q0 = 0.49999988079071045f;
    private static final float Q1 = 0.166665181517601f;
    private static final float Q2 = 0.04166953265666962f;
    private static final float Q3 = 0.008368915878236294f;
    private static final float Q4 = 0.0013751407386735082f;

    private VectorExp() {}

    /**
     * Where e^x is a normal float with room to spare: |x| ≤ 86 keeps k = round(x·log2 e) within
     * −124…124, so p·2^k with p ∈ [2^−½, 2^½] is normal and 2^k can be applied as one integer add
     * to the exponent bits, which is exact there. {@link #expNormal} then needs no clamp, and gives
     * the same bits as the full-range path.
     */
    static final float NORMAL_BOUND = 86f;

    /** True when every lane is within ±{@link #NORMAL_BOUND} (false for NaN). */
    static boolean normal(FloatVector x) {
        return normalMagnitude(x.abs());
    }

    /** {@link #normal} from a = |x|, for a caller that needs |x| anyway. */
    static boolean normalMagnitude(FloatVector a) {
        return a.compare(VectorOperators.LE, NORMAL_BOUND).allTrue();
    }

    /** −|x| in one operation (the sign bit set), where abs then neg take two. */
    static FloatVector negAbs(FloatVector x) {
        return (FloatVector) ((IntVector) x.reinterpretAsInts()).or(0x80000000).reinterpretAsFloats();
    }

    /** e^x over the whole float range. */
    static FloatVector exp(FloatVector x) {
        return expTimes(x, FloatVector.broadcast(F, 1f));
    }

    /**
     * e^x for |x| ≤ {@link #NORMAL_BOUND} only (callers test the vector with {@link #normal} and
     * take {@link #expTimes} otherwise): 13 operations where the full range takes 28, the same bits.
     */
    static FloatVector expNormal(FloatVector x) {
        if (Lanes.JDK_MATH) {
            return x.lanewise(VectorOperators.EXP);
        }
        FloatVector shifted = x.fma(FloatVector.broadcast(F, LOG2E), FloatVector.broadcast(F, SHIFTER));
        FloatVector p = expPolynomial(reduce(x, shifted));
        // The shifter's bits are SHIFTER_BITS + k, and SHIFTER_BITS << 23 is 0 in 32 bits: this is k << 23.
        IntVector exponent = ((IntVector) shifted.reinterpretAsInts()).lanewise(VectorOperators.LSHL, 23);
        return (FloatVector) ((IntVector) p.reinterpretAsInts()).add(exponent).reinterpretAsFloats();
    }

    /**
     * e^(x − d) for |x| ≤ {@link #NORMAL_BOUND} and |d| far below ulp(x), x − d being a difference that
     * float cannot hold (gelu's −x²/2, split exactly by an FMA). d joins the reduced argument, |r| ≤ ln2/2,
     * where its bits survive: subtracted from x first, they would be lost, and e^x turns an absolute error
     * of ulp(x)/2 ≈ 4e-6 at x = −86 into a relative one, 60 ULPs. A difference, not a sum, because both
     * callers get −d from their FMA split with one negation fewer.
     */
    static FloatVector expNormalMinus(FloatVector x, FloatVector d) {
        if (Lanes.JDK_MATH) {
            return x.lanewise(VectorOperators.EXP).mul(FloatVector.broadcast(F, 1f).sub(d));
        }
        FloatVector shifted = x.fma(FloatVector.broadcast(F, LOG2E), FloatVector.broadcast(F, SHIFTER));
        FloatVector p = expPolynomial(reduce(x, shifted).sub(d));
        // Written out, not shared with expNormal(x): for gelu, a helper of ours this late passed C2's node cutoff.
        IntVector exponent = ((IntVector) shifted.reinterpretAsInts()).lanewise(VectorOperators.LSHL, 23);
        return (FloatVector) ((IntVector) p.reinterpretAsInts()).add(exponent).reinterpretAsFloats();
    }

    /**
     * e^-x for |x| ≤ {@link #NORMAL_BOUND}: the same bits as {@code expNormal(x.neg())} without the
     * negation. Every step of that computation, written for −x, is the negation of one written for x
     * with the constants' signs flipped (k·ln2 + x for −r, Horner in −r with the odd coefficients
     * negated), and rounding is symmetric; so −r and −(r + r²Q(r)) come out exactly, and 1 − that is
     * e^r. For 1/(1 + e^-x), where the one operation saved is one in twenty.
     */
    static FloatVector expNegNormal(FloatVector x) {
        if (Lanes.JDK_MATH) {
            return x.neg().lanewise(VectorOperators.EXP);
        }
        FloatVector shifted = x.fma(FloatVector.broadcast(F, -LOG2E), FloatVector.broadcast(F, SHIFTER));
        FloatVector k = shifted.sub(SHIFTER);
        FloatVector negR = k.fma(FloatVector.broadcast(F, LN2_LO), k.fma(FloatVector.broadcast(F, LN2_HI), x));
        // −Q(r) by Horner in −r: the intermediate values are those of Q(r), each with its sign flipped.
        FloatVector negQ = FloatVector.broadcast(F, -Q4);
        negQ = negQ.fma(negR, FloatVector.broadcast(F, Q3));
        negQ = negQ.fma(negR, FloatVector.broadcast(F, -Q2));
        negQ = negQ.fma(negR, FloatVector.broadcast(F, Q1));
        negQ = negQ.fma(negR, FloatVector.broadcast(F, -Q0));
        FloatVector p = FloatVector.broadcast(F, 1f).sub(negR.mul(negR).fma(negQ, negR));
        IntVector exponent = ((IntVector) shifted.reinterpretAsInts()).lanewise(VectorOperators.LSHL, 23);
        return (FloatVector) ((IntVector) p.reinterpretAsInts()).add(exponent).reinterpretAsFloats();
    }

    /** r = x − k·ln2, k = shifted − SHIFTER (Cody–Waite: k·LN2_HI is exact, so is x − k·LN2_HI). */
    private static FloatVector reduce(FloatVector x, FloatVector shifted) {
        FloatVector k = shifted.sub(SHIFTER);
        FloatVector r = k.fma(FloatVector.broadcast(F, -LN2_HI), x);
        return k.fma(FloatVector.broadcast(F, -LN2_LO), r);
    }

    /** e^r for |r| ≤ ln2/2. */
    private static FloatVector expPolynomial(FloatVector r) {
        FloatVector q = FloatVector.broadcast(F, Q4);
        q = q.fma(r, FloatVector.broadcast(F, Q3));
        q = q.fma(r, FloatVector.broadcast(F, Q2));
        q = q.fma(r, FloatVector.broadcast(F, Q1));
        q = q.fma(r, FloatVector.broadcast(F, Q0));
        return r.mul(r).fma(q, r).add(1f);
    }

    /** m·e^x, with m applied before the final scaling (so m·e^x is accurate where e^x alone is subnormal). */
    static FloatVector expTimes(FloatVector x, FloatVector m) {
        if (Lanes.JDK_MATH) {
            return x.lanewise(VectorOperators.EXP).mul(m);
        }
        // Clamp with compares and blends (NaN passes through); max/min would carry Math.max's NaN and −0 rules.
        FloatVector clamped = x.blend(LO, x.compare(VectorOperators.LT, LO)).blend(HI, x.compare(VectorOperators.GT, HI));
        FloatVector shifted = clamped.fma(FloatVector.broadcast(F, LOG2E), FloatVector.broadcast(F, SHIFTER));
        FloatVector p = expPolynomial(reduce(clamped, shifted));
        // k from the shifter's low mantissa bits; 2^k as 2^(k − ⌊k/2⌋)·2^⌊k/2⌋, each built from exponent bits.
        IntVector ki = ((IntVector) shifted.reinterpretAsInts()).sub(SHIFTER_BITS);
        IntVector half = ki.lanewise(VectorOperators.ASHR, 1);
        FloatVector scale1 = (FloatVector) ki.sub(half).add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
        FloatVector scale2 = (FloatVector) half.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
        // Below the clamp, e^x < 2^-216 makes m·e^x round to a zero of m's sign for every finite float m (−0 for silu's x).
        return p.mul(m).mul(scale1).mul(scale2).blend(m.mul(0f), x.compare(VectorOperators.LT, LO));
    }
}
