package io.whyrelu.kernels.simd.vector;

import static io.whyrelu.kernels.simd.vector.Lanes.F;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * Lane-wise building blocks of the activations, in the same stable forms as the scalar float
 * definitions, on our own e^x, e^x − 1 and log(1 + z) ({@link VectorExp}, {@link VectorExpm1},
 * {@link VectorLog1p}) rather than the JDK's lanewise EXP, EXPM1, LOG1P and TANH: ours are
 * plain arithmetic, inlined, and give the same bits whether the code runs interpreted or
 * compiled, where the JDK's switch between SVML (compiled) and StrictMath (interpreted) and so
 * make results depend on JIT timing. Calls to our own methods come first in each function
 * (see {@link Lanes}).
 */
final class VectorMath {

    private VectorMath() {}

    /** 1/(1+z) for x ≥ 0 and z/(1+z) for x &lt; 0, z = e^-|x|: never overflows, one division. */
    static FloatVector sigmoid(FloatVector x) {
        FloatVector one = FloatVector.broadcast(F, 1f);
        FloatVector z = VectorExp.expTimes(VectorExp.negAbs(x), one);
        return one.blend(z, x.lt(0f)).div(z.add(1f));
    }

    /**
     * {@link #sigmoid} where every lane is within ±86 ({@link VectorExp#normal}), as 1/(1 + e^-x):
     * e^-x is normal there (up to e^86 ≈ 2^124), so the stable form's sign test and blend are not
     * needed. The two forms round differently for x &lt; 0 (up to 4 ULPs apart); both are within its
     * budget (exhaustive maxima 2.48 and 2.40 ULPs).
     */
    static FloatVector sigmoidShort(FloatVector x) {
        return FloatVector.broadcast(F, 1f).div(VectorExp.expNegNormal(x).add(1f));
    }

    /**
     * softplus(β·x)/β = (max(y,0) + log1p(e^-|y|))/β, y = β·x. The product is rounded, and for
     * y ≪ 0 the result ≈ e^y/β carries y's relative error times |y|; so the rounding residual
     * r = fma(β, x, −y) (exact) is put back: e^-|y+r| = e^-|y|·(1 ∓ r) to first order.
     * Above y = 30, log1p(e^-y) is below float precision of y and the result is x; that also
     * covers y overflowing to ∞ while x is finite.
     */
    static FloatVector softplus(FloatVector x, float beta) {
        FloatVector y = beta == 1f ? x : x.mul(beta);
        return softplus(x, beta, y, VectorExp.expTimes(VectorExp.negAbs(y), FloatVector.broadcast(F, 1f)));
    }

    /** |β·x|: {@link #softplusShort}'s argument and, through {@link VectorExp#normalMagnitude}, its test. */
    static FloatVector softplusMagnitude(FloatVector x, float beta) {
        return (beta == 1f ? x : x.mul(beta)).abs();
    }

    /**
     * {@link #softplus} from a = |β·x| where every lane of a is within 86 ({@link VectorExp#normalMagnitude});
     * the same bits. e^-a from {@link VectorExp#expNegNormal}, the same bits as e^x of −a: the loop's test and
     * this share one |β·x|, where −|β·x| would take two more operations each (C2's node cutoff, design.md rule 16).
     */
    static FloatVector softplusShort(FloatVector x, float beta, FloatVector a) {
        return softplus(x, beta, beta == 1f ? x : x.mul(beta), VectorExp.expNegNormal(a));
    }

    /** softplus from y = β·x and z = e^-|y|. */
    private static FloatVector softplus(FloatVector x, float beta, FloatVector y, FloatVector z) {
        if (beta == 1f) {
            return x.blend(0f, x.lt(0f)).add(VectorLog1p.log1p(z));
        }
        FloatVector residual = x.fma(FloatVector.broadcast(F, beta), y.neg());
        z = z.fma(residual.blend(residual.neg(), y.compare(VectorOperators.GE, 0f)), z);
        FloatVector result = y.blend(0f, y.lt(0f)).add(VectorLog1p.log1p(z)).div(beta).blend(x, y.compare(VectorOperators.GT, 30f));
        // y = ±∞ with x finite makes the residual ∞ − ∞; the result is then x (above) or 0.
        return result.blend(0f, y.eq(Float.NEGATIVE_INFINITY));
    }

    /**
     * tanh(x) = sign(x)·t/(t + 2), t = expm1(2|x|): no cancellation near 0. |x| is capped at 10,
     * where tanh is 1 in float, only in vectors with a lane beyond 43 (or NaN): below that expm1's
     * argument stays in its range and the cap would only cost its compare and blend.
     */
    static FloatVector tanh(FloatVector x) {
        if (Lanes.JDK_MATH) {
            return x.lanewise(VectorOperators.TANH);
        }
        FloatVector a = x.abs();
        FloatVector c = a.compare(VectorOperators.LE, 43f).allTrue() ? a : a.blend(10f, a.compare(VectorOperators.GT, 10f));
        FloatVector t = VectorExpm1.expm1Upto88(c.mul(2f));
        FloatVector y = t.div(t.add(2f));
        // y ≥ 0 takes x's sign bit (a copysign in two integer operations): tanh is odd, tanh(−0) = −0.
        IntVector sign = ((IntVector) x.reinterpretAsInts()).and(0x80000000);
        return (FloatVector) ((IntVector) y.reinterpretAsInts()).or(sign).reinterpretAsFloats();
    }

    /**
     * x·σ(x) = x/(1 + z) for x ≥ 0 and x·z/(1 + z) for x &lt; 0, z = e^-|x|. For x ≪ 0 z goes
     * subnormal (below e^-87) long before x·z does and would lose the bits the product needs (50
     * ULPs at x = −104), so w = m·z with m = x (x &lt; 0) or 1 comes from one
     * {@link VectorExp#expTimes}, which applies m before its final scaling; z itself, needed only
     * in 1 + z, is w/x there. One exp per vector: a second would double the code and push C2 past
     * its inlining limits (see {@link Lanes}).
     */
    static FloatVector silu(FloatVector x) {
        VectorMask<Float> negative = x.lt(0f);
        FloatVector one = FloatVector.broadcast(F, 1f);
        FloatVector w = VectorExp.expTimes(VectorExp.negAbs(x), one.blend(x, negative));
        FloatVector z = w.blend(w.div(x), negative);
        // x·gate at x = −∞ computes −∞·0 = NaN; the limit is 0.
        return x.blend(w, negative).div(z.add(1f)).blend(-0f, x.eq(Float.NEGATIVE_INFINITY));
    }

    /** {@link #silu} where every lane is within ±86 ({@link VectorExp#normal}): x/(1 + e^-x), as {@link #sigmoidShort}. */
    static FloatVector siluShort(FloatVector x) {
        return x.div(VectorExp.expNegNormal(x).add(1f));
    }

    /**
     * x·tanh(softplus(x)) = x·(e² + 2e)/(e² + 2e + 2), e = e^x. Below x = −64 x·e is formed by
     * {@link VectorExp#expTimes} as in {@link #silu} (e = w/x there), because e alone goes
     * subnormal first. The numerator is fma(x·e, e, 2·x·e): one rounding after x·e, where
     * x·e·(e + 2) had two, and the rounded e + 2 now only feeds the denominator, whose value is
     * at least 2 and so barely feels it. That takes the exhaustive maximum from 4.65 to the
     * figure in docs/accuracy.md. Above x = 20 the gate is 1 in float, and e² would overflow
     * above x ≈ 44.
     */
    static FloatVector mish(FloatVector x) {
        VectorMask<Float> tail = x.compare(VectorOperators.LT, -64f);
        FloatVector w = VectorExp.expTimes(x, FloatVector.broadcast(F, 1f).blend(x, tail));
        FloatVector e = w.blend(w.div(x), tail);
        FloatVector xe = x.mul(w).blend(w, tail);
        return mishGate(x, e, xe).blend(-0f, x.eq(Float.NEGATIVE_INFINITY));
    }

    /** {@link #mish} where every lane is within ±86: e^x is normal, so x·e is x times it, as in the tail's m·e^x. */
    static FloatVector mishShort(FloatVector x) {
        FloatVector e = VectorExp.expNormal(x);
        return mishGate(x, e, x.mul(e));
    }

    /** x·(e² + 2e)/(e² + 2e + 2) from e = e^x and xe = x·e; x itself above 20. */
    private static FloatVector mishGate(FloatVector x, FloatVector e, FloatVector xe) {
        FloatVector numerator = xe.fma(e, xe.add(xe));
        FloatVector gate = numerator.div(e.fma(e.add(2f), FloatVector.broadcast(F, 2f)));
        return gate.blend(x, x.compare(VectorOperators.GT, 20f));
    }
}
