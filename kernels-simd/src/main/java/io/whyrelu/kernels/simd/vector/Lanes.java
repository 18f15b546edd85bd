package io.whyrelu.kernels.simd.vector;

import io.whyrelu.kernels.simd.VectorSupport;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * The shapes every vector class here shares: the preferred float species, the double species of
 * the same bit size, and whether to fuse multiply-adds. All static finals, so C2 folds them.
 */
final class Lanes {

    static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    static final int L = F.length();
    static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED.vectorBitSize() == F.vectorBitSize()
            ? DoubleVector.SPECIES_PREFERRED
            : VectorSpecies.of(double.class, F.vectorShape());
    /** The upper half of a float vector: where the second double half lands when narrowed back. */
    static final VectorMask<Float> UPPER_HALF = F.indexInRange(-L / 2, L / 2);

    /**
     * Without hardware FMA, FloatVector.fma falls back to a slow per-lane Math.fma; separate
     * multiply and add are then faster and the error bound holds either way.
     */
    static final boolean FMA = VectorSupport.hotspotUsesFma();

    static final FloatVector ZERO = FloatVector.zero(F);

    private Lanes() {}

    /** a·b + c, fused when the hardware fuses. */
    static FloatVector madd(FloatVector a, FloatVector b, FloatVector c) {
        return FMA ? a.fma(b, c) : a.mul(b).add(c);
    }

    static DoubleVector madd(DoubleVector a, DoubleVector b, DoubleVector c) {
        return FMA ? a.fma(b, c) : a.mul(b).add(c);
    }
}
