package io.whyrelu.core.kernel;

import io.whyrelu.core.activation.Activation;

/** One implementation's activation applied to a whole array, as the kernels compute it. */
public interface ElementwiseActivation {

    Activation activation();

    /**
     * out[i] = s(in[i]) for i in [0, length); in and out may be the same array.
     *
     * @throws IllegalArgumentException if an array is null or shorter than length
     */
    default void apply(float[] in, float[] out, int length) {
        apply(in, 0, out, 0, length);
    }

    /**
     * out[outOffset + i] = s(in[inOffset + i]) for i in [0, length): the offsets let a caller start
     * on an aligned element ({@link AlignedFloats}).
     *
     * @throws IllegalArgumentException if an array is null or the ranges do not fit
     */
    void apply(float[] in, int inOffset, float[] out, int outOffset, int length);
}
