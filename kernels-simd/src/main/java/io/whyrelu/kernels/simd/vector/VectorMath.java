package io.whyrelu.kernels.simd.vector;

import static io.whyrelu.kernels.simd.vector.Lanes.F;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;

/**
 * Lane-wise building blocks of the activations, in the same stable forms as the scalar float
 * definitions. e^x is our own ({@link VectorExp}); expm1, log1p and tanh are the JDK's lanewise
 * operations (SVML stubs on x86 HotSpot), accurate to about 1 ULP.
 */
final class VectorMath {

    private static final FloatVector ONE = FloatVector.broadcast(F, 1f);

    private VectorMath() {}

    static FloatVector exp(FloatVector v) {
        return VectorExp.exp(v);
    }

    static FloatVector expm1(FloatVector v) {
        return v.lanewise(VectorOperators.EXPM1);
    }

    static FloatVector log1p(FloatVector v) {
        return v.lanewise(VectorOperators.LOG1P);
    }

    static FloatVector tanh(FloatVector v) {
        return v.lanewise(VectorOperators.TANH);
    }

    /** 1/(1+z) for x ≥ 0 and z/(1+z) for x &lt; 0, z = e^-|x|: never overflows, one division. */
    static FloatVector sigmoid(FloatVector x) {
        FloatVector z = exp(x.abs().neg());
        return ONE.blend(z, x.lt(0f)).div(z.add(1f));
    }

    /**
     * softplus(β·x)/β = (max(y,0) + log1p(e^-|y|))/β, y = β·x. The product is rounded, and for
     * y ≪ 0 the result ≈ e^y/β carries y's relative error times |y|; so the rounding residual
     * r = fma(β, x, −y) (exact with FMA) is put back: e^-|y+r| = e^-|y|·(1 ∓ r) to first order.
     * Above y = 30, log1p(e^-y) is below float precision of y and the result is x; that also
     * covers y overflowing to ∞ while x is finite.
     */
    static FloatVector softplus(FloatVector x, float beta) {
        if (beta == 1f) {
            return x.max(0f).add(log1p(exp(x.abs().neg())));
        }
        FloatVector y = x.mul(beta);
        FloatVector residual = Lanes.FMA ? x.fma(FloatVector.broadcast(F, beta), y.neg()) : Lanes.ZERO;
        FloatVector z = exp(y.abs().neg());
        z = Lanes.madd(z, residual.blend(residual.neg(), y.compare(VectorOperators.GE, 0f)), z);
        FloatVector result = y.max(0f).add(log1p(z)).div(beta).blend(x, y.compare(VectorOperators.GT, 30f));
        // y = ±∞ with x finite makes the residual ∞ − ∞; the result is then x (above) or 0.
        return result.blend(0f, y.eq(Float.NEGATIVE_INFINITY));
    }

    /**
     * x·σ(x) = x/(1 + e^-x) for x ≥ 0 and x·e^x/(1 + e^x) for x &lt; 0. For x ≪ 0 the gate e^x goes
     * subnormal (below e^-87) long before x·e^x does and would lose the bits the product needs (50
     * ULPs at x = −104); {@link VectorExp#expTimes} forms x·e^x before the final scaling instead.
     */
    static FloatVector silu(FloatVector x) {
        FloatVector negAbs = x.abs().neg();
        FloatVector z = VectorExp.exp(negAbs);
        FloatVector numerator = VectorExp.expTimes(negAbs, x).blend(x, x.compare(VectorOperators.GE, 0f));
        return zeroAtNegativeInfinity(x, numerator.div(z.add(1f)));
    }

    /**
     * x·tanh(softplus(x)) = x·m/(m+2), m = e(e+2), e = e^x, with x·e formed before the final
     * scaling as in {@link #silu}. Above x = 20 the gate is 1 in float, and e·(e+2) would
     * overflow above x ≈ 44.
     */
    static FloatVector mish(FloatVector x) {
        FloatVector e = VectorExp.exp(x);
        FloatVector ePlus2 = e.add(2f);
        FloatVector numerator = VectorExp.expTimes(x, x.mul(ePlus2));
        FloatVector denominator = Lanes.madd(e, ePlus2, FloatVector.broadcast(F, 2f));
        return zeroAtNegativeInfinity(x, numerator.div(denominator).blend(x, x.compare(VectorOperators.GT, 20f)));
    }

    /** x·gate at x = −∞ computes −∞·0 = NaN; the limit of these activations there is 0. */
    static FloatVector zeroAtNegativeInfinity(FloatVector x, FloatVector result) {
        return result.blend(-0f, x.eq(Float.NEGATIVE_INFINITY));
    }
}
