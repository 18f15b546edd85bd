package io.whyrelu.core.kernel;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.network.Network;

/**
 * One implementation of the kernels, found through {@link java.util.ServiceLoader}. A provider
 * must be cheap to instantiate and must not touch optional JDK modules before
 * {@link #availability()} has confirmed them: the lookup instantiates every provider on every JVM.
 */
public interface KernelProvider {

    /** Stable name used on the command line, in JMH params and in results: {@code scalar}, {@code simd}. */
    String name();

    /** Higher wins when the lookup picks the preferred available provider. */
    int priority();

    Availability availability();

    /**
     * The budget, in ULPs, that this implementation's activation keeps against the double
     * reference over all floats (measured by the accuracy tests, used by the kernel error bound).
     */
    double ulpBudget(Activation activation);

    /** @throws KernelUnavailableException if {@link #availability()} says no */
    Kernel kernel(Network network, Activation activation);

    /** @throws KernelUnavailableException if {@link #availability()} says no */
    ElementwiseActivation elementwise(Activation activation);

    /**
     * How this implementation computes the activation, for results and reports: "float form" (the
     * activation's own {@code apply}), "vector form", or why not, e.g. a plug-in without a vector form.
     */
    default String activationForm(Activation activation) {
        return "float form";
    }

    /** The vectors this implementation uses here; empty for scalar code or when unavailable. */
    default java.util.Optional<VectorShape> vectors() {
        return java.util.Optional.empty();
    }
}
