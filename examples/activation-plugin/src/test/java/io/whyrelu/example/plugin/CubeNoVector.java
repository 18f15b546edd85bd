package io.whyrelu.example.plugin;

import io.whyrelu.core.activation.spi.ActivationFunction;
import io.whyrelu.core.activation.spi.ActivationPlugin;
import io.whyrelu.core.activation.spi.RoundedReference;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A test plug-in without a vector form, max(0, x)³/(1 + x²) (convex? not claimed): the SIMD kernels
 * must run it through the float form, element by element, and still meet the kernel contract.
 */
public final class CubeNoVector implements ActivationPlugin {

    @Override
    public String id() {
        return "cube-no-vector";
    }

    @Override
    public ActivationFunction create(double[] values) {
        return new RoundedReference(Optional.empty(), Optional.empty(), OptionalDouble.empty()) {
            @Override
            public double reference(double x) {
                double r = Math.max(0, x);
                return r == 0 ? 0 * x : r * r * r / (1 + x * x);
            }
        };
    }
}
