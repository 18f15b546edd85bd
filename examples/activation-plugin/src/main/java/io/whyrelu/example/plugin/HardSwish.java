package io.whyrelu.example.plugin;

import io.whyrelu.core.activation.spi.ActivationFunction;
import io.whyrelu.core.activation.spi.ActivationPlugin;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Hard-swish, x·relu6(x + 3)/6 (Howard et al., "Searching for MobileNetV3", 2019): neither convex
 * (the slope falls from 1.5 to 1 at x = 3) nor monotone (minimum −0.375 at x = −1.5).
 */
public final class HardSwish implements ActivationPlugin {

    public static final String ID = "hard-swish";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ActivationFunction create(double[] values) {
        return new ActivationFunction() {
            @Override
            public float apply(float x) {
                return (float) reference(x);
            }

            @Override
            public double reference(double x) {
                return x * Math.min(Math.max(x + 3, 0), 6) / 6;
            }

            @Override
            public Optional<Boolean> declaredConvex() {
                return Optional.of(false);
            }

            @Override
            public Optional<Boolean> declaredMonotone() {
                return Optional.of(false);
            }

            /** s'(t) = (2t + 3)/6 on (−3, 3): at most 1.5, just below 3. */
            @Override
            public OptionalDouble slopeBound(double hi) {
                return OptionalDouble.of(1.5);
            }
        };
    }
}
