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
    public void apply(float[] in, float[] out, int length) {
        KernelArguments.checkElementwise(in, out, length);
        activation.map(in, 0, out, 0, length);
    }
}
