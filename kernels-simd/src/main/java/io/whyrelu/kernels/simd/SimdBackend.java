package io.whyrelu.kernels.simd;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.activation.PluginActivation;
import io.whyrelu.core.kernel.ElementwiseActivation;
import io.whyrelu.core.kernel.Kernel;
import io.whyrelu.core.network.Network;

/**
 * What the provider needs from the Vector API code. The implementation lives in
 * {@code io.whyrelu.kernels.simd.vector} and is loaded by name only after the module is known to
 * be present, so that no class referring to {@code jdk.incubator.vector} is ever resolved on a
 * JVM without it.
 */
public interface SimdBackend {

    /** e.g. {@code Species[float, 16, S_512_BIT]} */
    String species();

    int vectorBitSize();

    Kernel kernel(Network network, Activation activation);

    ElementwiseActivation elementwise(Activation activation);

    double ulpBudget(Activation activation);

    /** Whether the plug-in has a vector form (else the kernels apply its float form element by element). */
    boolean hasVectorForm(PluginActivation activation);
}
