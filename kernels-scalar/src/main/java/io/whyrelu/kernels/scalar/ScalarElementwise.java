package io.whyrelu.kernels.scalar;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.kernel.ElementwiseActivation;
import io.whyrelu.core.kernel.KernelArguments;

/** The float definition applied element by element. */
final class ScalarElementwise implements ElementwiseActivation {

    private final Activation activation;

    ScalarElementwise(Activation activation) {
        if (activation == null) {
            throw new IllegalArgumentException("activation is null");
        }
        this.activation = activation;
    }

    @Override
    public Activation activation() {
        return activation;
    }

    @Override
    public void apply(float[] in, int inOffset, float[] out, int outOffset, int length) {
        KernelArguments.checkElementwise(in, inOffset, out, outOffset, length);
        for (int i = 0; i < length; i++) {
            out[outOffset + i] = activation.apply(in[inOffset + i]);
        }
    }
}
