package io.whyrelu.kernels.simd.spi;

import jdk.incubator.vector.FloatVector;

/**
 * s applied lane by lane. The SIMD kernels call {@link #apply} once per vector of
 * pre-activations, whatever the species ({@code x.species()}: 8 lanes on AVX2, 16 on AVX-512), and
 * on the masked tail vector. Make constants with {@code x.broadcast(c)} or from {@code x.species()};
 * keep the method small (one call per vector, in a fork that runs one activation, is inlined by
 * C2 and costs nothing; a large one is compiled on its own and boxes its vectors).
 */
public interface VectorForm {

    FloatVector apply(FloatVector x);

    /**
     * This form's error bound against the double reference, in ULPs. The screen before a run
     * requires it to stay within this plus the float form's budget of the float form; the ULP
     * survey measures it against the reference.
     */
    default double ulpBudget() {
        return 4;
    }
}
