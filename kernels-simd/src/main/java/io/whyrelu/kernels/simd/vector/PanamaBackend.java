package io.whyrelu.kernels.simd.vector;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.activation.PluginActivation;
import io.whyrelu.core.kernel.ElementwiseActivation;
import io.whyrelu.core.kernel.Kernel;
import io.whyrelu.core.network.Network;
import io.whyrelu.kernels.simd.SimdBackend;

/** The Vector API backend; loaded by name once the provider has checked the module is there. */
public final class PanamaBackend implements SimdBackend {

    public PanamaBackend() {}

    @Override
    public String species() {
        return Lanes.F.toString();
    }

    @Override
    public int vectorBitSize() {
        return Lanes.F.vectorBitSize();
    }

    @Override
    public Kernel kernel(Network network, Activation activation) {
        return new SimdKernel(network, activation);
    }

    @Override
    public ElementwiseActivation elementwise(Activation activation) {
        return new SimdElementwise(activation);
    }

    @Override
    public double ulpBudget(Activation activation) {
        return UlpBudgets.of(activation);
    }

    @Override
    public boolean hasVectorForm(PluginActivation activation) {
        return VectorPlugins.form(activation).isPresent();
    }
}
