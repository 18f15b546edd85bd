package io.whyrelu.kernels.simd.vector;

import static io.whyrelu.kernels.simd.vector.Lanes.F;
import static io.whyrelu.kernels.simd.vector.VectorExp.LN2_HI;
import static io.whyrelu.kernels.simd.vector.VectorExp.LN2_LO;
import static io.whyrelu.kernels.simd.vector.VectorExp.LOG2E;
import static io.whyrelu.kernels.simd.vector.VectorExp.SHIFTER;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;

/**
 * e^x − 1 in float lanes without cancellation near 0: x = k·ln2 + r (as in {@link VectorExp}),
 * expm1(r) = r + r²/2 + r³·E(r) with a degree-4 E fitted in tools/fit_expm1.py (relative error
 * 7.3e-10 with float coefficients), then e^x − 1 = 2^k·expm1(r) + (2^k − 1) in one fused
 * multiply-add. 2^k − 1 is exact for the k where it matters (|k| ≤ 24), and k = 0 gives expm1(r)
 * itself. Also the basis of tanh. Deterministic: plain arithmetic, the same result interpreted,
 * C1- or C2-compiled, unlike the JDK's lanewise EXPM1 (SVML when compiled, StrictMath otherwise).
 */
final class VectorExpm1 {

    /** expm1(−88) is −1 in float; below it k would leave the exponent's range. */
    private static final float LO = -88f;

    private static final float E0 = 0.1666666567325592f;
    private static final float E1 = 0.04166647791862488f;
    private static final float E2 = 0.008333500474691391f;
    private static final float E3 = 0.0013933555455878377f;
    private static final float E4 = 0.0001977888314286247f;

    private VectorExpm1() {}

    /**
     * e^x − 1 for x ≤ 88 (and NaN, which passes through). Above that its bits are unspecified:
     * k leaves the exponent's range. No caller has a use for those lanes (elu and selu take x
     * itself for x ≥ 0; tanh calls {@link #expm1Upto88} with 2|x| ≤ 86 or 20), and a clamp for them
     * cost two of the ~22 operations.
     */
    static FloatVector expm1(FloatVector x) {
        // Clamp with a compare and a blend (NaN passes through), cheaper than max with Math.max's rules.
        return expm1Upto88(x.blend(LO, x.compare(VectorOperators.LT, LO)));
    }

    /** e^x − 1 for −88 ≤ x ≤ 88 (and NaN); no clamps at all, for callers whose argument is in range. */
    static FloatVector expm1Upto88(FloatVector c) {
        if (Lanes.JDK_MATH) {
            return c.lanewise(VectorOperators.EXPM1);
        }
        FloatVector shifted = c.fma(FloatVector.broadcast(F, LOG2E), FloatVector.broadcast(F, SHIFTER));
        FloatVector k = shifted.sub(SHIFTER);
        FloatVector r = k.fma(FloatVector.broadcast(F, -LN2_HI), c);
        r = k.fma(FloatVector.broadcast(F, -LN2_LO), r);
        FloatVector q = FloatVector.broadcast(F, E4);
        q = q.fma(r, FloatVector.broadcast(F, E3));
        q = q.fma(r, FloatVector.broadcast(F, E2));
        q = q.fma(r, FloatVector.broadcast(F, E1));
        q = q.fma(r, FloatVector.broadcast(F, E0));
        FloatVector em = r.mul(r).fma(q.fma(r, FloatVector.broadcast(F, 0.5f)), r);
        // 2^k from the exponent bits: (k + 127) << 23, where the shifter's bits SHIFTER_BITS + k shifted by 23 are
        // k << 23 (SHIFTER_BITS << 23 is 0 in 32 bits). k = −127 gives the bit pattern 0, i.e. 0, and the result −1.
        IntVector kBits = ((IntVector) shifted.reinterpretAsInts()).lanewise(VectorOperators.LSHL, 23);
        FloatVector twoK = (FloatVector) kBits.add(127 << 23).reinterpretAsFloats();
        return twoK.fma(em, twoK.sub(1f));
    }
}
