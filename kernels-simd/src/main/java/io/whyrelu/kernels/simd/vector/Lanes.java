package io.whyrelu.kernels.simd.vector;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The shapes every vector class here shares: the preferred float species and the double species
 * of the same bit size. Static finals, so C2 folds them.
 *
 * <p>Style rule for the hot code of this package: inside loops, call the Vector API directly and
 * our own helpers only at the start of an iteration. C2 stops inlining *our* methods (never the
 * JDK's force-inlined ones) once a compilation passes ~18 000 IR nodes, and Vector API code gets
 * there within one exp-based activation; a helper reached after that point is called, not
 * inlined, and every vector crossing the call is boxed on the heap.
 */
final class Lanes {

    static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    static final int L = F.length();
    static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED.vectorBitSize() == F.vectorBitSize()
            ? DoubleVector.SPECIES_PREFERRED
            : VectorSpecies.of(double.class, F.vectorShape());

    /**
     * {@code -Dwhyrelu.simd.math=jdk} switches exp, expm1, log1p and tanh to the JDK's lanewise
     * operations (SVML on x86 HotSpot), to compare them with ours in the same benchmark. Ours are
     * the default and the only ones the ULP budgets and the determinism guarantee cover.
     */
    static final boolean JDK_MATH = "jdk".equals(System.getProperty("whyrelu.simd.math", "own"));

    private Lanes() {}
}
