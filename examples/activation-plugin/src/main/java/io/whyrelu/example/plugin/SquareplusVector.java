package io.whyrelu.example.plugin;

import io.whyrelu.kernels.simd.spi.VectorActivationPlugin;
import io.whyrelu.kernels.simd.spi.VectorForm;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;

/**
 * Squareplus in float lanes: r = √(x² + b) by one fma and a square root, then x/2 + r/2 for
 * x ≥ 0 and (b/4)/(r/2 + |x|/2) for x &lt; 0 (no cancellation; halves first, so no sum overflows
 * near the float maximum, which the screen before a run caught in a first version). Above
 * |x| = 2³² x² + b rounds to x² and x² would overflow past 1.8e19, so r is |x| there. About 3 ULP.
 */
public final class SquareplusVector implements VectorActivationPlugin {

    private static final float HUGE = 0x1p32f;

    @Override
    public String id() {
        return Squareplus.ID;
    }

    @Override
    public VectorForm create(double[] values) {
        float b = (float) values[0];
        float quarterB = b * 0.25f;
        return x -> {
            FloatVector a = x.abs();
            FloatVector r = x.fma(x, x.broadcast(b)).lanewise(VectorOperators.SQRT).blend(a, a.compare(VectorOperators.GT, HUGE));
            FloatVector positive = x.mul(0.5f).add(r.mul(0.5f));
            FloatVector negative = x.broadcast(quarterB).div(r.mul(0.5f).add(a.mul(0.5f)));
            return positive.blend(negative, x.compare(VectorOperators.LT, 0f));
        };
    }
}
