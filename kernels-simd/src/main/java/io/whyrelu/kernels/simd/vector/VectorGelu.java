package io.whyrelu.kernels.simd.vector;

import static io.whyrelu.kernels.simd.vector.Lanes.D;
import static io.whyrelu.kernels.simd.vector.Lanes.F;
import static io.whyrelu.kernels.simd.vector.Lanes.madd;

import io.whyrelu.core.numeric.FastErfc;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;

/**
 * The two GELUs, evaluated in double lanes. Both reach their tails through e^(−a) with a large,
 * computed argument a (z² for erf-gelu, 2u = 2√(2/π)(x + 0.044715x³) for gelu-tanh); a float a
 * carries a relative error of ~6e-8, which e^(−a) multiplies by a (≈ 80 at x = −10): tens of
 * ULPs in the tail. A float x converts to double exactly, so in double both arguments are exact
 * to far below float precision and the result rounds once, back to float.
 */
final class VectorGelu {

    private static final double SQRT1_2 = 0.7071067811865476;
    private static final double TWO_SQRT_2_OVER_PI = 2 * 0.7978845608028654;
    private static final double GELU_CUBIC = 0.044715;
    private static final DoubleVector ONE = DoubleVector.broadcast(D, 1.0);
    private static final DoubleVector HALF = DoubleVector.broadcast(D, 0.5);

    private VectorGelu() {}

    /** x·Φ(x), Φ(x) = ½·erfc(|x|/√2) for x &lt; 0 and 1 − ½·erfc(|x|/√2) otherwise. */
    static FloatVector gelu(FloatVector x) {
        return VectorMath.zeroAtNegativeInfinity(x, join(gelu(lower(x)), gelu(upper(x))));
    }

    /** x·σ(2u): PyTorch's tanh form, since ½(1 + tanh(u)) = σ(2u). */
    static FloatVector geluTanh(FloatVector x) {
        return VectorMath.zeroAtNegativeInfinity(x, join(geluTanh(lower(x)), geluTanh(upper(x))));
    }

    private static DoubleVector gelu(DoubleVector x) {
        DoubleVector z = x.abs().mul(SQRT1_2);
        DoubleVector t = ONE.div(madd(z, HALF, ONE));
        DoubleVector p = DoubleVector.broadcast(D, FastErfc.C12);
        p = madd(p, t, DoubleVector.broadcast(D, FastErfc.C11));
        p = madd(p, t, DoubleVector.broadcast(D, FastErfc.C10));
        p = madd(p, t, DoubleVector.broadcast(D, FastErfc.C9));
        p = madd(p, t, DoubleVector.broadcast(D, FastErfc.C8));
        p = madd(p, t, DoubleVector.broadcast(D, FastErfc.C7));
        p = madd(p, t, DoubleVector.broadcast(D, FastErfc.C6));
        p = madd(p, t, DoubleVector.broadcast(D, FastErfc.C5));
        p = madd(p, t, DoubleVector.broadcast(D, FastErfc.C4));
        p = madd(p, t, DoubleVector.broadcast(D, FastErfc.C3));
        p = madd(p, t, DoubleVector.broadcast(D, FastErfc.C2));
        p = madd(p, t, DoubleVector.broadcast(D, FastErfc.C1));
        p = madd(p, t, DoubleVector.broadcast(D, FastErfc.C0));
        DoubleVector half = t.mul(p.sub(z.mul(z)).lanewise(VectorOperators.EXP)).mul(0.5);
        return x.mul(ONE.sub(half).blend(half, x.lt(0.0)));
    }

    private static DoubleVector geluTanh(DoubleVector x) {
        DoubleVector a = madd(x.mul(x), DoubleVector.broadcast(D, GELU_CUBIC), ONE).mul(x).mul(TWO_SQRT_2_OVER_PI);
        DoubleVector z = a.abs().neg().lanewise(VectorOperators.EXP);
        DoubleVector r = ONE.div(z.add(1.0));
        return x.mul(r.blend(z.mul(r), a.lt(0.0)));
    }

    private static DoubleVector lower(FloatVector x) {
        return (DoubleVector) x.convertShape(VectorOperators.F2D, D, 0);
    }

    private static DoubleVector upper(FloatVector x) {
        return (DoubleVector) x.convertShape(VectorOperators.F2D, D, 1);
    }

    private static FloatVector join(DoubleVector lower, DoubleVector upper) {
        FloatVector low = (FloatVector) lower.convertShape(VectorOperators.D2F, F, 0);
        FloatVector high = (FloatVector) upper.convertShape(VectorOperators.D2F, F, -1);
        return low.blend(high, Lanes.UPPER_HALF);
    }

}
