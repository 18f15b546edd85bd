package io.whyrelu.kernels.scalar;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.activation.PluginActivation;
import io.whyrelu.core.kernel.Availability;
import io.whyrelu.core.kernel.ElementwiseActivation;
import io.whyrelu.core.kernel.Kernel;
import io.whyrelu.core.kernel.KernelProvider;
import io.whyrelu.core.network.Network;

/** Plain Java loops: runs on every JVM, the portable default and the correctness baseline. */
public final class ScalarKernelProvider implements KernelProvider {

    public static final String NAME = "scalar";

    /**
     * The float definitions round a double computation once, so they are within 0.5 ULP plus the
     * double library's error (Math.exp/tanh/expm1/log1p: ≤ 1 double ulp, the fitted erfc ≈ 0.1 float
     * ULP): 1 ULP holds for every activation with room to spare. Measured in ActivationUlpTest.
     * A plug-in's float form is the plug-in's own, with the budget it states.
     */
    private static final double ULP_BUDGET = 1.0;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 0;
    }

    @Override
    public Availability availability() {
        return Availability.available("plain Java loops run on every JVM");
    }

    @Override
    public double ulpBudget(Activation activation) {
        return activation instanceof PluginActivation p ? p.floatUlpBudget() : ULP_BUDGET;
    }

    @Override
    public Kernel kernel(Network network, Activation activation) {
        return new ScalarKernel(network, activation);
    }

    @Override
    public ElementwiseActivation elementwise(Activation activation) {
        return new ScalarElementwise(activation);
    }
}
