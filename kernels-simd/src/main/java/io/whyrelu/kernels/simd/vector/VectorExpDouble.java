package io.whyrelu.kernels.simd.vector;

import static io.whyrelu.kernels.simd.vector.Lanes.D;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;

/**
 * e^x in double lanes for |x| ≤ 700, to float precision: gelu-tanh's double form evaluates in
 * double and rounds once to float, so 1e-10 relative is plenty. x = k·ln2 + r (Cody–Waite,
 * |r| ≤ ln2/2), e^r by its Taylor series to r⁸/8! (truncation below 3e-10 relative, so no fit is
 * needed), 2^k added to the exponent bits (exact: e^±700 is a normal double). The caller clamps:
 * beyond −700 every float result it forms is ±0 anyway, and without the clamps, the two-part
 * scaling and the blends of a full-range exp, two copies of this fit in one C2 compilation (rule
 * 11 in docs/design.md). Plain arithmetic: the same bits at every JIT tier, and fast on every JDK
 * (the JDK's lanewise EXP on doubles is an SVML stub on 17 and much slower on 25, where it
 * measured 2× below this).
 */
final class VectorExpDouble {

    private static final double LOG2E = 1.4426950408889634;
    private static final double LN2_HI = 0.6931471803691238;
    private static final double LN2_LO = 1.9082149292705877e-10;
    private static final double SHIFTER = 0x1.8p52;
    /** The largest |x| this exp takes. */
    static final double BOUND = 700;

    private VectorExpDouble() {}

    /** e^x for |x| ≤ {@link #BOUND}; NaN for NaN. */
    static DoubleVector exp(DoubleVector x) {
        if (Lanes.JDK_MATH) {
            return x.lanewise(VectorOperators.EXP);
        }
        DoubleVector shifted = x.fma(DoubleVector.broadcast(D, LOG2E), DoubleVector.broadcast(D, SHIFTER));
        DoubleVector p = expReduced(x, shifted);
        // The shifter's bits are its own plus k, and those shifted left by 52 vanish in 64 bits: this is k << 52.
        LongVector exponent = ((LongVector) shifted.reinterpretAsLongs()).lanewise(VectorOperators.LSHL, 52);
        return (DoubleVector) ((LongVector) p.reinterpretAsLongs()).add(exponent).reinterpretAsDoubles();
    }

    /** e^r for x = k·ln2 + r, k = shifted − SHIFTER, by the Taylor series to r⁸/8!. */
    private static DoubleVector expReduced(DoubleVector x, DoubleVector shifted) {
        DoubleVector k = shifted.sub(SHIFTER);
        DoubleVector r = k.fma(DoubleVector.broadcast(D, -LN2_HI), x);
        r = k.fma(DoubleVector.broadcast(D, -LN2_LO), r);
        DoubleVector p = DoubleVector.broadcast(D, 1.0 / 40320);
        p = p.fma(r, DoubleVector.broadcast(D, 1.0 / 5040));
        p = p.fma(r, DoubleVector.broadcast(D, 1.0 / 720));
        p = p.fma(r, DoubleVector.broadcast(D, 1.0 / 120));
        p = p.fma(r, DoubleVector.broadcast(D, 1.0 / 24));
        p = p.fma(r, DoubleVector.broadcast(D, 1.0 / 6));
        p = p.fma(r, DoubleVector.broadcast(D, 0.5));
        p = p.fma(r, DoubleVector.broadcast(D, 1.0));
        return p.fma(r, DoubleVector.broadcast(D, 1.0));
    }
}
