package io.whyrelu.example.plugin;

import io.whyrelu.core.activation.Parameter;
import io.whyrelu.core.activation.spi.ActivationFunction;
import io.whyrelu.core.activation.spi.ActivationPlugin;
import io.whyrelu.core.activation.spi.RoundedReference;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Squareplus, (x + √(x² + b))/2 (So, "Squareplus: a softplus-like algebraic rectifier", 2021):
 * convex, smooth, increasing, and no exp. For x &lt; 0 the sum cancels, so it is computed as
 * b / (2(√(x² + b) − x)), the same value without the cancellation. b = 0 would be ReLU.
 */
public final class Squareplus implements ActivationPlugin {

    public static final String ID = "squareplus";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("b", 4, true));
    }

    @Override
    public ActivationFunction create(double[] values) {
        double b = (float) values[0]; // b as the float kernels hold it, as softplus does with β
        // Convex and increasing; s'(t) = (1 + t/√(t² + b))/2 lies in (0, 1).
        return new RoundedReference(Optional.of(true), Optional.of(true), OptionalDouble.of(1)) {
            @Override
            public double reference(double x) {
                double root = Math.sqrt(x * x + b);
                return x >= 0 ? 0.5 * (x + root) : 0.5 * b / (root - x);
            }
        };
    }
}
