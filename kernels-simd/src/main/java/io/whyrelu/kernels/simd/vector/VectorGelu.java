package io.whyrelu.kernels.simd.vector;

import static io.whyrelu.kernels.simd.vector.Lanes.D;

import io.whyrelu.core.numeric.FastErfc;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The two GELUs, evaluated in double lanes (e^x by {@link VectorExpDouble}). Both reach their tails through e^(−a) with a large,
 * computed argument a (z² for erf-gelu, 2u = 2√(2/π)(x + 0.044715x³) for gelu-tanh); a float a
 * carries a relative error of ~6e-8, which e^(−a) multiplies by a (≈ 80 at x = −10): tens of
 * ULPs in the tail. A float x converts to double exactly, so in double both arguments are exact
 * to far below float precision and the result rounds once, back to float.
 *
 * <p>The loops take half a float vector at a time, which widens to exactly one double vector:
 * no lane shuffling, and each iteration's code stays within C2's inlining budget.
 */
final class VectorGelu {

    /** Floats in half the preferred width: as many lanes as the double species {@link Lanes#D}. */
    static final VectorSpecies<Float> HALF = VectorSpecies.of(float.class, VectorShape.forBitSize(Lanes.F.vectorBitSize() / 2));

    private static final double SQRT1_2 = 0.7071067811865476;
    private static final double TWO_SQRT_2_OVER_PI = 2 * 0.7978845608028654;
    private static final double GELU_CUBIC = 0.044715;

    private VectorGelu() {}

    /** out[outOff + i] = gelu(in[inOff + i]) (tanh form if {@code tanhForm}) for i &lt; length. */
    static void map(boolean tanhForm, float[] in, int inOff, float[] out, int outOff, int length) {
        int h = HALF.length();
        int i = 0;
        int bound = HALF.loopBound(length);
        // Conversions written out, not through our widen/narrow: a call of ours after the math may
        // not be inlined (see Lanes), and the vector crossing it would be boxed.
        if (tanhForm) {
            for (; i < bound; i += h) {
                DoubleVector x = (DoubleVector) FloatVector.fromArray(HALF, in, inOff + i).convertShape(VectorOperators.F2D, D, 0);
                ((FloatVector) geluTanh(x).convertShape(VectorOperators.D2F, HALF, 0)).intoArray(out, outOff + i);
            }
        } else {
            for (; i < bound; i += h) {
                DoubleVector x = (DoubleVector) FloatVector.fromArray(HALF, in, inOff + i).convertShape(VectorOperators.F2D, D, 0);
                ((FloatVector) gelu(x).convertShape(VectorOperators.D2F, HALF, 0)).intoArray(out, outOff + i);
            }
        }
        if (i < length) {
            VectorMask<Float> tail = HALF.indexInRange(i, length);
            DoubleVector x = widen(FloatVector.fromArray(HALF, in, inOff + i, tail));
            narrow(tanhForm ? geluTanh(x) : gelu(x)).intoArray(out, outOff + i, tail);
        }
    }

    /** x·Φ(x), Φ(x) = ½·erfc(|x|/√2) for x &lt; 0 and 1 − ½·erfc(|x|/√2) otherwise. */
    private static DoubleVector gelu(DoubleVector x) {
        DoubleVector one = DoubleVector.broadcast(D, 1.0);
        DoubleVector z = x.abs().mul(SQRT1_2);
        DoubleVector t = one.div(z.fma(DoubleVector.broadcast(D, 0.5), one));
        DoubleVector p = erfcPolynomial(t);
        DoubleVector half = t.mul(VectorExpDouble.exp(p.sub(z.mul(z)))).mul(0.5);
        // x·Φ(x) at x = −∞ is −∞·0 = NaN; the limit is 0. (Written out: a call of ours this late may not be inlined.)
        return x.mul(one.sub(half).blend(half, x.lt(0.0))).blend(-0.0, x.eq(Double.NEGATIVE_INFINITY));
    }

    /**
     * FastErfc's P(t) by Estrin's scheme: a tree of depth 5 where Horner's rule is a chain of 12
     * dependent FMAs. The GELUs are latency-bound (the out-of-order window holds about two
     * iterations' chains), so the shorter chain is what counts: element-wise gelu 0.76 → 0.94 G
     * elements/s (JDK 25, AVX-512, Zen 5). Its own method keeps gelu under FreqInlineSize (325 bytecodes).
     */
    private static DoubleVector erfcPolynomial(DoubleVector t) {
        DoubleVector t2 = t.mul(t);
        DoubleVector t4 = t2.mul(t2);
        DoubleVector b0 = t.fma(DoubleVector.broadcast(D, FastErfc.C3), DoubleVector.broadcast(D, FastErfc.C2))
                .fma(t2, t.fma(DoubleVector.broadcast(D, FastErfc.C1), DoubleVector.broadcast(D, FastErfc.C0)));
        DoubleVector b1 = t.fma(DoubleVector.broadcast(D, FastErfc.C7), DoubleVector.broadcast(D, FastErfc.C6))
                .fma(t2, t.fma(DoubleVector.broadcast(D, FastErfc.C5), DoubleVector.broadcast(D, FastErfc.C4)));
        DoubleVector b2 = t.fma(DoubleVector.broadcast(D, FastErfc.C11), DoubleVector.broadcast(D, FastErfc.C10))
                .fma(t2, t.fma(DoubleVector.broadcast(D, FastErfc.C9), DoubleVector.broadcast(D, FastErfc.C8)));
        DoubleVector c1 = t4.fma(DoubleVector.broadcast(D, FastErfc.C12), b2);
        return c1.fma(t4.mul(t4), b1.fma(t4, b0));
    }

    /** x·σ(2u): PyTorch's tanh form, since ½(1 + tanh(u)) = σ(2u); σ at −|a|, reflected. */
    private static DoubleVector geluTanh(DoubleVector x) {
        DoubleVector one = DoubleVector.broadcast(D, 1.0);
        DoubleVector a = x.mul(x).fma(DoubleVector.broadcast(D, GELU_CUBIC), one).mul(x).mul(TWO_SQRT_2_OVER_PI);
        DoubleVector z = VectorExpDouble.exp(a.abs().neg());
        return x.mul(one.blend(z, a.lt(0.0)).div(z.add(1.0))).blend(-0.0, x.eq(Double.NEGATIVE_INFINITY));
    }

    private static DoubleVector widen(FloatVector x) {
        return (DoubleVector) x.convertShape(VectorOperators.F2D, D, 0);
    }

    private static FloatVector narrow(DoubleVector x) {
        return (FloatVector) x.convertShape(VectorOperators.D2F, HALF, 0);
    }
}
