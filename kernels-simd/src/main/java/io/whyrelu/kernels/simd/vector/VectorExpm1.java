package io.whyrelu.kernels.simd.vector;

import static io.whyrelu.kernels.simd.vector.Lanes.F;
import static io.whyrelu.kernels.simd.vector.VectorExp.LN2_HI;
import static io.whyrelu.kernels.simd.vector.VectorExp.LN2_LO;
import static io.whyrelu.kernels.simd.vector.VectorExp.LOG2E;
import static io.whyrelu.kernels.simd.vector.VectorExp.SHIFTER;
import static io.whyrelu.kernels.simd.vector.VectorExp.SHIFTER_BITS;

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

    /** expm1(−88) is −1 in float; above 88.72 it overflows, and 88.8 keeps k ≤ 128 (2^128 = ∞ in the bits). */
    private static final float LO = -88f;
    private static final float HI = 88.8f;

    private static final float E0 = 0.1666666567325592f;
    private static final float E1 = 0.04166647791862488f;
    private static final float E2 = 0.008333500474691391f;
    private static final float E3 = 0.0013933555455878377f;
    private static final float E4 = 0.0001977888314286247f;

    private VectorExpm1() {}

    static FloatVector expm1(FloatVector x) {
        if (Lanes.JDK_MATH) {
            return x.lanewise(VectorOperators.EXPM1);
        }
        // Clamp with compares and blends (NaN passes through), cheaper than max/min with Math.max's rules.
        FloatVector c = x.blend(LO, x.compare(VectorOperators.LT, LO)).blend(HI, x.compare(VectorOperators.GT, HI));
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
        // 2^k from the exponent bits; k = −127 gives the bit pattern 0, i.e. 0, and then the result is −1, as it should be.
        IntVector ki = ((IntVector) shifted.reinterpretAsInts()).sub(SHIFTER_BITS);
        FloatVector twoK = (FloatVector) ki.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
        return twoK.fma(em, twoK.sub(1f));
    }
}
