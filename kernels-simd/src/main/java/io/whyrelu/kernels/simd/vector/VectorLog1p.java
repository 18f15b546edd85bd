package io.whyrelu.kernels.simd.vector;

import static io.whyrelu.kernels.simd.vector.Lanes.F;

import jdk.incubator.vector.FloatVector;

/**
 * log(1 + z) for z in [0, 1] (all softplus needs: z = e^-|y|), in float lanes, as
 * 2·atanh(s) = 2s + 2s·t·P(t), s = z/(2 + z) ≤ 1/3, t = s² ≤ 1/9. No reduction and no 1 + z is
 * formed, so small z keep every bit. P is the series 1/3 + t/5 + t²/7 + … fitted as a cubic
 * (tools/fit_log1p.py): 5.1e-9 relative with float coefficients, where the series needed seven
 * terms for 1.5e-9. Three FMAs fewer keep softplus's loop under C2's node cutoff (docs/design.md,
 * rule 16). Deterministic across JIT tiers, unlike the JDK's lanewise LOG1P.
 */
final class VectorLog1p {

    private static final float P0 = 0.3333320617675781f;
    private static final float P1 = 0.200108140707016f;
    private static final float P2 = 0.14000335335731506f;
    private static final float P3 = 0.14007988572120667f;

    private VectorLog1p() {}

    static FloatVector log1p(FloatVector z) {
        if (Lanes.JDK_MATH) {
            return z.lanewise(jdk.incubator.vector.VectorOperators.LOG1P);
        }
        FloatVector s = z.div(z.add(2f));
        FloatVector t = s.mul(s);
        FloatVector p = FloatVector.broadcast(F, P3);
        p = p.fma(t, FloatVector.broadcast(F, P2));
        p = p.fma(t, FloatVector.broadcast(F, P1));
        p = p.fma(t, FloatVector.broadcast(F, P0));
        FloatVector twoS = s.add(s);
        return twoS.fma(t.mul(p), twoS);
    }
}
