package io.whyrelu.kernels.simd.vector;

import static io.whyrelu.kernels.simd.vector.Lanes.F;

import jdk.incubator.vector.FloatVector;

/**
 * log(1 + z) for z in [0, 1] (all softplus needs: z = e^-|y|), in float lanes, as
 * 2·atanh(s) = 2s·(1 + s²/3 + s⁴/5 + … + s¹⁴/15), s = z/(2 + z) ≤ 1/3. No reduction and no
 * 1 + z is formed, so small z keep every bit; the series' truncation stays below 1.5e-9 relative
 * on the whole range, so the exact coefficients 1/(2k+1) serve without a fit. Deterministic
 * across JIT tiers, unlike the JDK's lanewise LOG1P.
 */
final class VectorLog1p {

    private VectorLog1p() {}

    static FloatVector log1p(FloatVector z) {
        if (Lanes.JDK_MATH) {
            return z.lanewise(jdk.incubator.vector.VectorOperators.LOG1P);
        }
        FloatVector s = z.div(z.add(2f));
        FloatVector t = s.mul(s);
        FloatVector p = FloatVector.broadcast(F, 1f / 15);
        p = p.fma(t, FloatVector.broadcast(F, 1f / 13));
        p = p.fma(t, FloatVector.broadcast(F, 1f / 11));
        p = p.fma(t, FloatVector.broadcast(F, 1f / 9));
        p = p.fma(t, FloatVector.broadcast(F, 1f / 7));
        p = p.fma(t, FloatVector.broadcast(F, 1f / 5));
        p = p.fma(t, FloatVector.broadcast(F, 1f / 3));
        FloatVector twoS = s.add(s);
        return twoS.fma(t.mul(p), twoS);
    }
}
