package io.whyrelu.kernels.simd;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.activation.PluginActivation;
import io.whyrelu.core.kernel.Availability;
import io.whyrelu.core.kernel.ElementwiseActivation;
import io.whyrelu.core.kernel.Kernel;
import io.whyrelu.core.kernel.KernelProvider;
import io.whyrelu.core.kernel.KernelUnavailableException;
import io.whyrelu.core.network.Network;

/**
 * The Vector API kernels. Instantiating this provider never touches {@code jdk.incubator.vector};
 * {@link #availability()} probes the JVM once and, when usable, loads the backend.
 */
public final class SimdKernelProvider implements KernelProvider {

    public static final String NAME = "simd";

    private volatile VectorSupport.Probe probe;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public Availability availability() {
        return probe().availability();
    }

    @Override
    public double ulpBudget(Activation activation) {
        return backend().ulpBudget(activation);
    }

    @Override
    public String activationForm(Activation activation) {
        if (activation instanceof PluginActivation p) {
            return backend().hasVectorForm(p) ? "vector form" : "float form, element by element (no vector form)";
        }
        return "vector form";
    }

    @Override
    public Kernel kernel(Network network, Activation activation) {
        return backend().kernel(network, activation);
    }

    @Override
    public ElementwiseActivation elementwise(Activation activation) {
        return backend().elementwise(activation);
    }

    @Override
    public java.util.Optional<io.whyrelu.core.kernel.VectorShape> vectors() {
        return backendIfAvailable().map(b -> new io.whyrelu.core.kernel.VectorShape(b.species(), b.vectorBitSize()));
    }

    /** The backend's details for {@code whyrelu env}; empty when unavailable. */
    public java.util.Optional<SimdBackend> backendIfAvailable() {
        return java.util.Optional.ofNullable(probe().backend());
    }

    private SimdBackend backend() {
        VectorSupport.Probe p = probe();
        if (p.backend() == null) {
            throw new KernelUnavailableException("kernel implementation 'simd' is unavailable: " + p.availability().reason());
        }
        return p.backend();
    }

    private VectorSupport.Probe probe() {
        VectorSupport.Probe p = probe;
        if (p == null) {
            p = probe = VectorSupport.probe();
        }
        return p;
    }
}
