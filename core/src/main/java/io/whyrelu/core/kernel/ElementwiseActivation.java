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
    void apply(float[] in, float[] out, int length);
}
