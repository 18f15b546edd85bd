package io.whyrelu.kernels.simd.vector;

import static io.whyrelu.kernels.simd.vector.Lanes.D;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;

/**
 * e^x in double lanes, to float precision: the GELUs evaluate in double and round once to float,
 * so 1e-10 relative is plenty. x = k·ln2 + r (Cody–Waite, |r| ≤ ln2/2), e^r by its Taylor
 * series to r⁸/8! (truncation below 3e-10 relative, so no fit is needed), 2^k through the
 * exponent bits. Any result a float can hold is a normal double, so one scaling suffices and the
 * rounding to float handles float's gradual underflow. Plain arithmetic: the same bits at every
 * JIT tier, and fast on every JDK (the JDK's lanewise EXP on doubles is an SVML stub on 17 and
 * much slower on 25, where it measured 2× below this).
 */
final class VectorExpDouble {

    private static final double LOG2E = 1.4426950408889634;
    private static final double LN2_HI = 0.6931471803691238;
    private static final double LN2_LO = 1.9082149292705877e-10;
    private static final double SHIFTER = 0x1.8p52;
    private static final long SHIFTER_BITS = Double.doubleToRawLongBits(SHIFTER);
    /** Below e^-745 a double underflows to 0; −700 keeps k well inside the normal exponents. */
    private static final double LO = -700;
    private static final double HI = 700;

    private VectorExpDouble() {}

    static DoubleVector exp(DoubleVector x) {
        if (Lanes.JDK_MATH) {
            return x.lanewise(VectorOperators.EXP);
        }
        DoubleVector shifted;
        DoubleVector p;
        // Within ±700 (every argument the GELUs make from |x| ≤ 37) the clamps and the final blend have nothing
        // to do, and 2^k can be added to the exponent bits: the same bits, six operations fewer, tested per vector.
        if (x.abs().compare(VectorOperators.LE, HI).allTrue()) {
            shifted = x.fma(DoubleVector.broadcast(D, LOG2E), DoubleVector.broadcast(D, SHIFTER));
            p = expReduced(x, shifted);
            LongVector exponent = ((LongVector) shifted.reinterpretAsLongs()).lanewise(VectorOperators.LSHL, 52);
            return (DoubleVector) ((LongVector) p.reinterpretAsLongs()).add(exponent).reinterpretAsDoubles();
        }
        DoubleVector c = x.blend(LO, x.compare(VectorOperators.LT, LO)).blend(HI, x.compare(VectorOperators.GT, HI));
        shifted = c.fma(DoubleVector.broadcast(D, LOG2E), DoubleVector.broadcast(D, SHIFTER));
        p = expReduced(c, shifted);
        LongVector ki = ((LongVector) shifted.reinterpretAsLongs()).sub(SHIFTER_BITS);
        DoubleVector scale = (DoubleVector) ki.add(1023).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
        // Below the clamp the true value is far under float's range; 0 then, NaN stays NaN.
        return p.mul(scale).blend(0.0, x.compare(VectorOperators.LT, LO));
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
