package io.whyrelu.kernels.simd.vector;

import static io.whyrelu.kernels.simd.vector.Lanes.F;
import static io.whyrelu.kernels.simd.vector.Lanes.L;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.kernel.ElementwiseActivation;
import io.whyrelu.core.kernel.KernelArguments;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;

/** The vector activation over an array; the tail goes through a masked vector, not a scalar loop, so every element sees the same arithmetic. */
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
        int i = 0;
        for (int bound = F.loopBound(length); i < bound; i += L) {
            activation.apply(FloatVector.fromArray(F, in, i)).intoArray(out, i);
        }
        if (i < length) {
            VectorMask<Float> tail = F.indexInRange(i, length);
            activation.apply(FloatVector.fromArray(F, in, i, tail)).intoArray(out, i, tail);
        }
    }
}
