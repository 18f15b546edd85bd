package io.whyrelu.kernels.simd.vector;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;

/**
 * The range test of the GELUs' float short forms: every lane with 2^−125 ≤ |x| ≤ bound, false
 * for ±0, subnormals and NaN. The upper bound keeps e^(−a) normal; the lower one keeps x/2 a
 * normal float. Below it, a GELU is x/2 plus a term far below float's reach, and x/2 is a tie of
 * two subnormals whenever x's last bit is odd: a formula that rounds x/2 to even gets
 * gelu(MIN_VALUE) = 0 where the true value lies just above the tie. The full forms handle those.
 *
 * <p>One signed compare on |x|'s bits: minus 2^−125's bits, compared unsigned, becomes signed
 * with the sign bit flipped (+ MIN_VALUE). (VectorOperators' unsigned compares changed names
 * between JDK 17 and 25.)
 */
final class GeluRange {

    static final int SMALLEST_HALVABLE = Float.floatToRawIntBits(0x1p-125f);
    private static final int SHIFT = Integer.MIN_VALUE - SMALLEST_HALVABLE;

    private GeluRange() {}

    /** The compare's constant for the upper bound. */
    static int top(float bound) {
        return Float.floatToRawIntBits(bound) + SHIFT;
    }

    /** True when every lane has 2^−125 ≤ |x| ≤ the bound {@code top} was made from. */
    static boolean within(FloatVector x, int top) {
        IntVector magnitude = ((IntVector) x.reinterpretAsInts()).and(0x7fffffff);
        return magnitude.add(SHIFT).compare(VectorOperators.LE, top).allTrue();
    }
}
