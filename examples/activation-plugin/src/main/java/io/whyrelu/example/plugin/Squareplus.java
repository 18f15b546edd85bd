package io.whyrelu.example.plugin;

import io.whyrelu.core.activation.Parameter;
import io.whyrelu.core.activation.spi.ActivationFunction;
import io.whyrelu.core.activation.spi.ActivationPlugin;
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
        double b = (float) values[0];
        return new ActivationFunction() {
            @Override
            public float apply(float x) {
                return (float) reference(x);
            }

            @Override
            public double reference(double x) {
                double root = Math.sqrt(x * x + b);
                return x >= 0 ? 0.5 * (x + root) : 0.5 * b / (root - x);
            }

            @Override
            public Optional<Boolean> declaredConvex() {
                return Optional.of(true);
            }

            @Override
            public Optional<Boolean> declaredMonotone() {
                return Optional.of(true);
            }

            /** s'(t) = (1 + t/√(t² + b))/2 lies in (0, 1). */
            @Override
            public OptionalDouble slopeBound(double hi) {
                return OptionalDouble.of(1);
            }
        };
    }
}
