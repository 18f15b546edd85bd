package io.whyrelu.kernels.simd;

import io.whyrelu.core.kernel.Kernels;

/** Prints the lookup's decision; run in child JVMs by {@link FallbackTest}. */
public final class LookupReport {

    private LookupReport() {}

    public static void main(String[] args) {
        var selection = Kernels.preferred();
        System.out.println("preferred=" + selection.provider().name());
        System.out.println("fallbacks=" + selection.fallbacks());
        // Use the chosen kernel once, so a broken fallback cannot pass unnoticed.
        var network = io.whyrelu.core.network.NetworkGenerator.generate(1, 8, 8,
                io.whyrelu.core.network.NetworkGenerator.OutputWeights.NON_NEGATIVE);
        var kernel = selection.provider().kernel(network, io.whyrelu.core.activation.Activations.parse("relu"));
        System.out.println("value=" + kernel.evaluate(new float[8]));
    }
}
