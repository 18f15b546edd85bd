package io.whyrelu.kernels.simd.vector;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.kernel.ElementwiseActivation;
import io.whyrelu.core.kernel.KernelArguments;

/** The vector activation over an array. */
final class SimdElementwise implements ElementwiseActivation {

    private final VectorActivation activation;

    SimdElementwise(Activation activation) {
        if (activation == null) {
            throw new IllegalArgumentException("activation is null");
        }
        this.activation = new VectorActivation(activation);
    }

    @Override
    public Activation activation() {
        return activation.activation();
    }

    @Override
    public void apply(float[] in, int inOffset, float[] out, int outOffset, int length) {
        KernelArguments.checkElementwise(in, inOffset, out, outOffset, length);
        activation.map(in, inOffset, out, outOffset, length);
    }
}
